import { describe, expect, it } from 'vitest';
import { reviewSession } from '../../../src/insight/review';
import type { Point } from '../../../src/insight/series';

const START = Date.parse('2026-11-20T19:00:00+08:00');
const min = (m: number) => START + m * 60_000;
const clock = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(11, 19);
// GMV 200 fen a minute for 120 minutes; buyers 1 every 4 minutes.
const gmv: Point[] = Array.from({ length: 121 }, (_, m) => [min(m), m * 200] as const);
const buyers: Point[] = Array.from({ length: 31 }, (_, i) => [min(i * 4), i] as const);

describe('reviewSession', () => {
  const finals = { gmvFen: 24_000, buyers: 30 };
  const series = { gmvFen: gmv, buyers };

  it('finds the moment each target was crossed, counting what the day had before', () => {
    const r = reviewSession(
      START,
      finals,
      series,
      [
        { id: 'day-gmv', metric: 'gmvFen', threshold: 15_000, base: 5_000 },
        { id: 'buyers', metric: 'buyers', threshold: 10, base: 0 },
      ],
      [],
    );
    expect(
      r.outcomes.map((o) => [o.id, o.reachedAtMs && clock(o.reachedAtMs), o.missedBy]),
    ).toEqual([
      ['day-gmv', '19:50:00', 0],
      ['buyers', '19:40:00', 0],
    ]);
  });

  it('interpolates between samples, says how far a miss was, and met-before-start is the start', () => {
    const r = reviewSession(
      START,
      finals,
      series,
      [
        { id: 'mid', metric: 'gmvFen', threshold: 10_100, base: 0 },
        { id: 'miss', metric: 'gmvFen', threshold: 30_000, base: 1_000 },
        { id: 'already', metric: 'buyers', threshold: 5, base: 5 },
        { id: 'unread', metric: 'dau', threshold: 1_000, base: 0 },
      ],
      [],
    );
    expect(r.outcomes).toEqual([
      { id: 'mid', reachedAtMs: min(50) + 30_000, missedBy: 0 },
      { id: 'miss', reachedAtMs: null, missedBy: 5_000 },
      { id: 'already', reachedAtMs: START, missedBy: 0 },
      { id: 'unread', reachedAtMs: null, missedBy: null },
    ]);
  });

  it('compares with the median of the last 7 sessions that have the figure', () => {
    const previous = [
      { gmvFen: 1 }, // the eighth from last: not counted
      { gmvFen: 10_000, buyers: 20 },
      { gmvFen: 30_000 },
      { gmvFen: 20_000, buyers: 40 },
      { gmvFen: 16_000 },
      { gmvFen: 20_000 },
      { gmvFen: 18_000 },
      { gmvFen: 22_000 },
    ];
    const r = reviewSession(START, finals, series, [], previous);
    expect(r.comparisons).toEqual([
      { metric: 'gmvFen', value: 24_000, median: 20_000, change: 0.2 },
      { metric: 'buyers', value: 30, median: 30, change: 0 },
    ]);
    expect(reviewSession(START, { dau: 5 }, {}, [], previous).comparisons).toEqual([
      { metric: 'dau', value: 5, median: null, change: null },
    ]);
  });
});
