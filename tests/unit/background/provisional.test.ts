import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openHistoryDb } from '../../../src/history/db';
import { accKey, dayRecKey, sessionsOf } from '../../../src/history/ledger';
import { loadLedger } from '../../../src/history/persist';
import type { Evaluation } from '../../../src/rules/result';
import { dataHandlers } from '../../../src/background/handlers-data';
import { settingsHandlers } from '../../../src/background/handlers-settings';
import type { Handlers } from '../../../src/messaging/listen';
import { HistoryService } from '../../../src/background/service';
import { obs } from '../history/helpers';

const evalStub = (): Evaluation => ({ now: '', packVersions: {}, accounts: [] });
const PIN = 'jd_pin_7f3a';
const PROV = '~shop:京选好物旗舰店';
const ALI = '~shop:义乌市星禾日用品有限公司';

async function make() {
  const db = await openHistoryDb({ name: `svc-prov-${Math.random()}` });
  const svc = await HistoryService.start({
    db,
    now: () => Date.parse('2026-01-21T09:30:00+08:00'),
    evaluate: evalStub,
    onEvaluated: vi.fn(async () => undefined),
  });
  const h: Handlers = { ...dataHandlers(svc), ...settingsHandlers(svc) };
  type H = Required<Handlers>;
  const call = <K extends keyof H>(k: K, payload: Parameters<H[K]>[0]) =>
    (h[k] as (p: unknown, s: unknown) => Promise<unknown>)(payload, {});
  return { svc, db, call };
}

const backfill = (accountId: string, provisional?: true) => ({
  platform: 'jd' as const,
  accountId,
  accountName: '京选好物旗舰店',
  ...(provisional ? { provisional } : {}),
  observedAt: '2026-01-21T09:00:00+08:00',
  page: 'jd.myList',
  sessions: [
    {
      sessionId: 'B1',
      start: '2026-01-19T20:00:00+08:00',
      end: '2026-01-19T22:00:00+08:00',
      metrics: { durationSec: 7200, gmvFen: 300_000 },
    },
  ],
});

describe('background: provisional accounts', () => {
  it('backfill and shop facts create provisional accounts; after a merge they land on the target, on disk', async () => {
    const { svc, db, call } = await make();
    await svc.observe([
      obs('2026-01-20T10:00:00+08:00', { gmvFen: 1_000 }, { accountId: PIN, sessionId: 'L1' }),
    ]);
    await call('backfill', backfill(PROV, true));
    await call('shopFacts', {
      platform: 'alibaba',
      accountId: ALI,
      provisional: true,
      observedAt: '2026-01-21T09:00:00+08:00',
      fans: 5_300,
    });
    expect(svc.ledger.accounts[accKey('jd', PROV)]!.provisional).toBe(true);
    expect(svc.ledger.accounts[accKey('alibaba', ALI)]!.provisional).toBe(true);
    // A non-provisional backfill never creates a provisional flag.
    await call('backfill', backfill('jd_other'));
    expect(svc.ledger.accounts[accKey('jd', 'jd_other')]!.provisional).toBeUndefined();

    await call('mergeAccount', {
      from: { platform: 'jd', accountId: PROV },
      into: { platform: 'jd', accountId: PIN },
    });
    // The list page is read again, still without a pin: its rows update the target only.
    await call('backfill', {
      ...backfill(PROV, true),
      sessions: [{ ...backfill(PROV).sessions[0]!, metrics: { gmvFen: 310_000 } }],
    });
    await call('health', {
      platform: 'jd',
      accountId: PROV,
      page: 'jd.myList',
      at: '2026-01-21T09:00:00+08:00',
      read: [],
      missing: [],
      accountUnknown: true,
    });
    await svc.flush();
    const disk = await loadLedger(db);
    expect(disk.accounts[accKey('jd', PROV)]).toMatchObject({ mergedInto: PIN });
    expect(sessionsOf(disk, 'jd', PROV)).toEqual([]);
    expect(
      sessionsOf(disk, 'jd', PIN)
        .map((s) => s.sessionId)
        .sort(),
    ).toEqual(['B1', 'L1']);
    expect(disk.days[dayRecKey('jd', PIN, '2026-01-19')]!.metrics.gmvFen?.value).toBe(310_000);
    expect(disk.days[dayRecKey('jd', PROV, '2026-01-19')]).toBeUndefined();
    const health = Object.values(disk.health);
    expect(health.map((x) => [x.accountId, x.accountUnknown])).toEqual([[PIN, undefined]]);
    // The options page never sees the tombstone.
    const settings = (await call('getSettings', {})) as { accounts: { accountId: string }[] };
    expect(settings.accounts.map((a) => a.accountId).sort()).toEqual(['jd_other', PIN, ALI]);
  });

  it('refuses a merge into an unknown account with a message, and confirm clears the flag on disk', async () => {
    const { svc, db, call } = await make();
    await call('backfill', backfill(PROV, true));
    await expect(
      call('mergeAccount', {
        from: { platform: 'jd', accountId: PROV },
        into: { platform: 'jd', accountId: 'nobody' },
      }),
    ).rejects.toThrow('目标账号不存在 / the target account does not exist');
    await call('confirmAccount', { account: { platform: 'jd', accountId: PROV } });
    expect((await loadLedger(db)).accounts[accKey('jd', PROV)]).toEqual({
      platform: 'jd',
      accountId: PROV,
      displayName: '京选好物旗舰店',
    });
    expect(svc.ledger.accounts[accKey('jd', PROV)]!.provisional).toBeUndefined();
  });
});
