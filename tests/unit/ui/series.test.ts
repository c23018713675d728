import { describe, expect, it } from 'vitest';
import type { Day } from '../../../src/history/model';
import { cumulative, dailySeries, rolling30 } from '../../../src/ui/charts/series';

const day = (d: string, sessions: number, buyers?: number): Day => ({
  platform: 'alibaba',
  accountId: 'a',
  day: d,
  sessions,
  metrics:
    buyers === undefined
      ? {}
      : { buyers: { value: buyers, source: 'network', at: `${d}T12:00:00+08:00` } },
});

describe('history series', () => {
  const days = [day('2026-01-01', 1, 10), day('2026-01-02', 2), day('2026-01-31', 1, 5)];

  it('daily values keep unknown days as null', () => {
    expect(dailySeries(days, 'buyers', '2026-01-01', '2026-01-03')).toEqual([10, null, null]);
  });

  it('rolling 30 days end the day before (T+1)', () => {
    const r = rolling30(days, '2026-01-31', '2026-02-02');
    // On 01-31 the window is 01-01 … 01-30; on 02-01 it is 01-02 … 01-31; on 02-02, 01-03 … 02-01.
    expect(r.sessions).toEqual([3, 3, 1]);
    expect(r.buyers).toEqual([10, 5, 5]);
  });

  it('a rolling window with no record at all is unknown (null), not 0', () => {
    // On 01-01 the window is 12-02 … 12-31: nothing recorded. On 03-05 the window 02-03 … 03-04
    // is empty again.
    const r = rolling30(days, '2026-01-01', '2026-01-02');
    expect(r.sessions).toEqual([null, 1]);
    expect(r.buyers).toEqual([null, 10]);
    expect(rolling30(days, '2026-03-05', '2026-03-05')).toEqual({
      sessions: [null],
      buyers: [null],
    });
  });

  it('cumulative totals', () => {
    expect(cumulative([60, null, 30])).toEqual([60, 60, 90]);
    // Nothing known yet is no line at all rather than a line at 0.
    expect(cumulative([null, null, 45, null])).toEqual([null, null, 45, 45]);
    expect(cumulative([null, null])).toEqual([null, null]);
  });
});
