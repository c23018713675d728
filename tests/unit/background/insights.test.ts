import { describe, expect, it } from 'vitest';
import { insightsFor } from '../../../src/background/insights';
import { emptyLedger, sessKey, type Ledger } from '../../../src/history/ledger';
import type { Point } from '../../../src/insight/series';
import type { AccountEvaluation, Evaluation, ItemResult } from '../../../src/rules/result';

const MIN = 60_000;
const at = (iso: string): number => Date.parse(iso);
const NOW = at('2026-01-20T20:30:00+08:00'); // a Tuesday

function session(l: Ledger, id: string, start: string, end: string | null, gmv: Point[]): void {
  const k = sessKey('jd', 'jd-1', id);
  l.sessions[k] = {
    platform: 'jd',
    accountId: 'jd-1',
    sessionId: id,
    start,
    end,
    live: end === null,
    metrics: {},
    flags: {},
    lastSeenAt: end ?? start,
  };
  l.tracks[k] = {
    platform: 'jd',
    accountId: 'jd-1',
    sessionId: id,
    seg: {},
    perDay: {},
    scraped: {},
    series: { gmvFen: gmv },
  };
}

/** A straight climb of `perMin` fen a minute from `start`, sampled each minute for `mins`. */
const climb = (start: string, mins: number, perMin: number): Point[] =>
  Array.from({ length: mins }, (_, i) => [at(start) + (i + 1) * MIN, (i + 1) * perMin] as const);

const item = (over: Partial<ItemResult> & Pick<ItemResult, 'itemId'>): ItemResult => ({
  packId: 'p',
  group: { zh: 'g', en: 'g' },
  label: { zh: 'l', en: 'l' },
  period: 'day',
  unit: 'fen',
  current: 0,
  threshold: 0,
  remaining: 0,
  status: 'on_track',
  assumptions: [],
  warnings: [],
  ...over,
});

function evaluation(live: boolean, items: ItemResult[]): Evaluation {
  const acc: AccountEvaluation = {
    platform: 'jd',
    accountId: 'jd-1',
    displayName: 'x',
    provisional: false,
    live,
    items,
    assumptions: [],
    cycle: {
      id: '2026-01',
      from: '2026-01-01',
      to: '2026-01-31',
      dataCutoff: '2026-01-28',
      enrolBy: '2026-01-26',
      rewardsBy: '2026-01-31',
      enrolled: '2026-01-22',
      projected: false,
    },
  };
  return { now: new Date(NOW).toISOString(), packVersions: {}, accounts: [acc] };
}

describe('insightsFor', () => {
  const l = emptyLedger();
  // Live since 20:00 at ¥10 a minute: the last 10 minutes gained ¥100, the 10 before ¥100.
  session(
    l,
    'now',
    '2026-01-20T20:00:00+08:00',
    null,
    climb('2026-01-20T20:00:00+08:00', 30, 1_000),
  );
  const cycleItem = item({
    itemId: 'cycle.duration',
    period: 'cycle',
    unit: 'minutes',
    remaining: 600,
    daysLeft: 9,
  });
  const dayItem = item({ itemId: 'daily.gmv', remaining: 50_000, current: 30_000 });

  it('a live account gets its 10-minute deltas from the stored series', () => {
    const [ins] = insightsFor(l, evaluation(true, [dayItem]), NOW);
    expect(ins!.live!.deltas.gmvFen).toEqual({ last: 10_000, prev: 10_000, trend: 'flat' });
    // No past sessions: the curve cannot price the item; the what-if falls back to the line.
    expect(ins!.live!.pace).toEqual({});
    // ¥300 in 30 minutes: one more hour at that rate adds ¥600.
    expect(ins!.live!.whatIf!.values.gmvFen).toEqual({ value: 90_000, basis: 'line' });
  });

  it('an account that is not live gets no live insight', () => {
    const [ins] = insightsFor(l, evaluation(false, [dayItem]), NOW);
    expect(ins!.live).toBeNull();
  });

  it('plans a cycle item from the enrolment day (later than today) to the data cutoff', () => {
    const [ins] = insightsFor(l, evaluation(false, [cycleItem]), NOW);
    const plan = ins!.plans['cycle.duration']!;
    // Enrolled 01-22: 01-22 … 01-28 is 7 days; 600 min / 7 rounds up to 86.
    expect(plan.even!.days.length).toBe(7);
    expect(plan.even!.perDay).toBe(86);
  });

  it('uses past sessions: three earlier evenings make the curve price the item', () => {
    const l2 = emptyLedger();
    session(
      l2,
      'now',
      '2026-01-20T20:00:00+08:00',
      null,
      climb('2026-01-20T20:00:00+08:00', 30, 1_000),
    );
    for (const d of ['17', '18', '19']) {
      const start = `2026-01-${d}T20:00:00+08:00`;
      // Same start, ¥10 a minute for two hours, then it ended at 22:00.
      session(l2, d, start, `2026-01-${d}T22:00:00+08:00`, climb(start, 120, 1_000));
    }
    const [ins] = insightsFor(l2, evaluation(true, [dayItem]), NOW);
    // 30,000 now, 50,000 more needed: by the curve (linear past sessions) at 80 minutes → 21:20.
    expect(ins!.live!.pace['daily.gmv']).toEqual({
      etaMs: at('2026-01-20T21:20:00+08:00'),
      basis: 'curve',
    });
    expect(ins!.live!.whatIf!.values.gmvFen).toEqual({ value: 90_000, basis: 'curve' });
    expect(ins!.live!.whatIf!.reaches).toEqual(['daily.gmv']);
  });
});
