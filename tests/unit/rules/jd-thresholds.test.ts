import { describe, expect, it } from 'vitest';
import { H, day, history, item, m, run, session } from './helpers';

const NOW = '2026-01-20T23:00:00+08:00';
const enrolled = { jdEnrolled: { '2026-01': '2026-01-02' } };

const dailyCases = [
  { pack: 'jd-growth', id: 'daily-1-duration', metric: 'durationSec', at: H(4), unitAt: 240 },
  { pack: 'jd-growth', id: 'daily-2-dau', metric: 'dau', at: 1000, unitAt: 1000 },
  { pack: 'jd-growth', id: 'daily-3-gmv', metric: 'gmvFen', at: 1_500_000, unitAt: 1_500_000 },
  { pack: 'jd-northstar', id: 'daily-1-duration', metric: 'durationSec', at: H(6), unitAt: 360 },
  { pack: 'jd-northstar', id: 'daily-2-dau', metric: 'dau', at: 1500, unitAt: 1500 },
  { pack: 'jd-northstar', id: 'daily-3-gmv', metric: 'gmvFen', at: 3_000_000, unitAt: 3_000_000 },
] as const;

describe('JD daily thresholds at the boundary', () => {
  for (const c of dailyCases) {
    const step = c.metric === 'durationSec' ? 60 : 1;
    for (const [name, value, done] of [
      ['just below', c.at - step, false],
      ['exactly at', c.at, true],
      ['above', c.at + step, true],
    ] as const) {
      it(`${c.pack} ${c.id} ${name}`, () => {
        const h = history('jd', [day('jd', '2026-01-20', m({ [c.metric]: value }, NOW))]);
        const r = item(run(h, { ...enrolled, jdNorthstarMember: true }, NOW), c.pack, c.id);
        expect(r.threshold).toBe(c.unitAt);
        expect(r.status === 'done').toBe(done);
        expect(r.remaining).toBe(done ? 0 : step === 60 ? 1 : 1);
      });
    }
  }

  it('rewards and caps come from the seed', () => {
    const h = history('jd', [day('jd', '2026-01-20', m({ dau: 1 }, NOW))]);
    const acc = run(h, { ...enrolled, jdNorthstarMember: true }, NOW);
    expect(
      ['daily-1-duration', 'daily-2-dau', 'daily-3-gmv'].map(
        (i) => item(acc, 'jd-growth', i).reward?.pv,
      ),
    ).toEqual([300, 300, 400]);
    expect(
      ['monthly-1-duration', 'monthly-2-dau', 'monthly-3-gmv'].map(
        (i) => item(acc, 'jd-growth', i).reward?.pv,
      ),
    ).toEqual([5000, 5000, 10000]);
    expect(
      ['daily-1-duration', 'daily-2-dau', 'daily-3-gmv'].map(
        (i) => item(acc, 'jd-northstar', i).reward?.pv,
      ),
    ).toEqual([1000, 1000, 1000]);
  });
});

const monthlyCases = [
  { id: 'monthly-1-duration', metric: 'durationSec', total: H(120), step: 60 },
  { id: 'monthly-2-dau', metric: 'dau', total: 30000, step: 1 },
  { id: 'monthly-3-gmv', metric: 'gmvFen', total: 45_000_000, step: 1 },
] as const;

describe('JD monthly thresholds at the boundary', () => {
  for (const c of monthlyCases) {
    for (const [name, delta, done] of [
      ['just below', -c.step, false],
      ['exactly at', 0, true],
      ['above', c.step, true],
    ] as const) {
      it(`${c.id} ${name}`, () => {
        const half = c.total / 2;
        const h = history('jd', [
          day('jd', '2026-01-10', m({ [c.metric]: half }, NOW)),
          day('jd', '2026-01-11', m({ [c.metric]: half + delta }, NOW)),
        ]);
        const r = item(run(h, enrolled, NOW), 'jd-growth', c.id);
        expect(r.status === 'done').toBe(done);
        expect(r.remaining).toBe(done ? 0 : 1);
      });
    }
  }
});

describe('daily duration reachability before Beijing midnight', () => {
  it('is unreachable today when more minutes remain than are left before midnight', () => {
    // 23:00: 60 minutes left; 61 remain.
    const h = history('jd', [day('jd', '2026-01-20', m({ durationSec: H(2, 59) }, NOW))]);
    expect(item(run(h, enrolled, NOW), 'jd-growth', 'daily-1-duration').status).toBe(
      'unreachable_today',
    );
  });
  it('is still reachable when exactly the remaining minutes are left', () => {
    const h = history('jd', [day('jd', '2026-01-20', m({ durationSec: H(3) }, NOW))]);
    expect(item(run(h, enrolled, NOW), 'jd-growth', 'daily-1-duration').status).toBe('behind');
  });
  it('live: an ETA after midnight is unreachable_today', () => {
    const at = '2026-01-20T23:00:00+08:00';
    const live = session(
      'jd',
      's',
      '2026-01-20T21:00:00+08:00',
      null,
      m({ durationSec: H(2) }, at),
    );
    const h = history('jd', [day('jd', '2026-01-20', m({ durationSec: H(2) }, at))], [live]);
    const r = item(run(h, enrolled, NOW), 'jd-growth', 'daily-1-duration');
    expect(r.status).toBe('unreachable_today');
    expect(r.eta).toBeUndefined();
  });
  it('live GMV: ETA from the session pace', () => {
    const at = '2026-01-20T14:00:00+08:00';
    // ¥5,000 in 2 h → ¥2,500/h; ¥10,000 remain → 4 h → 18:00.
    const live = session('jd', 's', '2026-01-20T12:00:00+08:00', null, m({ gmvFen: 500_000 }, at));
    const h = history('jd', [day('jd', '2026-01-20', m({ gmvFen: 500_000 }, at))], [live]);
    const r = item(run(h, enrolled, '2026-01-20T14:00:00+08:00'), 'jd-growth', 'daily-3-gmv');
    expect(r.remaining).toBe(1_000_000);
    expect(r.status).toBe('on_track');
    expect(r.eta).toBe('2026-01-20T18:00:00+08:00');
  });
  it('live GMV: no ETA from less than 10 minutes of live time (a first reading is not a pace)', () => {
    const at = '2026-01-20T12:09:00+08:00';
    const live = session('jd', 's', '2026-01-20T12:00:00+08:00', null, m({ gmvFen: 500_000 }, at));
    const h = history('jd', [day('jd', '2026-01-20', m({ gmvFen: 500_000 }, at))], [live]);
    const r = item(run(h, enrolled, at), 'jd-growth', 'daily-3-gmv');
    expect(r.remaining).toBe(1_000_000);
    expect(r.eta).toBeUndefined();
    const at10 = '2026-01-20T12:10:00+08:00';
    const live10 = session(
      'jd',
      's',
      '2026-01-20T12:00:00+08:00',
      null,
      m({ gmvFen: 500_000 }, at10),
    );
    const h10 = history('jd', [day('jd', '2026-01-20', m({ gmvFen: 500_000 }, at10))], [live10]);
    // ¥5,000 in 10 min → ¥10,000 more in 20 min → 12:30.
    expect(item(run(h10, enrolled, at10), 'jd-growth', 'daily-3-gmv').eta).toBe(
      '2026-01-20T12:30:00+08:00',
    );
  });
});
