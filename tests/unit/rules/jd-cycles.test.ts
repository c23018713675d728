import { describe, expect, it } from 'vitest';
import { H, day, history, item, m, run, session } from './helpers';

const d = (k: string, sec: number, at = '2026-01-20T12:00:00+08:00') =>
  day('jd', k, m({ durationSec: sec }, at));

describe('JD enrolment and data-cutoff edges', () => {
  const h = history('jd', [
    d('2026-01-04', H(10)),
    d('2026-01-05', H(3)),
    d('2026-01-28', H(4)),
    d('2026-01-29', H(6)),
  ]);

  it('counting starts on the enrolment day: the day before does not count, the day itself does', () => {
    const r = item(
      run(h, { jdEnrolled: { '2026-01': '2026-01-05' } }, '2026-01-28T20:00:00+08:00'),
      'jd-growth',
      'monthly-1-duration',
    );
    expect(r.current).toBe(7 * 60);
    expect(r.daysLeft).toBe(1);
  });

  it('before the enrolment day: not applicable with the reason', () => {
    const r = item(
      run(h, { jdEnrolled: { '2026-01': '2026-01-10' } }, '2026-01-05T20:00:00+08:00'),
      'jd-growth',
      'daily-1-duration',
    );
    expect(r.status).toBe('not_applicable');
    expect(r.reason?.en).toContain('2026-01-10');
  });

  it('no enrolment date while enrolment is open: counted from the cycle start, as an assumption', () => {
    const acc = run(h, {}, '2026-01-05T20:00:00+08:00');
    const r = item(acc, 'jd-growth', 'daily-1-duration');
    expect(r.status).toBe('behind');
    expect(r.current).toBe(180);
    expect(r.assumptions.map((a) => a.id)).toContain('jd-enrol-unset');
    expect(r.assumptions.find((a) => a.id === 'jd-enrol-unset')?.alternative?.en).toContain(
      '2026-01-26',
    );
    // Counted from the cycle start: 01-04 (10 h) + 01-05 (3 h); enrolled on 01-05 it is 3 h.
    expect(item(acc, 'jd-growth', 'monthly-1-duration').current).toBe(13 * 60);
    const enrolled = run(
      h,
      { jdEnrolled: { '2026-01': '2026-01-05' } },
      '2026-01-05T20:00:00+08:00',
    );
    expect(item(enrolled, 'jd-growth', 'monthly-1-duration').current).toBe(3 * 60);
  });

  it('no enrolment date after enrolment closed: not applicable with the reason', () => {
    const r = item(run(h, {}, '2026-01-27T20:00:00+08:00'), 'jd-growth', 'daily-1-duration');
    expect(r.status).toBe('not_applicable');
    expect(r.reason?.en).toContain('2026-01-26');
    // A reason a setting resolves carries the flag the popup turns into a settings link.
    expect(r.reason?.setting).toBe(true);
    const ns = item(run(h, {}, '2026-01-20T20:00:00+08:00'), 'jd-northstar', 'daily-1-duration');
    expect(ns.status).toBe('unknown');
    expect(ns.reason?.setting).toBe(true);
  });

  it('the cutoff day counts, the day after does not', () => {
    const acc = run(h, { jdEnrolled: { '2026-01': '2026-01-05' } }, '2026-01-29T20:00:00+08:00');
    const mo = item(acc, 'jd-growth', 'monthly-1-duration');
    expect(mo.current).toBe(7 * 60);
    expect(mo.daysLeft).toBe(0);
    expect(mo.status).toBe('behind');
    expect(item(acc, 'jd-growth', 'daily-1-duration').status).toBe('not_applicable');
  });

  it('a session that ends after the data cutoff is excluded and shown', () => {
    const s = session(
      'jd',
      'late',
      '2026-01-28T22:00:00+08:00',
      '2026-01-29T01:00:00+08:00',
      m({ gmvFen: 100 }, '2026-01-29T01:00:00+08:00'),
    );
    const h2 = history('jd', [d('2026-01-28', H(2)), d('2026-01-29', H(1))], [s]);
    const acc = run(h2, { jdEnrolled: { '2026-01': '2026-01-05' } }, '2026-01-29T10:00:00+08:00');
    expect(item(acc, 'jd-growth', 'monthly-1-duration').current).toBe(0);
    expect(item(acc, 'jd-growth', 'session-late').status).toBe('excluded');
  });
});

