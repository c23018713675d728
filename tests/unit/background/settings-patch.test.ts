import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { makeHistory } from '../../harness/history-data';
import { openHistoryDb } from '../../../src/history/db';
import { parseHistory, planImport } from '../../../src/history/import';
import { loadGlobalSettings, loadLedger } from '../../../src/history/persist';
import type { Evaluation } from '../../../src/rules/result';
import { defaultSettings, migrateSettings, type GlobalSettings } from '../../../src/settings';
import { settingsHandlers } from '../../../src/background/handlers-settings';
import type { Handlers } from '../../../src/messaging/listen';
import { UNREADABLE_SETTINGS_KEY } from '../../../src/background/retention';
import { HistoryService } from '../../../src/background/service';

const evalStub = (): Evaluation => ({ now: '', packVersions: {}, accounts: [] });

const NOW = new Date('2026-03-02T12:00:00+08:00');

/** A service over a fresh database holding 200 days of history ending NOW (the service's clock). */
async function make(stored?: unknown) {
  const db = await openHistoryDb({ name: `svc-set-${Math.random()}` });
  if (stored !== undefined) await db.put('settings', stored as GlobalSettings, 'global');
  const svc = await HistoryService.start(
    {
      db,
      now: () => NOW.getTime(),
      evaluate: evalStub,
      onEvaluated: vi.fn(async () => undefined),
    },
    // As boot.ts does: the settings the worker runs with are read from the store.
    migrateSettings(await loadGlobalSettings(db)),
  );
  const p = parseHistory(
    JSON.stringify(makeHistory({ accounts: 1, days: 200, now: NOW, seed: 3 })),
  );
  if (!p.ok) throw new Error(p.error);
  const file = p.value;
  await svc.applyImport((cur) => {
    const plan = planImport(cur, file);
    return { next: plan.next, written: plan.written, result: null };
  });
  const h: Handlers = settingsHandlers(svc);
  type H = Required<Handlers>;
  const call = <K extends keyof H>(k: K, payload: Parameters<H[K]>[0]) =>
    (h[k] as (p: unknown, s: unknown) => unknown)(payload, {});
  const counts = async () => {
    const l = await loadLedger(db);
    return { sessions: Object.keys(l.sessions).length, days: Object.keys(l.days).length };
  };
  return { svc, db, call, counts };
}

describe('settings are patches', () => {
  it("the badge's close adds its platform and keeps everything changed since it mounted", async () => {
    const { db, call, counts } = await make();
    const before = await counts();
    expect(before.sessions).toBeGreaterThan(100);
    // Options changes three settings after the badge mounted.
    await call('patchGlobalSettings', { language: 'en', alerts: { behindPaceHour: 9 } });
    await call('applyRetention', { retentionDays: null });
    await call('setBadgeDisabled', { platform: 'channels', disabled: true });
    // Now the badge on JD closes.
    await call('setBadgeDisabled', { platform: 'jd', disabled: true });
    const stored = (await loadGlobalSettings(db)) as GlobalSettings;
    expect(stored).toEqual({
      ...defaultSettings(),
      language: 'en',
      alerts: { ...defaultSettings().alerts, behindPaceHour: 9 },
      retentionDays: null,
      badgeDisabled: ['channels', 'jd'],
    });
    expect(await counts()).toEqual(before);
  });

  it('saving an unrelated setting never runs the retention cleanup', async () => {
    const { svc, call, counts } = await make({ ...defaultSettings(), retentionDays: 90 });
    expect(svc.global.retentionDays).toBe(90);
    const before = await counts();
    await call('patchGlobalSettings', { alerts: { achieved: false } });
    await call('setBadgeDisabled', { platform: 'alibaba', disabled: true });
    await call('setBadgeDisabled', { platform: 'alibaba', disabled: false });
    expect(await counts()).toEqual(before);
    expect(svc.global.badgeDisabled).toEqual([]);
    expect(svc.global.alerts.achieved).toBe(false);
    expect(svc.global.alerts.behindPace).toBe(true);
  });

  it('retention deletes only on applyRetention, exactly what the preview counted', async () => {
    const { svc, call, counts } = await make();
    const before = await counts();
    const preview = (await call('retentionPreview', { retentionDays: 90 })) as {
      sessions: number;
      days: number;
    };
    expect(preview.sessions).toBeGreaterThan(50);
    expect(await counts()).toEqual(before); // the preview deleted nothing
    const done = await call('applyRetention', { retentionDays: 90 });
    expect(done).toEqual({ ok: true, ...preview });
    const after = await counts();
    expect(after.sessions).toBe(before.sessions - preview.sessions);
    expect(svc.global.retentionDays).toBe(90);
  });

  it('two patches in flight both land', async () => {
    const { db, call } = await make();
    await Promise.all([
      call('patchGlobalSettings', { language: 'en' }),
      call('setBadgeDisabled', { platform: 'jd', disabled: true }),
      call('patchGlobalSettings', { alerts: { jdNear24h: false } }),
    ]);
    const stored = (await loadGlobalSettings(db)) as GlobalSettings;
    expect([stored.language, stored.badgeDisabled, stored.alerts.jdNear24h]).toEqual([
      'en',
      ['jd'],
      false,
    ]);
  });

  it('unreadable stored settings are kept aside before the first write and reported', async () => {
    const bad = { version: 1, language: 'fr', alerts: { achieved: 'yes' }, retentionDays: 90 };
    const { svc, db, call } = await make(bad);
    // Readable fields are kept, unreadable ones use defaults.
    expect(svc.global.retentionDays).toBe(90);
    expect(svc.global.language).toBe('zh');
    const got = (await call('getSettings', {})) as { settingsProblems?: string[] };
    expect(got.settingsProblems?.map((p) => p.split(':')[0])).toEqual(['language', 'alerts']);
    await call('patchGlobalSettings', { language: 'en' });
    expect(await db.get('settings', UNREADABLE_SETTINGS_KEY)).toEqual(bad);
    expect(((await loadGlobalSettings(db)) as GlobalSettings).retentionDays).toBe(90);
  });
});
