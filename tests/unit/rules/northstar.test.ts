import { describe, expect, it } from 'vitest';
import { H, day, history, item, m, run } from './helpers';

const NOW = '2026-01-20T12:00:00+08:00';

/** n live days from 2025-10-01 with `sec` each and `gmv` fen each. */
function period(n: number, sec: number, gmv: number) {
  const days = [];
  for (let i = 0; i < n; i++) {
    const k = new Date(Date.UTC(2025, 9, 1 + i)).toISOString().slice(0, 10);
    days.push(day('jd', k, m({ durationSec: sec, gmvFen: gmv }, `${k}T23:00:00+08:00`)));
  }
  return history('jd', days);
}

describe('北极星 pool entry and registration checks', () => {
  it('pool: 50 live days and 300 h in 2025-10-01 … 12-15 (49 days just below)', () => {
    const ok = run(period(50, H(6), 0), { jdAnchorLevel: 4 }, NOW);
    expect(item(ok, 'jd-northstar', 'pool-1-live-days')).toMatchObject({
      current: 50,
      status: 'done',
    });
    expect(item(ok, 'jd-northstar', 'pool-2-live-hours')).toMatchObject({
      current: 18000,
      status: 'done',
    });
    expect(item(ok, 'jd-northstar', 'pool-3-anchor-level')).toMatchObject({
      current: 4,
      status: 'done',
    });
    const low = run(period(49, H(6), 0), { jdAnchorLevel: 3 }, NOW);
    expect(item(low, 'jd-northstar', 'pool-1-live-days')).toMatchObject({
      current: 49,
      status: 'behind',
      remaining: 1,
    });
    expect(item(low, 'jd-northstar', 'pool-2-live-hours')).toMatchObject({ remaining: 360 });
    expect(item(low, 'jd-northstar', 'pool-3-anchor-level').status).toBe('behind');
  });
  it('registration: daily averages per live day, shown with their assumptions', () => {
    const acc = run(period(92, H(6), 10_000_000), {}, NOW);
    const avg = item(acc, 'jd-northstar', 'reg-2-avg-duration');
    expect(avg).toMatchObject({ current: 360, status: 'done' });
    expect(avg.assumptions.map((a) => a.id)).toEqual(['daily-average-per-live-day']);
    expect(item(acc, 'jd-northstar', 'reg-3-avg-gmv')).toMatchObject({
      current: 10_000_000,
      status: 'done',
    });
    expect(item(acc, 'jd-northstar', 'reg-1-monthly-live-days')).toMatchObject({
      current: 30,
      status: 'done',
    });
    expect(item(acc, 'jd-northstar', 'pool-3-anchor-level').status).toBe('unknown');
  });
  it('registration: each month must reach 20 live days (the weakest month is shown)', () => {
    // 61 days: October and November full, December empty.
    const acc = run(period(61, H(7), 0), {}, NOW);
    const r = item(acc, 'jd-northstar', 'reg-1-monthly-live-days');
    expect(r).toMatchObject({ current: 0, status: 'behind' });
    expect(r.reason?.en).toContain('2025-12: 0');
  });
  it('daily items: members only', () => {
    const h = history('jd', [day('jd', '2026-01-20', m({ durationSec: H(6) }, NOW))]);
    expect(
      item(run(h, { jdNorthstarMember: true }, NOW), 'jd-northstar', 'daily-1-duration').status,
    ).toBe('done');
    expect(
      item(run(h, { jdNorthstarMember: false }, NOW), 'jd-northstar', 'daily-1-duration').status,
    ).toBe('not_applicable');
  });
});
