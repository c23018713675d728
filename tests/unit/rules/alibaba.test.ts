import { describe, expect, it } from 'vitest';
import type { AccountSettings } from '../../../src/history/model';
import { day, history, m, run, session } from './helpers';

const NOW = '2026-03-31T12:00:00+08:00';
const AT = '2026-03-01T00:00:00+08:00';
const v = (value: number) => ({ value, source: 'manual' as const, at: AT });
const shop = (
  medal: number,
  desc: number,
  ship: number,
  fans: number,
): AccountSettings['shop'] => ({
  chengxintong: true,
  commonOk: true,
  medal: { value: medal, source: 'manual', at: AT },
  bsrDesc: v(desc),
  bsrShip: v(ship),
  fans: v(fans),
});

/** `sessions` valid sessions and `buyers` buyers spread over days inside the window (03-01 … 03-30). */
function activity(sessions: number, buyers: number) {
  const days = [];
  for (let i = 0; i < Math.max(sessions, 1); i++) {
    const k = `2026-03-${String(i + 1).padStart(2, '0')}`;
    days.push(day('alibaba', k, m({ buyers: i === 0 ? buyers : 0 }, AT), i < sessions ? 1 : 0));
  }
  return history('alibaba', days);
}

const level = (
  cat: 'consumer' | 'industrial',
  s: AccountSettings['shop'],
  sessions: number,
  buyers: number,
) => run(activity(sessions, buyers), { alibabaCategory: cat, shop: s }, NOW).level;

describe('1688 consumer goods (消费品)', () => {
  const ok = shop(2, 4.6, 4.3, 0);
  it('达人: sessions ≥ 5 OR buyers ≥ 50', () => {
    expect(level('consumer', ok, 5, 0)?.current).toBe('daren');
    expect(level('consumer', ok, 4, 49)?.current).toBe('normal');
    expect(level('consumer', ok, 0, 50)?.current).toBe('daren');
    expect(level('consumer', ok, 6, 51)?.current).toBe('daren');
  });
  it('达人 facts at the boundary: medal 2A, 货描 4.6, 发货 4.3', () => {
    expect(level('consumer', shop(1, 4.6, 4.3, 0), 5, 0)?.current).toBe('normal');
    expect(level('consumer', shop(2, 4.59, 4.3, 0), 5, 0)?.current).toBe('normal');
    expect(level('consumer', shop(2, 4.6, 4.29, 0), 5, 0)?.current).toBe('normal');
  });
  const top = shop(3, 4.7, 4.3, 500);
  it('荣耀: sessions ≥ 15 AND buyers ≥ 300, fans ≥ 500, medal 3A, 货描 4.7', () => {
    expect(level('consumer', top, 15, 300)?.current).toBe('rongyao');
    expect(level('consumer', top, 16, 301)?.current).toBe('rongyao');
    expect(level('consumer', top, 14, 300)?.current).toBe('daren');
    expect(level('consumer', top, 15, 299)?.current).toBe('daren');
    expect(level('consumer', shop(3, 4.7, 4.3, 499), 15, 300)?.current).toBe('daren');
    expect(level('consumer', shop(3, 4.69, 4.3, 500), 15, 300)?.current).toBe('daren');
    expect(level('consumer', shop(2, 4.7, 4.3, 500), 15, 300)?.current).toBe('daren');
  });
  it('lists the gaps of the next level with the or-group', () => {
    const l = level('consumer', ok, 3, 20);
    expect(l?.next).toBe('daren');
    const s = l?.missing.find((g) => g.id === 'sessions30');
    expect(s).toMatchObject({ current: 3, threshold: 5, gap: 2, met: false, anyOf: 'activity' });
    expect(l?.missing.find((g) => g.id === 'buyers30')).toMatchObject({
      gap: 30,
      anyOf: 'activity',
    });
  });
});

describe('1688 industrial goods (工业品)', () => {
  it('达人: medal 2A and (sessions ≥ 3 OR buyers ≥ 10)', () => {
    const s = { chengxintong: true, medal: { value: 2, source: 'manual' as const, at: AT } };
    expect(level('industrial', s, 3, 0)?.current).toBe('daren');
    expect(level('industrial', s, 2, 9)?.current).toBe('normal');
    expect(level('industrial', s, 0, 10)?.current).toBe('daren');
  });
  it('荣耀: medal 3A, 货描 4.3, fans 200, sessions ≥ 10 AND buyers ≥ 30', () => {
    const top = shop(3, 4.3, 0, 200);
    expect(level('industrial', top, 10, 30)?.current).toBe('rongyao');
    expect(level('industrial', top, 9, 30)?.current).toBe('daren');
    expect(level('industrial', top, 10, 29)?.current).toBe('daren');
    expect(level('industrial', shop(3, 4.29, 0, 200), 10, 30)?.current).toBe('daren');
    expect(level('industrial', shop(3, 4.3, 0, 199), 10, 30)?.current).toBe('daren');
  });
  it('unknown shop facts: the level is a lower bound, the gap is unknown', () => {
    const acc = run(activity(3, 0), { alibabaCategory: 'industrial' }, NOW);
    expect(acc.level?.current).toBe('normal');
    expect(acc.level?.missing.find((g) => g.id === 'medal')).toMatchObject({
      met: null,
      gap: null,
    });
    expect(acc.assumptions.map((a) => a.id)).toContain('level-lower-bound');
  });
  it('no category: unknown with a reason', () => {
    const acc = run(activity(3, 0), {}, NOW);
    expect(acc.level?.current).toBe('unknown');
    expect(acc.items[0]?.reason?.en).toContain('consumer or industrial');
  });
});

