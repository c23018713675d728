import { describe, expect, it } from 'vitest';
import { exportHistory } from '../../../src/history/export';
import { parseHistory, planImport } from '../../../src/history/import';
import { ingest } from '../../../src/history/ingest';
import {
  accKey,
  dayRecKey,
  emptyDirty,
  emptyLedger,
  sessKey,
  sessionsOf,
  type Ledger,
} from '../../../src/history/ledger';
import { applyManual } from '../../../src/history/manual';
import {
  AccountMergeError,
  confirmAccount,
  mergeAccount,
  routeHealth,
} from '../../../src/history/merge-account';
import type { History } from '../../../src/history/model';
import { ledgerToHistory } from '../../../src/history/to-history';
import type { Observation } from '../../../src/messaging';
import { evaluate } from '../../../src/rules/engine';
import { loadPacks } from '../../../src/rules/packs';
import { obs } from './helpers';

const PIN = 'jd_pin_7f3a';
const PROV = '~shop:京选好物旗舰店';
const target = { platform: 'jd' as const, accountId: PIN };
const prov = { platform: 'jd' as const, accountId: PROV };

/** A reading of the page that shows the pin (tab 1). */
const known = (at: string, m: Parameters<typeof obs>[1], extra: Partial<Observation> = {}) =>
  obs(at, m, { accountId: PIN, accountName: '京选好物旗舰店', ...extra });
/** A reading of a page that shows only the shop name (tab 2): a provisional account. */
const unknown = (at: string, m: Parameters<typeof obs>[1], extra: Partial<Observation> = {}) =>
  obs(at, m, { accountId: PROV, accountName: '京选好物旗舰店', provisional: true, ...extra });

const apply = (l: Ledger, list: Observation[]) => {
  for (const o of list) ingest(l, o, emptyDirty());
};
const day = (l: Ledger, accountId: string, d: string) => l.days[dayRecKey('jd', accountId, d)];
const values = (l: Ledger, accountId: string, d: string) => {
  const m = day(l, accountId, d)?.metrics ?? {};
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.value]));
};

/** Session L1 read by both tabs (overlapping cumulative readings), plus one only tab 2 saw. */
const L1 = { sessionId: 'L1', sessionStart: '2026-01-20T10:00:00+08:00' };
const tab1 = [
  known('2026-01-20T10:00:00+08:00', { durationSec: 0, gmvFen: 10_000, buyers: 5 }, L1),
  known('2026-01-20T10:30:00+08:00', { durationSec: 1800, gmvFen: 50_000, buyers: 20 }, L1),
];
const ONLY = { sessionStart: '2026-01-20T14:00:00+08:00' };
const tab2 = [
  unknown('2026-01-20T10:20:00+08:00', { durationSec: 1200, gmvFen: 30_000, buyers: 12 }, L1),
  unknown('2026-01-20T10:45:00+08:00', { durationSec: 2700, gmvFen: 80_000, buyers: 30 }, L1),
  unknown('2026-01-20T14:00:00+08:00', { durationSec: 0, gmvFen: 0, buyers: 0 }, ONLY),
  unknown(
    '2026-01-20T15:00:00+08:00',
    { durationSec: 3600, gmvFen: 20_000, buyers: 8 },
    { ...ONLY, live: false },
  ),
];

function twoAccounts(): Ledger {
  const l = emptyLedger();
  apply(l, [...tab1, ...tab2]);
  return l;
}

/** What one tab reading every page of the same account in time order records. */
function oneTab(list: Observation[]): Ledger {
  const l = emptyLedger();
  const sorted = [...list].sort((a, b) => Date.parse(a.observedAt) - Date.parse(b.observedAt));
  apply(
    l,
    sorted.map((o) => ({ ...o, accountId: PIN, provisional: undefined })),
  );
  return l;
}

