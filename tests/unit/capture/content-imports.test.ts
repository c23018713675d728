import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The console content scripts have a 15 KB gzip budget (issues 3 and 16). Heavy libraries must
 * never creep back in through an innocent import, each console must carry only its own
 * adapters, and the badge is its own top-frame script (badge.content) with the 点选 picker
 * loaded on demand. The bundle graph is checked with esbuild (what Vite uses to transform);
 * the built sizes are checked by tests/e2e/content-size.spec.ts and printed by `npm run bench`.
 */
async function inputsOf(entry: string): Promise<string[]> {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    logLevel: 'silent',
    jsx: 'automatic',
    jsxImportSource: 'preact',
  });
  return Object.keys(r.metafile.inputs);
}

const FORBIDDEN = /node_modules\/(zod|date-fns|@date-fns|preact|idb|zustand)\//;

describe.each([
  [
    'jd',
    ['platforms/jd/adapters.ts'],
    ['platforms/channels/adapters.ts', 'platforms/alibaba/adapters.ts'],
  ],
  [
    'channels',
    ['platforms/channels/adapters.ts'],
    ['platforms/jd/adapters.ts', 'platforms/alibaba/adapters.ts'],
  ],
  [
    'alibaba',
    ['platforms/alibaba/adapters.ts'],
    ['platforms/jd/adapters.ts', 'platforms/channels/adapters.ts'],
  ],
  [
    'douyin',
    ['platforms/douyin/adapters.ts'],
    ['platforms/jd/adapters.ts', 'platforms/channels/adapters.ts'],
  ],
])('%s content script', (name, own, others) => {
  it('imports no zod, date-fns, Preact or other heavy library, and only its own adapters', async () => {
    const inputs = await inputsOf(`entrypoints/${name}.content/index.ts`);
    expect(inputs.filter((f) => FORBIDDEN.test(f))).toEqual([]);
    for (const a of own) expect(inputs.some((f) => f.endsWith(`src/${a}`))).toBe(true);
    for (const a of others) expect(inputs.some((f) => f.endsWith(`src/${a}`))).toBe(false);
    expect(inputs.some((f) => f.endsWith('src/ui/i18n/zh-app.ts'))).toBe(false);
    // The badge and its picker are not in the capture script (badge.content, picker.js).
    expect(inputs.some((f) => f.includes('src/ui/'))).toBe(false);
    expect(inputs.some((f) => f.endsWith('src/capture/page-slot.ts'))).toBe(true);
  });
});

describe('badge content script', () => {
  it('carries the badge without any adapter, heavy library or the 点选 picker', async () => {
    const inputs = await inputsOf('entrypoints/badge.content/index.ts');
    expect(inputs.filter((f) => FORBIDDEN.test(f))).toEqual([]);
    expect(inputs.some((f) => f.endsWith('src/ui/badge/mount.ts'))).toBe(true);
    expect(inputs.filter((f) => /src\/platforms\/\w+\/adapters\.ts$/.test(f))).toEqual([]);
    expect(inputs.some((f) => f.endsWith('src/ui/badge/picker.ts'))).toBe(false);
    expect(inputs.some((f) => f.endsWith('src/capture/binding-locator.ts'))).toBe(false);
    expect(inputs.some((f) => f.endsWith('src/ui/i18n/zh-app.ts'))).toBe(false);
  });

  it('the on-demand picker file has the picker and the locator maker', async () => {
    const inputs = await inputsOf('entrypoints/picker.ts');
    expect(inputs.some((f) => f.endsWith('src/ui/badge/picker.ts'))).toBe(true);
    expect(inputs.some((f) => f.endsWith('src/capture/binding-locator.ts'))).toBe(true);
    expect(inputs.filter((f) => FORBIDDEN.test(f))).toEqual([]);
  });
});
