import { describe, expect, it } from 'vitest';
import type {
  AccountSettings,
  Conflict,
  Day,
  Metrics,
  Session,
  Source,
} from '../../../src/history/model';
import { checkHistory } from '../../../src/history/history-rules';
import { HistorySchema } from '../../../src/history/model';
import { mergeTeam } from '../../../src/sync/merge';
import type { AccountDoc, MonthDoc } from '../../../src/sync/types';

const M = (id: string) => ({ id, name: `机器${id}` });
const v = (value: number, at: string, source: Source = 'network') => ({ value, source, at });

function accDoc(machine: string, accountId: string, o: Partial<AccountDoc> = {}): AccountDoc {
  return {
    _id: `lp.a|${machine}|jd|${accountId}`,
    kind: 'account',
    v: 1,
    machine: M(machine),
    account: { platform: 'jd', accountId, displayName: `店${accountId}` },
    lastLiveAt: null,
    live: false,
    updatedAt: '2026-05-10T12:00:00+08:00',
    ...o,
  };
}

function monthDoc(
  machine: string,
  accountId: string,
  o: {
    sessions?: Session[];
    days?: Day[];
    conflicts?: Conflict[];
    updatedAt?: string;
    month?: string;
  } = {},
): MonthDoc {
  const month = o.month ?? '2026-05';
  return {
    _id: `lp.m|${machine}|jd|${accountId}|${month}`,
    kind: 'month',
    v: 1,
    machine: M(machine),
    platform: 'jd',
    accountId,
    month,
    sessions: o.sessions ?? [],
    days: o.days ?? [],
    conflicts: o.conflicts ?? [],
    updatedAt: o.updatedAt ?? '2026-05-10T12:00:00+08:00',
  };
}

function sess(id: string, start: string, end: string, metrics: Metrics, accountId = 'a1'): Session {
  return {
    platform: 'jd',
    accountId,
    sessionId: id,
    start,
    end,
    live: false,
    metrics,
    flags: {},
    lastSeenAt: end,
  };
}
const dayRec = (day: string, metrics: Metrics, accountId = 'a1', sessions?: number): Day => ({
  platform: 'jd',
  accountId,
  day,
  metrics,
  ...(sessions !== undefined ? { sessions } : {}),
});

const S = '2026-05-10T09:00:00+08:00';
const E = '2026-05-10T11:00:00+08:00';

describe('mergeTeam: one figure per record and metric', () => {
  it("two machines holding one session's cumulative GMV 1000 and 1200 give 1200, not 2200", () => {
    const a = sess('L1', S, E, { gmvFen: v(1000, '2026-05-10T10:00:00+08:00') });
    const b = sess('L1', S, E, { gmvFen: v(1200, '2026-05-10T10:30:00+08:00') });
    const { history } = mergeTeam([
      monthDoc('m1', 'a1', {
        sessions: [a],
        days: [dayRec('2026-05-10', { gmvFen: a.metrics.gmvFen! }, 'a1', 1)],
      }),
      monthDoc('m2', 'a1', {
        sessions: [b],
        days: [dayRec('2026-05-10', { gmvFen: b.metrics.gmvFen! }, 'a1', 1)],
      }),
    ]);
    expect(history.sessions.map((s) => [s.sessionId, s.metrics.gmvFen?.value])).toEqual([
      ['L1', 1200],
    ]);
    expect(history.days.map((d) => [d.day, d.metrics.gmvFen?.value, d.sessions])).toEqual([
      ['2026-05-10', 1200, 1],
    ]);
  });

  it('machine A scraped ¥1,000 at 10:00, machine B typed ¥1,500 at 10:05: ¥1,500 manual and one conflict', () => {
    const scraped = v(100000, '2026-05-10T10:00:00+08:00');
    const manual = v(150000, '2026-05-10T10:05:00+08:00', 'manual');
    const { history, conflicts } = mergeTeam([
      monthDoc('mA', 'a1', {
        sessions: [sess('L1', S, E, { gmvFen: scraped })],
        days: [dayRec('2026-05-10', { gmvFen: scraped }, 'a1', 1)],
      }),
      // B's day figure is derived from its session's manual value (src/history/rollup.ts).
      monthDoc('mB', 'a1', {
        sessions: [sess('L1', S, E, { gmvFen: manual })],
        days: [dayRec('2026-05-10', { gmvFen: manual }, 'a1', 1)],
      }),
    ]);
    expect(history.sessions[0]!.metrics.gmvFen).toEqual(manual);
    expect(history.days[0]!.metrics.gmvFen).toEqual(manual);
    expect(conflicts).toEqual([
      {
        platform: 'jd',
        accountId: 'a1',
        kind: 'session',
        key: 'L1',
        metric: 'gmvFen',
        manual,
        scraped,
      },
    ]);
    expect(history.conflicts).toEqual(conflicts);
  });

  it("two different manual values: the later wins and the conflict is kept; a third machine's own conflict adds its scraped figure", () => {
    const early = v(140000, '2026-05-10T10:05:00+08:00', 'manual');
    const late = v(150000, '2026-05-10T10:07:00+08:00', 'manual');
    const docs = [
      monthDoc('m2', 'a1', { sessions: [sess('L1', S, E, { gmvFen: early })] }),
      monthDoc('m1', 'a1', { sessions: [sess('L1', S, E, { gmvFen: late })] }),
    ];
    const r = mergeTeam(docs);
    expect(r.history.sessions[0]!.metrics.gmvFen).toEqual(late);
    expect(
      r.conflicts.map((c) => [c.key, c.manual.value, c.scraped.value, c.scraped.source]),
    ).toEqual([['L1', 150000, 140000, 'manual']]);
    // Same manual value on both machines: nothing to reconcile.
    const same = mergeTeam([
      docs[1]!,
      monthDoc('m3', 'a1', { sessions: [sess('L1', S, E, { gmvFen: late })] }),
    ]);
    expect(same.conflicts).toEqual([]);
  });

  it('equal instants: the larger value wins, then the lower machine id', () => {
    const at = '2026-05-10T10:00:00+08:00';
    const r = mergeTeam([
      monthDoc('m2', 'a1', {
        sessions: [sess('L1', S, E, { gmvFen: v(900, at), orders: v(3, at, 'dom') })],
      }),
      monthDoc('m1', 'a1', {
        sessions: [sess('L1', S, E, { gmvFen: v(800, at), orders: v(3, at) })],
      }),
    ]);
    expect(r.history.sessions[0]!.metrics).toEqual({ gmvFen: v(900, at), orders: v(3, at) });
  });
});

