import { describe, expect, it } from 'vitest';
import type {
  AccountSettings,
  Day,
  History,
  Metrics,
  Platform,
  Session,
} from '../../../src/history/model';
import { evaluate } from '../../../src/rules/engine';
import { loadPacks } from '../../../src/rules/packs';
import type { ItemResult } from '../../../src/rules/result';
import { filterShops, shopStatus, teamView } from '../../../src/sync/team-view';
import type { AccountDoc, MonthDoc, SyncStatus, TeamDoc } from '../../../src/sync/types';

const packs = loadPacks();
const ev = (h: History, now: Date) => evaluate(packs, h, h.settings, now);
const NOW = new Date('2026-01-20T15:00:00+08:00');
const SYNC: SyncStatus = {
  state: 'idle',
  lastPushAt: '2026-01-20T14:59:30+08:00',
  lastPullAt: '2026-01-20T14:59:40+08:00',
  error: null,
  pending: 0,
  docs: 7,
  machines: [],
};
const UPDATED = '2026-01-20T14:59:00+08:00';
const M = (id: string) => ({ id, name: id === 'm1' ? '一号机' : '二号机' });
const m = (vals: Partial<Record<keyof Metrics, number>>, at: string): Metrics =>
  Object.fromEntries(
    Object.entries(vals).map(([k, value]) => [k, { value, source: 'network', at }]),
  );

function acc(
  machine: string,
  platform: Platform,
  accountId: string,
  settings: AccountSettings,
  o: Partial<AccountDoc> = {},
): AccountDoc {
  return {
    _id: `lp.a|${machine}|${platform}|${accountId}`,
    kind: 'account',
    v: 1,
    machine: M(machine),
    account: { platform, accountId, displayName: `店${accountId}` },
    settings,
    lastLiveAt: null,
    live: false,
    updatedAt: UPDATED,
    ...o,
  };
}
function month(machine: string, sessions: Session[]): MonthDoc {
  const { platform, accountId } = sessions[0]!;
  // Each machine's own day record: the rollup of ITS sessions of the day.
  const day: Day = {
    platform,
    accountId,
    day: '2026-01-20',
    metrics: sessions[0]!.metrics,
    sessions: 1,
  };
  return {
    _id: `lp.m|${machine}|${platform}|${accountId}|2026-01`,
    kind: 'month',
    v: 1,
    machine: M(machine),
    platform,
    accountId,
    month: '2026-01',
    sessions,
    days: [day],
    conflicts: [],
    updatedAt: UPDATED,
  };
}
function live(
  platform: Platform,
  accountId: string,
  id: string,
  start: string,
  end: string | null,
  vals: Partial<Record<keyof Metrics, number>>,
  seen: string,
): Session {
  return {
    platform,
    accountId,
    sessionId: id,
    start,
    end,
    live: end === null,
    metrics: m(vals, seen),
    flags: {},
    lastSeenAt: seen,
  };
}

const JD = { jdEnrolled: { '2026-01': '2026-01-05' } };
const TARGET = {
  id: 't1',
  label: '日GMV',
  metric: 'gmvFen' as const,
  threshold: 500_000,
  period: 'day' as const,
  reward: '',
};

/** JD shop a1 streamed by two machines today (morning and afternoon), JD a2 idle, 视频号 c1 done, c2 without targets. */
function team(): TeamDoc[] {
  const L1 = live(
    'jd',
    'a1',
    'L1',
    '2026-01-20T09:00:00+08:00',
    '2026-01-20T11:00:00+08:00',
    { gmvFen: 1_000_000, durationSec: 7200 },
    '2026-01-20T11:00:00+08:00',
  );
  const L2 = live(
    'jd',
    'a1',
    'L2',
    '2026-01-20T14:00:00+08:00',
    null,
    { gmvFen: 700_000, durationSec: 3480 },
    '2026-01-20T14:58:00+08:00',
  );
  const C1 = live(
    'channels',
    'c1',
    'V1',
    '2026-01-20T10:00:00+08:00',
    '2026-01-20T12:00:00+08:00',
    { gmvFen: 600_000 },
    '2026-01-20T12:00:00+08:00',
  );
  return [
    acc('m1', 'jd', 'a1', JD, { lastLiveAt: L1.lastSeenAt }),
    month('m1', [L1]),
    acc('m2', 'jd', 'a1', JD, { lastLiveAt: L2.lastSeenAt, live: true }),
    month('m2', [L2]),
    acc('m1', 'jd', 'a2', JD),
    acc('m2', 'channels', 'c1', { channelsGrowthTargets: [TARGET] }, { lastLiveAt: C1.lastSeenAt }),
    month('m2', [C1]),
    acc('m1', 'channels', 'c2', {}),
  ];
}

