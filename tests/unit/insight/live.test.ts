import { describe, expect, it } from 'vitest';
import type { MetricKey } from '../../../src/history/model';
import { liveInsight } from '../../../src/insight/live';
import type { Point } from '../../../src/insight/series';
import type { ItemResult } from '../../../src/rules/result';

const dayAt = (d: number, hm: string) =>
  Date.parse(`2026-11-${String(d).padStart(2, '0')}T${hm}:00+08:00`);
const surge = (x: number) => (x <= 0.5 ? 0.4 * x : 0.2 + 1.6 * (x - 0.5));

/** Per-minute samples of total·shape over `hours` from `start`, up to `upto` minutes. */
function pts(
  start: number,
  hours: number,
  total: number,
  shape: (x: number) => number,
  upto = hours * 60,
): Point[] {
  return Array.from(
    { length: upto + 1 },
    (_, m) => [start + m * 60_000, Math.round(total * shape(m / (hours * 60)))] as const,
  );
}

const item = (
  itemId: string,
  unit: ItemResult['unit'],
  remaining: number,
  period: ItemResult['period'] = 'day',
) => ({ itemId, unit, remaining, period, status: 'behind' }) as ItemResult;

function input(pastCount: number) {
  const start = dayAt(20, '19:00');
  const past = [0.9, 1, 1.2, 0.8].slice(0, pastCount).map((k, i) => {
    const s = dayAt(10 + i, '19:00');
    const series: Partial<Record<MetricKey, Point[]>> = { gmvFen: pts(s, 4, 10_000 * k, surge) };
    return { startMs: s, endMs: s + 4 * 3_600_000, series };
  });
  return {
    startMs: start,
    series: {
      gmvFen: pts(start, 4, 10_000, surge, 120),
      durationSec: [[start + 7_200_000, 7_200] as const],
    },
    past,
    items: [
      item('day-gmv', 'fen', 6_000),
      item('month-gmv', 'fen', 6_000, 'month'),
      item('hours', 'minutes', 60),
      item('club', 'members', 5),
    ],
  };
}

describe('liveInsight', () => {
  const now = dayAt(20, '21:00');

  it('with three past sessions: curve ETA, curve what-if, 10-minute deltas', () => {
    const r = liveInsight(input(3), now);
    // 2,000 now; 8,000 is 0.8 of a 10,000 session → 22:30 on the surge shape.
    expect(new Date(r.pace['day-gmv']!.etaMs!).toISOString()).toBe('2026-11-20T14:30:00.000Z');
    expect(r.pace['day-gmv']!.basis).toBe('curve');
    expect(r.pace['month-gmv']).toBeUndefined();
    expect(r.pace.hours).toBeUndefined();
    expect(r.whatIf).toEqual({
      moreMs: 3_600_000,
      values: { gmvFen: { value: 6_000, basis: 'curve' } },
      reaches: [],
    });
    // Before 21:00 the shape grows 0.4 of 10,000 over 4 h: 166.7 fen per 10 minutes.
    expect(r.deltas.gmvFen).toEqual({ last: 167, prev: 166, trend: 'flat' });
    expect(r.deltas.durationSec).toBeUndefined();
  });

  it('what-if reaches an item when one more hour covers what remains', () => {
    // One more hour: 2,000 → 6,000, so +4,000.
    const inp = (rem: number) => ({ ...input(3), items: [item('day-gmv', 'fen', rem)] });
    expect(liveInsight(inp(4_000), now).whatIf!.reaches).toEqual(['day-gmv']);
    expect(liveInsight(inp(4_001), now).whatIf!.reaches).toEqual([]);
  });

  it('with two past sessions: no curve ETA (the popup keeps the straight line), what-if by the line', () => {
    const r = liveInsight(input(2), now);
    expect(r.pace).toEqual({});
    // The straight line: 2,000 in 2 h → +1,000 in the next hour.
    expect(r.whatIf!.values.gmvFen).toEqual({ value: 3_000, basis: 'line' });
  });
});