describe('mergeTeam: the same stream read on two machines', () => {
  it('a start-derived id within ±2 min joins the console id; the console id and the earliest start are kept', () => {
    const r = mergeTeam([
      monthDoc('m1', 'a1', {
        sessions: [sess('L9', '2026-05-10T09:01:00+08:00', E, { gmvFen: v(500, E) })],
      }),
      monthDoc('m2', 'a1', {
        sessions: [
          sess(
            'start:2026-05-10T01:00:00.000Z',
            '2026-05-10T09:00:00+08:00',
            '2026-05-10T11:30:00+08:00',
            { gmvFen: v(400, '2026-05-10T11:30:00+08:00') },
          ),
        ],
      }),
    ]);
    expect(
      r.history.sessions.map((s) => [s.sessionId, s.start, s.end, s.metrics.gmvFen?.value]),
    ).toEqual([['L9', '2026-05-10T09:00:00+08:00', '2026-05-10T11:30:00+08:00', 400]]);
  });

  it('two console ids, or start-derived ids 3 min apart, stay two sessions', () => {
    const two = mergeTeam([
      monthDoc('m1', 'a1', { sessions: [sess('L1', S, E, {})] }),
      monthDoc('m2', 'a1', { sessions: [sess('L2', '2026-05-10T09:01:00+08:00', E, {})] }),
      monthDoc('m3', 'a1', {
        sessions: [sess('start:x', '2026-05-10T15:00:00+08:00', '2026-05-10T16:00:00+08:00', {})],
      }),
      monthDoc('m4', 'a1', {
        sessions: [sess('start:y', '2026-05-10T15:03:00+08:00', '2026-05-10T16:00:00+08:00', {})],
      }),
    ]);
    expect(two.history.sessions.map((s) => s.sessionId)).toEqual([
      'L1',
      'L2',
      'start:x',
      'start:y',
    ]);
  });
});