const item = (
  v: ReturnType<typeof teamView>,
  accountId: string,
  packId: string,
  itemId: string,
): ItemResult =>
  v.evaluation.accounts
    .find((a) => a.accountId === accountId)!
    .items.find((i) => i.packId === packId && i.itemId === itemId)!;

describe('teamView over real rule packs', () => {
  const view = teamView(team(), ev, NOW, SYNC);

  it('a shop streamed by two machines today: its daily figures hold both sessions, each once', () => {
    const gmv = item(view, 'a1', 'jd-growth', 'daily-3-gmv');
    expect([gmv.current, gmv.remaining, gmv.status]).toEqual([1_700_000, 0, 'done']);
    const dur = item(view, 'a1', 'jd-growth', 'daily-1-duration');
    expect([dur.current, dur.remaining, dur.status]).toEqual([178, 62, 'on_track']);
    const cycle = item(view, 'a1', 'jd-growth', 'monthly-3-gmv');
    expect([cycle.current, cycle.remaining, cycle.status]).toEqual([
      1_700_000,
      43_300_000,
      'behind',
    ]);
  });

  it('one row per shop: machines, who streamed last, live, status', () => {
    expect(
      view.shops.map((s) => [
        s.platform,
        s.accountId,
        s.machines.map((x) => x.id),
        s.lastLive?.machine.name ?? null,
        s.live,
        s.status,
      ]),
    ).toEqual([
      ['channels', 'c1', ['m2'], '二号机', false, 'done'],
      ['channels', 'c2', ['m1'], null, false, 'none'],
      ['jd', 'a1', ['m1', 'm2'], '二号机', true, 'behind'],
      ['jd', 'a2', ['m1'], null, false, 'behind'],
    ]);
    expect(item(view, 'c1', 'channels', `growth-${TARGET.id}`).current).toBe(600_000);
    expect(view.at).toBe('2026-01-20T15:00:00+08:00');
    expect(view.sync).toBe(SYNC);
    expect(view.shops.find((s) => s.accountId === 'a1')!.updatedAt).toBe(UPDATED);
  });

  it('a machine that went silent mid-stream does not keep the shop live', () => {
    const later = teamView(team(), ev, new Date('2026-01-20T15:20:00+08:00'), SYNC);
    expect(later.shops.find((s) => s.accountId === 'a1')!.live).toBe(false);
  });

  it('filters by platform and by status', () => {
    const ids = (f: Parameters<typeof filterShops>[1]) =>
      filterShops(view.shops, f).map((s) => s.accountId);
    expect(ids({ platform: 'jd' })).toEqual(['a1', 'a2']);
    expect(ids({ status: 'done' })).toEqual(['c1']);
    expect(ids({ platform: 'jd', status: 'behind' })).toEqual(['a1', 'a2']);
    expect(ids({ platform: 'channels', status: 'behind' })).toEqual([]);
    expect(ids({})).toEqual(['c1', 'c2', 'a1', 'a2']);
  });
});

describe('shopStatus', () => {
  const it_ = (status: ItemResult['status']) => ({ status }) as ItemResult;
  it('worst over the applicable items', () => {
    expect(shopStatus([it_('done'), it_('unreachable_today')])).toBe('behind');
    expect(shopStatus([it_('done'), it_('on_track'), it_('not_applicable')])).toBe('on_track');
    expect(shopStatus([it_('done'), it_('excluded')])).toBe('done');
    expect(shopStatus([it_('done'), it_('unknown')])).toBe('none');
    expect(shopStatus([it_('not_applicable')])).toBe('none');
    expect(shopStatus([])).toBe('none');
  });
});
