import { describe, expect, it } from 'vitest';
import { beijingClock } from '../../../src/time/calendar';
import { H, day, history, item, m, run, session } from './helpers';

// DOMAIN.md §1 worked example: enrolled 2026-01-05, now 2026-01-20 15:00 CST, cycle so far 80 h,
// today 2 h 30 m live and still live.
const NOW = '2026-01-20T15:00:00+08:00';

function example() {
  const days = [];
  // 01-05 … 01-19: 15 days; 77 h 30 m before today so that with today's 2 h 30 m the cycle is 80 h.
  const before = H(77, 30);
  for (let d = 5; d <= 19; d++) {
    const sec = d === 5 ? before - 14 * H(5, 10) : H(5, 10);
    days.push(day('jd', `2026-01-${String(d).padStart(2, '0')}`, m({ durationSec: sec }, NOW)));
  }
  // A day before enrolment that must not count.
  days.push(day('jd', '2026-01-04', m({ durationSec: H(10) }, NOW)));
  days.push(day('jd', '2026-01-20', m({ durationSec: H(2, 30) }, NOW)));
  const live = session(
    'jd',
    'live1',
    '2026-01-20T12:30:00+08:00',
    null,
    m({ durationSec: H(2, 30) }, NOW),
  );
  live.lastSeenAt = NOW;
  return history('jd', days, [live]);
}

describe('DOMAIN.md §1 worked example', () => {
  const acc = run(example(), { jdEnrolled: { '2026-01': '2026-01-05' } }, NOW);

  it('daily 直播时长: 90 minutes remain, reached at 16:30 Beijing', () => {
    const d = item(acc, 'jd-growth', 'daily-1-duration');
    expect(d.current).toBe(150);
    expect(d.remaining).toBe(90);
    expect(d.status).toBe('on_track');
    expect(d.eta).toBe('2026-01-20T16:30:00+08:00');
    expect(beijingClock(d.eta ?? '')).toBe('16:30');
    expect(d.deadline?.at).toBe('2026-01-21T00:00:00+08:00');
  });

  it('monthly 直播总时长: 40 h over 9 days = 267 min (4 h 27 m) a day', () => {
    const mo = item(acc, 'jd-growth', 'monthly-1-duration');
    expect(mo.current).toBe(80 * 60);
    expect(mo.remaining).toBe(40 * 60);
    expect(mo.daysLeft).toBe(9);
    expect(mo.perDay).toBe(267);
    expect(mo.deadline?.kind).toBe('data_cutoff');
    expect(mo.deadline?.at).toBe('2026-01-29T00:00:00+08:00');
    expect(mo.deadline?.projected).toBe(false);
    expect(acc.cycle).toEqual({
      id: '2026-01',
      from: '2026-01-01',
      to: '2026-01-31',
      dataCutoff: '2026-01-28',
      enrolBy: '2026-01-26',
      rewardsBy: '2026-01-31',
      enrolled: '2026-01-05',
      projected: false,
    });
  });
});