describe('mergeTeam: days', () => {
  it('two machines streaming different sessions of the shop on one day: the day holds both, each once', () => {
    const s1 = sess('L1', S, E, { gmvFen: v(5000, E) });
    const s2 = sess('L2', '2026-05-10T14:00:00+08:00', '2026-05-10T18:00:00+08:00', {
      gmvFen: v(3000, '2026-05-10T18:00:00+08:00'),
    });
    const r = mergeTeam([
      monthDoc('m1', 'a1', { sessions: [s1], days: [dayRec('2026-05-10', s1.metrics, 'a1', 1)] }),
      monthDoc('m2', 'a1', { sessions: [s2], days: [dayRec('2026-05-10', s2.metrics, 'a1', 1)] }),
    ]);
    expect(
      r.history.days.map((d) => [d.metrics.gmvFen?.value, d.metrics.gmvFen?.estimated, d.sessions]),
    ).toEqual([[8000, true, 2]]);
  });

  it('a day value the seller typed is not raised, and its clash with the scraped figure is kept', () => {
    const s1 = sess('L1', S, E, { gmvFen: v(5000, E) });
    const typed = v(4000, '2026-05-10T20:00:00+08:00', 'manual');
    const r = mergeTeam([
      monthDoc('m1', 'a1', {
        sessions: [s1],
        days: [dayRec('2026-05-10', { gmvFen: typed }, 'a1', 1)],
        conflicts: [
          {
            platform: 'jd',
            accountId: 'a1',
            kind: 'day',
            key: '2026-05-10',
            metric: 'gmvFen',
            manual: typed,
            scraped: v(5000, E),
          },
        ],
      }),
    ]);
    expect(r.history.days[0]!.metrics.gmvFen).toEqual(typed);
    expect(r.conflicts.map((c) => [c.kind, c.manual.value, c.scraped.value])).toEqual([
      ['day', 4000, 5000],
    ]);
  });
});

describe('mergeTeam: accounts, settings and shop meta', () => {
  const medal = (value: number, at: string, source: Source) => ({ value, at, source });
  it('settings per field: newest doc wins, a seller-entered shop fact beats a newer read one', () => {
    const older: AccountSettings = {
      jdAnchorLevel: 2,
      shop: { medal: medal(3, '2026-05-01T00:00:00Z', 'manual') },
    };
    const newer: AccountSettings = {
      jdAnchorLevel: 5,
      shop: { medal: medal(4, '2026-05-09T00:00:00Z', 'network'), commonOk: true },
    };
    for (const [first, second] of [
      ['2026-05-10T12:00:00Z', '2026-05-10T13:00:00Z'],
      ['2026-05-10T13:00:00Z', '2026-05-10T12:00:00Z'],
    ]) {
      const r = mergeTeam([
        accDoc('m1', 'a1', {
          settings: older,
          updatedAt: first!,
          account: { platform: 'jd', accountId: 'a1', displayName: '旧名' },
        }),
        accDoc('m2', 'a1', {
          settings: newer,
          updatedAt: second!,
          account: { platform: 'jd', accountId: 'a1', displayName: '新名' },
        }),
      ]);
      const newest = first! > second! ? older : newer;
      expect(r.history.settings['jd:a1']).toEqual({
        jdAnchorLevel: newest.jdAnchorLevel,
        shop: { medal: medal(3, '2026-05-01T00:00:00Z', 'manual'), commonOk: true },
      });
      expect(r.history.accounts[0]!.displayName).toBe(first! > second! ? '旧名' : '新名');
    }
  });

  it('machines, who streamed last, freshness; data without an account doc is kept under its id', () => {
    const r = mergeTeam([
      accDoc('m2', 'a1', {
        lastLiveAt: '2026-05-10T11:00:00+08:00',
        live: true,
        updatedAt: '2026-05-10T11:00:20+08:00',
      }),
      accDoc('m1', 'a1', {
        lastLiveAt: '2026-05-09T11:00:00+08:00',
        updatedAt: '2026-05-10T11:05:00+08:00',
      }),
      monthDoc('m3', 'a2', {
        sessions: [sess('L1', S, E, {}, 'a2')],
        updatedAt: '2026-05-10T09:00:00+08:00',
      }),
    ]);
    expect(r.shops).toEqual([
      {
        platform: 'jd',
        accountId: 'a1',
        machines: [M('m1'), M('m2')],
        lastLive: { machine: M('m2'), at: '2026-05-10T11:00:00+08:00' },
        live: true,
        updatedAt: '2026-05-10T11:05:00+08:00',
      },
      {
        platform: 'jd',
        accountId: 'a2',
        machines: [M('m3')],
        lastLive: null,
        live: false,
        updatedAt: '2026-05-10T09:00:00+08:00',
      },
    ]);
    expect(r.history.accounts.map((a) => a.displayName)).toEqual(['店a1', 'a2']);
    expect(r.history.exportedAt).toBe('2026-05-10T11:05:00+08:00');
    expect(checkHistory(HistorySchema.parse(r.history))).toBeNull();
  });
});
