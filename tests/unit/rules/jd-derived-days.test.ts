import { describe, expect, it } from 'vitest';
import { H, day, history, item, m, run, session } from './helpers';

// A history that lists sessions but no day records (e.g. an import of sessions only): days are
// derived from the sessions, never counted as 0 (issue #11). Same rule as the history's rollup:
// duration split at Beijing midnight, a session's other totals on the day it started.
const NOW = '2026-01-20T23:00:00+08:00';
const enrolled = { jdEnrolled: { '2026-01': '2026-01-05' } };
const at = (iso: string) => iso;
const s1 = session(
  'jd',
  's1',
  '2026-01-20T19:00:00+08:00',
  '2026-01-20T21:30:00+08:00',
  m({ durationSec: H(2, 30), dau: 800, gmvFen: 1_000_000 }, at('2026-01-20T21:30:00+08:00')),
);
const s2 = session(
  'jd',
  's2',
  '2026-01-19T23:00:00+08:00',
  '2026-01-20T01:00:00+08:00',
  m({ durationSec: H(2), dau: 300, gmvFen: 500_000 }, at('2026-01-20T01:00:00+08:00')),
);
const s3 = session(
  'jd',
  's3',
  '2026-01-18T20:00:00+08:00',
  '2026-01-18T22:00:00+08:00',
  m({ durationSec: H(2), dau: 100 }, at('2026-01-18T22:00:00+08:00')),
);

describe('JD days derived from sessions when the day record is missing', () => {
  const acc = run(history('jd', [], [s1, s2, s3]), enrolled, NOW);

  it("today's duration includes the hour after midnight of yesterday's session", () => {
    expect(item(acc, 'jd-growth', 'daily-1-duration').current).toBe(210);
  });
  it("today's viewers and GMV are the totals of the sessions that started today", () => {
    expect(item(acc, 'jd-growth', 'daily-2-dau').current).toBe(800);
    expect(item(acc, 'jd-growth', 'daily-3-gmv').current).toBe(1_000_000);
  });
  it('the month counts every derived day: 2 h + 1 h + 3 h 30 m', () => {
    expect(item(acc, 'jd-growth', 'monthly-1-duration').current).toBe(390);
  });
  it('a session without the figure makes its day unknown, not 0', () => {
    const only3 = run(history('jd', [], [s3]), enrolled, '2026-01-18T23:00:00+08:00');
    expect(item(only3, 'jd-growth', 'daily-3-gmv').current).toBeNull();
    expect(item(only3, 'jd-growth', 'daily-3-gmv').status).toBe('unknown');
    expect(item(only3, 'jd-growth', 'daily-1-duration').current).toBe(120);
  });
  it('a day record, where present, stays the authority', () => {
    const withDay = run(
      history(
        'jd',
        [day('jd', '2026-01-20', m({ durationSec: H(1), dau: 50, gmvFen: 7 }, NOW), 1)],
        [s1, s2],
      ),
      enrolled,
      NOW,
    );
    expect(item(withDay, 'jd-growth', 'daily-1-duration').current).toBe(60);
    expect(item(withDay, 'jd-growth', 'daily-3-gmv').current).toBe(7);
  });
  it('no record and no session: a day without a live, 0', () => {
    const none = run(history('jd', [], []), enrolled, NOW);
    expect(item(none, 'jd-growth', 'daily-1-duration').current).toBe(0);
  });
});
