import { describe, expect, it } from 'vitest';
import { H, day, history, m, run, session } from './helpers';

// The unit suite runs under TZ=Asia/Shanghai, UTC and America/Los_Angeles (npm run test:unit):
// this snapshot of Beijing clock strings must be identical under each.
describe('identical evaluation in every machine time zone', () => {
  it('JD near Beijing midnight (a different UTC and Los Angeles day)', () => {
    const now = '2026-01-20T23:30:00+08:00';
    const s = session(
      'jd',
      'live',
      '2026-01-20T22:00:00+08:00',
      null,
      m({ durationSec: H(1, 30), gmvFen: 900_000 }, now),
    );
    const h = history(
      'jd',
      [day('jd', '2026-01-20', m({ durationSec: H(3, 40), gmvFen: 1_400_000 }, now))],
      [s],
    );
    const acc = run(h, { jdEnrolled: { '2026-01': '2026-01-20' } }, now);
    const summary = acc.items.map(
      (i) =>
        `${i.packId}/${i.itemId}:${i.status}:${i.remaining}:${i.eta ?? '-'}:${i.deadline?.at ?? '-'}`,
    );
    expect(summary).toEqual([
      'jd-growth/daily-1-duration:on_track:20:2026-01-20T23:50:00+08:00:2026-01-21T00:00:00+08:00',
      'jd-growth/daily-2-dau:unknown:null:-:2026-01-21T00:00:00+08:00',
      'jd-growth/daily-3-gmv:on_track:100000:2026-01-20T23:40:00+08:00:2026-01-21T00:00:00+08:00',
      'jd-growth/monthly-1-duration:behind:6980:-:2026-01-29T00:00:00+08:00',
      'jd-growth/monthly-2-dau:unknown:null:-:2026-01-29T00:00:00+08:00',
      'jd-growth/monthly-3-gmv:behind:43600000:-:2026-01-29T00:00:00+08:00',
      'jd-northstar/daily-1-duration:unknown:140:-:2026-01-21T00:00:00+08:00',
      'jd-northstar/daily-2-dau:unknown:null:-:2026-01-21T00:00:00+08:00',
      'jd-northstar/daily-3-gmv:unknown:1600000:-:2026-01-21T00:00:00+08:00',
      'jd-northstar/pool-1-live-days:unknown:null:-:-',
      'jd-northstar/pool-2-live-hours:unknown:null:-:-',
      'jd-northstar/pool-3-anchor-level:unknown:null:-:-',
      'jd-northstar/reg-1-monthly-live-days:unknown:null:-:-',
      'jd-northstar/reg-2-avg-duration:unknown:null:-:-',
      'jd-northstar/reg-3-avg-gmv:unknown:null:-:-',
    ]);
  });
});