describe('merge a provisional account', () => {
  it('a provisional observation creates a provisional account; a normal one never does', () => {
    const l = twoAccounts();
    expect(l.accounts[accKey('jd', PROV)]).toEqual({
      platform: 'jd',
      accountId: PROV,
      displayName: '京选好物旗舰店',
      provisional: true,
    });
    expect(l.accounts[accKey('jd', PIN)]!.provisional).toBeUndefined();
    // A provisional payload for an account that already exists leaves its flag alone.
    apply(l, [
      known('2026-01-20T10:31:00+08:00', { gmvFen: 50_000 }, { ...L1, provisional: true }),
    ]);
    expect(l.accounts[accKey('jd', PIN)]!.provisional).toBeUndefined();
  });

  it('moves sessions and days without double counting: the totals one tab would record', () => {
    const l = twoAccounts();
    // Before: the same stream counted on both accounts.
    expect(values(l, PIN, '2026-01-20')).toMatchObject({ gmvFen: 50_000, buyers: 20 });
    expect(values(l, PROV, '2026-01-20')).toMatchObject({ gmvFen: 100_000, buyers: 38 });

    mergeAccount(l, prov, target, emptyDirty());

    expect(values(l, PIN, '2026-01-20')).toEqual({
      durationSec: 2700 + 3600,
      gmvFen: 80_000 + 20_000,
      buyers: 30 + 8,
    });
    expect(day(l, PIN, '2026-01-20')!.sessions).toBe(2);
    expect(values(l, PIN, '2026-01-20')).toEqual(
      values(oneTab([...tab1, ...tab2]), PIN, '2026-01-20'),
    );
    const l1 = l.sessions[sessKey('jd', PIN, 'L1')]!;
    expect(l1.metrics.gmvFen?.value).toBe(80_000);
    expect(l1.lastSeenAt).toBe('2026-01-20T10:45:00+08:00');
    // Nothing is left on the provisional account but its tombstone.
    expect(sessionsOf(l, 'jd', PROV)).toEqual([]);
    expect(day(l, PROV, '2026-01-20')).toBeUndefined();
    expect(Object.keys(l.tracks).filter((k) => k.includes(PROV))).toEqual([]);
    expect(l.accounts[accKey('jd', PROV)]).toMatchObject({ mergedInto: PIN });
  });

  it('splits a merged session across Beijing midnight as one tab would', () => {
    const X = { sessionId: 'X', sessionStart: '2026-01-20T23:00:00+08:00' };
    const a = [
      known('2026-01-20T23:30:00+08:00', { gmvFen: 100 }, X),
      known('2026-01-20T23:50:00+08:00', { gmvFen: 300 }, X),
    ];
    const b = [
      unknown('2026-01-20T23:40:00+08:00', { gmvFen: 200 }, X),
      unknown('2026-01-21T00:30:00+08:00', { gmvFen: 700 }, X),
    ];
    const l = emptyLedger();
    apply(l, [...a, ...b]);
    mergeAccount(l, prov, target, emptyDirty());
    expect(values(l, PIN, '2026-01-20').gmvFen).toBe(300);
    expect(values(l, PIN, '2026-01-21').gmvFen).toBe(400);
    const ref = oneTab([...a, ...b]);
    expect(values(l, PIN, '2026-01-20').gmvFen).toBe(values(ref, PIN, '2026-01-20').gmvFen);
    expect(values(l, PIN, '2026-01-21').gmvFen).toBe(values(ref, PIN, '2026-01-21').gmvFen);
  });

  it('one stream read with and without a live id (same start) becomes one session under the live id', () => {
    const start = '2026-01-20T19:00:00+08:00';
    const l = emptyLedger();
    apply(l, [
      known('2026-01-20T19:30:00+08:00', { gmvFen: 40_000 }, { sessionStart: start }),
      unknown(
        '2026-01-20T19:40:00+08:00',
        { gmvFen: 55_000 },
        { sessionId: 'L7', sessionStart: start },
      ),
      known('2026-01-20T19:50:00+08:00', { gmvFen: 60_000 }, { sessionStart: start }),
    ]);
    mergeAccount(l, prov, target, emptyDirty());
    expect(sessionsOf(l, 'jd', PIN).map((s) => [s.sessionId, s.metrics.gmvFen?.value])).toEqual([
      ['L7', 60_000],
    ]);
    expect(values(l, PIN, '2026-01-20').gmvFen).toBe(60_000);
    expect(day(l, PIN, '2026-01-20')!.sessions).toBe(1);
  });

  it('one live read by two pages that show neither its id nor its start is one session after the merge', () => {
    // 1688-style: no live id, no start, no duration; each page opened the live when it first saw it.
    const l = emptyLedger();
    apply(l, [
      known('2026-01-20T19:30:00+08:00', { dau: 2_000, buyers: 40 }),
      unknown('2026-01-20T19:35:00+08:00', { dau: 2_200, buyers: 45 }),
      known('2026-01-20T19:50:00+08:00', { dau: 2_543, buyers: 52 }),
      unknown('2026-01-20T19:55:00+08:00', { dau: 2_588, buyers: 53 }),
    ]);
    mergeAccount(l, prov, target, emptyDirty());
    expect(sessionsOf(l, 'jd', PIN)).toHaveLength(1);
    expect(values(l, PIN, '2026-01-20')).toMatchObject({ dau: 2_588, buyers: 53 });
    expect(day(l, PIN, '2026-01-20')!.sessions).toBe(1);
  });

  it('two lives of the provisional page that do not overlap the target stay two sessions', () => {
    const l = emptyLedger();
    apply(l, [
      known('2026-01-20T10:00:00+08:00', { dau: 100 }, { live: true }),
      known('2026-01-20T10:20:00+08:00', { dau: 300 }, { live: false }),
      unknown('2026-01-20T20:00:00+08:00', { dau: 50 }),
    ]);
    mergeAccount(l, prov, target, emptyDirty());
    expect(sessionsOf(l, 'jd', PIN)).toHaveLength(2);
    expect(values(l, PIN, '2026-01-20')).toMatchObject({ dau: 350 });
  });

  it('sends later readings of the provisional page straight to the target', () => {
    const l = twoAccounts();
    mergeAccount(l, prov, target, emptyDirty());
    apply(l, [unknown('2026-01-20T10:50:00+08:00', { gmvFen: 90_000, buyers: 33 }, L1)]);
    expect(l.sessions[sessKey('jd', PIN, 'L1')]!.metrics.gmvFen?.value).toBe(90_000);
    expect(values(l, PIN, '2026-01-20')).toMatchObject({ gmvFen: 110_000, buyers: 41 });
    expect(sessionsOf(l, 'jd', PROV)).toEqual([]);
    expect(l.accounts[accKey('jd', PROV)]!.provisional).toBe(true);
    expect(l.accounts[accKey('jd', PIN)]!.provisional).toBeUndefined();
    // Its health report is filed under the target, no longer "account not recognised".
    const h = routeHealth(l, {
      platform: 'jd',
      accountId: PROV,
      page: 'jd.bigScreen',
      at: '2026-01-20T10:50:00+08:00',
      read: [],
      missing: [],
      accountUnknown: true,
    });
    expect(h.accountId).toBe(PIN);
    expect(h.accountUnknown).toBeUndefined();
  });

  it("keeps the target's manual values and moves the provisional one's", () => {
    const l = twoAccounts();
    const now = new Date('2026-01-21T09:00:00+08:00');
    const manual = (accountId: string, key: string, gmvFen: number) =>
      applyManual(
        l,
        { platform: 'jd', accountId, kind: 'day', key, metrics: { gmvFen } },
        now,
        emptyDirty(),
      );
    manual(PIN, '2026-01-20', 123_456);
    manual(PROV, '2026-01-20', 999);
    manual(PROV, '2026-01-19', 4_200);
    mergeAccount(l, prov, target, emptyDirty());
    expect(values(l, PIN, '2026-01-20').gmvFen).toBe(123_456);
    expect(values(l, PIN, '2026-01-19').gmvFen).toBe(4_200);
    expect(Object.values(l.manual).filter((m) => m.accountId === PROV)).toEqual([]);
  });

  it('refuses a non-provisional source, another platform or a missing target, changing nothing', () => {
    const l = twoAccounts();
    const before = JSON.stringify(l);
    const refused = (from: typeof prov, into: typeof target) => {
      expect(() => mergeAccount(l, from, into, emptyDirty())).toThrow(AccountMergeError);
      try {
        mergeAccount(l, from, into, emptyDirty());
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    };
    expect(refused(target, prov)).toBe(
      '只能合并未确认的账号 / only an unconfirmed (provisional) account can be merged',
    );
    expect(refused(prov, { platform: 'channels', accountId: PIN } as never)).toBe(
      '只能合并同一平台的账号 / accounts of different platforms cannot be merged',
    );
    expect(refused(prov, { platform: 'jd', accountId: 'nobody' })).toBe(
      '目标账号不存在 / the target account does not exist',
    );
    expect(JSON.stringify(l)).toBe(before);
  });

  it('confirm clears the flag and keeps id, name and history', () => {
    const l = twoAccounts();
    const dirty = emptyDirty();
    confirmAccount(l, prov, dirty);
    expect(l.accounts[accKey('jd', PROV)]).toEqual({
      platform: 'jd',
      accountId: PROV,
      displayName: '京选好物旗舰店',
    });
    expect(dirty.accounts.has(accKey('jd', PROV))).toBe(true);
    expect(values(l, PROV, '2026-01-20')).toMatchObject({ gmvFen: 100_000, buyers: 38 });
    // A confirmed account can no longer be merged.
    expect(() => mergeAccount(l, prov, target, emptyDirty())).toThrow(/provisional/);
  });
});

describe('views and export of provisional accounts', () => {
  const now = new Date('2026-01-20T16:00:00+08:00');

  it('evaluates provisional accounts with the flag and never a tombstone', () => {
    const l = twoAccounts();
    const h = ledgerToHistory(l, now.toISOString());
    const ev = evaluate(loadPacks(), h, h.settings, now);
    const flags = ev.accounts.map((a) => [a.accountId, a.provisional]);
    expect(flags).toEqual([
      [PIN, false],
      [PROV, true],
    ]);
    mergeAccount(l, prov, target, emptyDirty());
    const h2 = ledgerToHistory(l, now.toISOString());
    expect(evaluate(loadPacks(), h2, h2.settings, now).accounts.map((a) => a.accountId)).toEqual([
      PIN,
    ]);
  });

  it('exports provisional accounts (import keeps the flag) but not tombstones', () => {
    const l = twoAccounts();
    const text = exportHistory(l, { format: 'json' }, now).text;
    const parsed = parseHistory(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const back = planImport(emptyLedger(), parsed.value).next;
    expect(back.accounts[accKey('jd', PROV)]!.provisional).toBe(true);
    expect(JSON.parse(exportHistory(back, { format: 'json' }, now).text)).toEqual(JSON.parse(text));

    mergeAccount(l, prov, target, emptyDirty());
    const merged = JSON.parse(exportHistory(l, { format: 'json' }, now).text) as History;
    expect(merged.accounts.map((a) => a.accountId)).toEqual([PIN]);
    expect(merged.sessions.map((s) => s.accountId)).toEqual([PIN, PIN]);
  });
});