describe('1688 sessions and the 30-day window', () => {
  const s = { alibabaCategory: 'industrial' as const, shop: shop(2, 0, 0, 0) };
  const sess = (id: string, start: string, min: number) =>
    session('alibaba', id, start, new Date(Date.parse(start) + min * 60_000).toISOString());
  it('a 14-minute session and a 15-minute one are not valid; a 16-minute one is', () => {
    const h = history(
      'alibaba',
      [],
      [
        sess('a', '2026-03-10T10:00:00+08:00', 14),
        sess('b', '2026-03-11T10:00:00+08:00', 15),
        sess('c', '2026-03-12T10:00:00+08:00', 16),
      ],
    );
    expect(run(h, s, NOW).level?.sessions30).toBe(1);
  });
  it('window = 30 days ending yesterday: 03-01 counts on 03-31, 02-28 and today do not', () => {
    const h = history(
      'alibaba',
      [],
      [
        sess('in', '2026-03-01T10:00:00+08:00', 20),
        sess('out', '2026-02-28T23:00:00+08:00', 20),
        sess('today', '2026-03-31T09:00:00+08:00', 20),
      ],
    );
    const l = run(h, s, NOW).level;
    expect(l?.windowStart).toBe('2026-03-01');
    expect(l?.windowEnd).toBe('2026-03-30');
    expect(l?.sessions30).toBe(1);
  });
  it('forecast: sessions leaving the window and the level lost if idle (at risk)', () => {
    const h = history(
      'alibaba',
      [],
      [
        sess('1', '2026-03-01T10:00:00+08:00', 20),
        sess('2', '2026-03-02T10:00:00+08:00', 20),
        sess('3', '2026-03-20T10:00:00+08:00', 20),
      ],
    );
    const l = run(h, s, NOW).level;
    expect(l?.current).toBe('daren');
    expect(l?.forecast[0]).toMatchObject({
      day: '2026-04-01',
      sessionsLeaving: 1,
      sessions: 2,
      levelIfIdle: 'normal',
    });
    expect(l?.forecast).toHaveLength(7);
    expect(l?.atRisk).toBe(true);
  });
  it('buyers are the sum of daily buyers', () => {
    const h = history('alibaba', [
      day('alibaba', '2026-03-05', m({ buyers: 6 }, AT)),
      day('alibaba', '2026-03-06', m({ buyers: 6 }, AT)),
    ]);
    expect(run(h, s, NOW).level?.buyers30).toBe(12);
  });
});

describe('1688 console 30-day figures', () => {
  const base = shop(2, 4.6, 4.3, 0);
  const read = (value: number, at: string) => ({ value, source: 'dom' as const, at });
  it("today's workbench figure beats the sum of our own history, forecast subtracts what leaves", () => {
    // History knows 2 sessions (03-01, 03-02); the workbench says 6 today.
    const s = { ...base, sessions30: read(6, '2026-03-31T09:00:00+08:00') };
    const r = run(activity(2, 0), { alibabaCategory: 'consumer', shop: s }, NOW);
    expect(r.level?.sessions30).toBe(6);
    expect(r.level?.current).toBe('daren');
    expect(r.assumptions.map((a) => a.id)).toContain('alibaba-console-window');
    // On 04-01 the window is 03-02 … 03-31: the 03-01 session leaves, 5 remain — still 达人.
    expect(r.level?.forecast[0]).toMatchObject({
      day: '2026-04-01',
      sessionsLeaving: 1,
      sessions: 5,
    });
    expect(r.level?.forecast[1]).toMatchObject({
      sessionsLeaving: 1,
      sessions: 4,
      levelIfIdle: 'normal',
    });
    expect(r.level?.atRisk).toBe(true);
  });
  it('a figure read on an earlier day is stale: history is used', () => {
    const s = { ...base, sessions30: read(6, '2026-03-30T23:59:00+08:00') };
    const r = run(activity(2, 0), { alibabaCategory: 'consumer', shop: s }, NOW);
    expect(r.level?.sessions30).toBe(2);
    expect(r.assumptions.map((a) => a.id)).not.toContain('alibaba-console-window');
  });
});
