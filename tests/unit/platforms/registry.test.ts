import { readFileSync, readdirSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ALL_ADAPTERS } from '../../../src/capture/adapters';
import { AccountSettingsSchema, PlatformSchema } from '../../../src/history/model';
import { MODULES, PLATFORM_MODULES, packPartFor } from '../../../src/platforms';
import { ACCOUNT_SETTINGS_PARTS } from '../../../src/platforms/account-settings';
import { SETTINGS_FORMS } from '../../../src/platforms/forms';
import { PAGE_IDS, PLATFORM_META, PLATFORMS } from '../../../src/platforms/ids';
import { PACK_FILES, loadPacks } from '../../../src/rules/packs';
import { groupAccounts } from '../../../src/ui/order';
import type { AccountEvaluation } from '../../../src/rules/result';

/** The four registries list the same platforms in the same order, and each entry is whole. */
describe('platform registry', () => {
  it('lists the same platforms, in the same order, in every registry and schema', () => {
    expect(PLATFORMS.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(PLATFORM_META)).toEqual(PLATFORMS);
    expect(Object.keys(PLATFORM_MODULES)).toEqual(PLATFORMS);
    expect(Object.keys(ACCOUNT_SETTINGS_PARTS)).toEqual(PLATFORMS);
    expect(Object.keys(SETTINGS_FORMS)).toEqual(PLATFORMS);
    expect(PlatformSchema.options).toEqual(PLATFORMS);
    expect(MODULES.map((m) => m.id)).toEqual(PLATFORMS);
  });

  it.each(PLATFORMS)('%s has every part, under its own id', (p) => {
    const m = PLATFORM_MODULES[p];
    expect(m.id).toBe(p);
    expect(PLATFORM_META[p].id).toBe(p);
    expect(m.names.zh.trim()).not.toBe('');
    expect(m.names.en.trim()).not.toBe('');
    expect(m.pageIds.length).toBeGreaterThan(0);
    for (const page of m.pageIds) expect(page.startsWith(`${p}.`)).toBe(true);
    // Every page id has exactly one adapter and every adapter's page is listed.
    expect(m.adapters.map((a) => a.id).sort()).toEqual([...m.pageIds].sort());
    for (const a of m.adapters) expect(a.platform).toBe(p);
    expect(m.pack.schema.shape.kind.value).toBe(m.pack.kind);
    expect(typeof m.pack.evaluate).toBe('function');
    expect(m.accountSettings).toBe(ACCOUNT_SETTINGS_PARTS[p]);
    expect(Object.keys(m.accountSettings).length).toBeGreaterThan(0);
    expect(typeof SETTINGS_FORMS[p]).toBe('function');
  });

  it('gives every platform its own pack kind and every shipped pack to a platform', () => {
    const kinds = MODULES.map((m) => m.pack.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    // Every pack file in rules/ belongs to a platform: a pack nobody loads fails here.
    const shipped = readdirSync('rules')
      .filter((f) => f.endsWith('.json'))
      .map((f) => `rules/${f}`);
    expect(Object.keys(PACK_FILES).sort()).toEqual(shipped.sort());
    expect(Object.keys(PACK_FILES)).toContain('rules/jd-northstar.json');
    const { packs } = loadPacks(PACK_FILES);
    expect(packs.length).toBe(Object.keys(PACK_FILES).length);
    for (const pack of packs) {
      const owner = MODULES.find((m) => m.pack.kind === pack.kind);
      expect(owner?.id, `${pack.id} (${pack.kind})`).toBe(pack.platform);
      expect(packPartFor(pack)).toBe(owner?.pack);
    }
    expect(() => packPartFor({ kind: 'no-such-kind' })).toThrow('no-such-kind');
  });

  it('builds the per-account settings from disjoint platform parts, nothing else', () => {
    const keys = PLATFORMS.flatMap((p) => Object.keys(ACCOUNT_SETTINGS_PARTS[p]));
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(AccountSettingsSchema.shape).sort()).toEqual([...keys].sort());
    expect(Object.keys(ACCOUNT_SETTINGS_PARTS.jd)).toContain('jdEnrolled');
    expect(Object.keys(ACCOUNT_SETTINGS_PARTS.alibaba)).toContain('shop');
    // The union keeps each part's validation: a JD enrolment day that does not exist is refused.
    expect(
      AccountSettingsSchema.safeParse({ jdEnrolled: { '2026-02': '2026-02-30' } }).success,
    ).toBe(false);
    expect(AccountSettingsSchema.safeParse({ channelsFirstLiveDay: '2026-02-28' }).success).toBe(
      true,
    );
  });

  it('has page ids that are the adapters’ ids, each once', () => {
    expect([...PAGE_IDS].sort()).toEqual(ALL_ADAPTERS.map((a) => a.id).sort());
    expect(new Set(PAGE_IDS).size).toBe(PAGE_IDS.length);
  });

  it('orders the popup’s platform groups by the registry', () => {
    const acc = (platform: AccountEvaluation['platform']): AccountEvaluation => ({
      platform,
      accountId: `${platform}-1`,
      displayName: platform,
      provisional: false,
      live: false,
      items: [],
      assumptions: [],
    });
    const reversed = [...PLATFORMS].reverse().map(acc);
    expect(groupAccounts(reversed).map((g) => g.platform)).toEqual(PLATFORMS);
  });
});

describe('import boundaries', () => {
  it('no platform settings part imports the history model (model.ts imports them: a cycle)', () => {
    const dirs = readdirSync('src/platforms', { withFileTypes: true }).filter((d) =>
      d.isDirectory(),
    );
    expect(dirs.map((d) => d.name)).toEqual(expect.arrayContaining([...PLATFORMS]));
    for (const d of dirs) {
      let text: string;
      try {
        text = readFileSync(`src/platforms/${d.name}/settings.ts`, 'utf8');
      } catch {
        continue;
      }
      expect(text, `src/platforms/${d.name}/settings.ts`).not.toMatch(/history\/model['"]/);
    }
  });

  it('the light registry (ids.ts) bundles without zod, Preact or any rules', async () => {
    const r = await build({
      entryPoints: ['src/platforms/ids.ts'],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      logLevel: 'silent',
    });
    const inputs = Object.keys(r.metafile.inputs);
    expect(inputs.filter((f) => f.includes('node_modules'))).toEqual([]);
    expect(inputs.filter((f) => /src\/(rules|capture|ui)\//.test(f))).toEqual([]);
    expect(inputs).toContain('src/platforms/jd/meta.ts');
  });
});
