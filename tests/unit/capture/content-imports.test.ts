import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The console content scripts have a 15 KB gzip budget (issue 3). Heavy libraries must never
 * creep back in through an innocent import, and each console must carry only its own
 * adapters. The bundle graph is checked with esbuild (what Vite uses to transform), not sizes:
 * `npm run bench` reports the gzip figure.
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
])('%s content script', (name, own, others) => {
  it('imports no zod, date-fns, Preact or other heavy library, and only its own adapters', async () => {
    const inputs = await inputsOf(`entrypoints/${name}.content/index.ts`);
    expect(inputs.filter((f) => FORBIDDEN.test(f))).toEqual([]);
    for (const a of own) expect(inputs.some((f) => f.endsWith(`src/${a}`))).toBe(true);
    for (const a of others) expect(inputs.some((f) => f.endsWith(`src/${a}`))).toBe(false);
    expect(inputs.some((f) => f.endsWith('src/ui/i18n/zh-app.ts'))).toBe(false);
    expect(inputs.some((f) => f.endsWith('src/ui/badge/mount.ts'))).toBe(true);
  });
});