describe('projected cycles', () => {
  it('2026-11 is projected from the pattern: enrol by 11-25, data until 11-27', () => {
    const h = history('jd', [d('2026-11-10', H(5), '2026-11-10T20:00:00+08:00')]);
    const acc = run(h, { jdEnrolled: { '2026-11': '2026-11-01' } }, '2026-11-10T20:00:00+08:00');
    expect(acc.cycle).toEqual({
      id: '2026-11',
      from: '2026-11-01',
      to: '2026-11-30',
      dataCutoff: '2026-11-27',
      enrolBy: '2026-11-25',
      rewardsBy: '2026-11-30',
      enrolled: '2026-11-01',
      projected: true,
    });
    const mo = item(acc, 'jd-growth', 'monthly-1-duration');
    expect(mo.deadline?.projected).toBe(true);
    expect(mo.deadline?.label.zh).toContain('推算');
    expect(mo.daysLeft).toBe(18);
    expect(mo.warnings.map((w) => w.en)).toContain('Cycle projected, not yet published');
  });
  it('published cycles win: 2026-02 data cutoff is 02-25', () => {
    const acc = run(
      history('jd', []),
      { jdEnrolled: { '2026-02': '2026-02-01' } },
      '2026-02-10T12:00:00+08:00',
    );
    expect(acc.cycle?.projected).toBe(false);
    expect(acc.cycle?.dataCutoff).toBe('2026-02-25');
  });
  it('a seller who has not enrolled still sees the enrol-by and rewards-by dates (DOMAIN.md §4a)', () => {
    const acc = run(history('jd', []), {}, '2026-02-10T12:00:00+08:00');
    expect(acc.cycle).toMatchObject({
      enrolBy: '2026-02-23',
      rewardsBy: '2026-02-28',
      enrolled: null,
    });
    const dec = run(history('jd', []), {}, '2026-12-31T23:59:59+08:00');
    expect(dec.cycle).toMatchObject({
      id: '2026-12',
      enrolBy: '2026-12-26',
      dataCutoff: '2026-12-28',
      rewardsBy: '2026-12-31',
    });
  });
  it('months before the first published cycle have no cycle', () => {
    const r = item(
      run(history('jd', []), {}, '2025-12-10T12:00:00+08:00'),
      'jd-growth',
      'daily-1-duration',
    );
    expect(r.status).toBe('not_applicable');
  });
});

describe('sessions ≥ 24 h, 20 h warning, no-cart', () => {
  const enrolled = { jdEnrolled: { '2026-01': '2026-01-02' } };
  it('a 24 h session is excluded from day and cycle totals and shown as excluded', () => {
    const s = session(
      'jd',
      'long',
      '2026-01-10T08:00:00+08:00',
      '2026-01-11T08:00:00+08:00',
      m({ gmvFen: 2_000_000, dau: 800 }, '2026-01-11T08:00:00+08:00'),
    );
    const h = history(
      'jd',
      [
        day(
          'jd',
          '2026-01-10',
          m(
            { durationSec: H(16) + H(1), gmvFen: 2_500_000, dau: 900 },
            '2026-01-11T08:00:00+08:00',
          ),
        ),
        day('jd', '2026-01-11', m({ durationSec: H(8) }, '2026-01-11T08:00:00+08:00')),
      ],
      [s],
    );
    const acc = run(h, enrolled, '2026-01-12T12:00:00+08:00');
    expect(item(acc, 'jd-growth', 'monthly-1-duration').current).toBe(60);
    expect(item(acc, 'jd-growth', 'monthly-3-gmv').current).toBe(500_000);
    expect(item(acc, 'jd-growth', 'monthly-2-dau').current).toBe(100);
    const ex = item(acc, 'jd-growth', 'session-long');
    expect(ex.status).toBe('excluded');
    expect(ex.current).toBe(24 * 60);
  });
  it('a 23 h 59 m session counts', () => {
    const s = session('jd', 'ok', '2026-01-10T08:00:00+08:00', '2026-01-11T07:59:00+08:00');
    const h = history(
      'jd',
      [
        day('jd', '2026-01-10', m({ durationSec: H(16) }, '2026-01-11T08:00:00+08:00')),
        day('jd', '2026-01-11', m({ durationSec: H(7, 59) }, '2026-01-11T08:00:00+08:00')),
      ],
      [s],
    );
    const acc = run(h, enrolled, '2026-01-12T12:00:00+08:00');
    expect(item(acc, 'jd-growth', 'monthly-1-duration').current).toBe(23 * 60 + 59);
    expect(acc.items.some((i) => i.status === 'excluded')).toBe(false);
  });
  it('warns from 20 h while live', () => {
    const now = '2026-01-11T04:00:00+08:00';
    const s = session(
      'jd',
      'live',
      '2026-01-10T08:00:00+08:00',
      null,
      m({ durationSec: H(20) }, now),
    );
    const h = history('jd', [day('jd', '2026-01-11', m({ durationSec: H(4) }, now))], [s]);
    const r = item(run(h, enrolled, now), 'jd-growth', 'daily-1-duration');
    expect(r.warnings.map((w) => w.en).join(' ')).toContain('2026-01-11T08:00:00+08:00');
  });
  it('no warning at 19 h 59 m', () => {
    const now = '2026-01-11T03:59:00+08:00';
    const s = session('jd', 'live', '2026-01-10T08:00:00+08:00', null);
    const h = history('jd', [day('jd', '2026-01-11', m({ durationSec: H(3, 59) }, now))], [s]);
    expect(item(run(h, enrolled, now), 'jd-growth', 'daily-1-duration').warnings).toEqual([]);
  });
  it('a no-cart session does not count', () => {
    const s = session(
      'jd',
      'nocart',
      '2026-01-10T10:00:00+08:00',
      '2026-01-10T12:00:00+08:00',
      {},
      { noCart: true },
    );
    const h = history(
      'jd',
      [day('jd', '2026-01-10', m({ durationSec: H(5) }, '2026-01-10T20:00:00+08:00'))],
      [s],
    );
    const acc = run(h, enrolled, '2026-01-12T12:00:00+08:00');
    expect(item(acc, 'jd-growth', 'monthly-1-duration').current).toBe(180);
    expect(item(acc, 'jd-growth', 'session-nocart').reason?.en).toContain('cart');
  });
});
