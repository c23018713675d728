import { describe, expect, it } from 'vitest';
import { H, day, history, item, m, run, session } from './helpers';

const NOW = '2026-03-31T12:00:00+08:00';
const live = (k: string) => day('channels', k, m({ durationSec: H(2) }, `${k}T20:00:00+08:00`), 1);

/** A day the history holds without a live (e.g. from a backfill reaching back). */
const quiet = (k: string) => day('channels', k, m({ durationSec: 0 }, `${k}T20:00:00+08:00`), 0);

describe('Channels cold start (冷启动期)', () => {
  it('first live 29 days ago: cold start (history reaching 60 days before it); 30 days ago: not', () => {
    expect(
      run(history('channels', [quiet('2026-01-01'), live('2026-03-02')]), {}, NOW).coldStart
        ?.status,
    ).toBe('cold_start');
    expect(run(history('channels', [live('2026-03-01')]), {}, NOW).coldStart?.status).toBe(
      'not_cold_start',
    );
  });
  it('DOMAIN.md §4a worked example: first live 05-10 → cold start through 06-08, out on 06-09', () => {
    const h = history('channels', [quiet('2026-03-01'), live('2026-05-10')]);
    const last = run(h, {}, '2026-06-08T23:59:59+08:00').coldStart;
    expect(last).toMatchObject({ status: 'cold_start', lastDay: '2026-06-08' });
    expect(last?.reason.zh).toBe('首播 2026-05-10，冷启动期到 2026-06-08（含）');
    expect(run(h, {}, '2026-05-10T21:00:00+08:00').coldStart?.lastDay).toBe('2026-06-08');
    const out = run(h, {}, '2026-06-09T00:00:00+08:00').coldStart;
    expect(out?.status).toBe('not_cold_start');
    expect(out?.lastDay).toBeUndefined();
    // The reading is shown as an assumption with the other one.
    const a = run(h, {}, '2026-06-08T12:00:00+08:00').assumptions.find(
      (x) => x.id === 'cold-start-30-days',
    );
    expect(a?.text.zh).toContain('05-10 首播 → 06-08 最后一天');
    expect(a?.alternative?.en).toContain('30 × 24 hours');
  });
  it('no live for 60 days: cold start again; 59 days: not', () => {
    expect(
      run(history('channels', [live('2025-12-01'), live('2026-01-30')]), {}, NOW).coldStart?.status,
    ).toBe('cold_start');
    expect(
      run(history('channels', [live('2025-12-01'), live('2026-01-31')]), {}, NOW).coldStart?.status,
    ).toBe('not_cold_start');
  });
  it('a known earlier first live from settings wins over history', () => {
    const acc = run(
      history('channels', [live('2026-03-20')]),
      { channelsFirstLiveDay: '2025-06-01' },
      NOW,
    );
    expect(acc.coldStart?.status).toBe('not_cold_start');
  });
  it('a first live seen recently is unknown until the history covers 60 days before it', () => {
    // 2026-03-20 − 60 days = 2026-01-19: a record on that day covers the window, one day later not.
    const covered = history('channels', [quiet('2026-01-19'), live('2026-03-20')]);
    expect(run(covered, {}, NOW).coldStart?.status).toBe('cold_start');
    const short = history('channels', [quiet('2026-01-20'), live('2026-03-20')]);
    const acc = run(short, {}, NOW);
    expect(acc.coldStart?.status).toBe('unknown');
    expect(acc.coldStart?.reason.zh).toContain('历史只从 2026-01-20 起');
  });
  it('a fresh profile whose earliest record is today cannot assert 冷启动期', () => {
    const acc = run(history('channels', [live('2026-03-31')]), {}, NOW);
    expect(acc.coldStart?.status).toBe('unknown');
  });
  it('a backfilled earlier live supplies it: not cold start', () => {
    const acc = run(history('channels', [live('2025-11-01'), live('2026-03-20')]), {}, NOW);
    expect(acc.coldStart?.status).toBe('not_cold_start');
  });
  it('no history: unknown with the reason', () => {
    const acc = run(history('channels', []), {}, NOW);
    expect(acc.coldStart?.status).toBe('unknown');
    expect(acc.coldStart?.reason.en).toContain('No live');
  });
});

describe('Channels benchmark and growth targets', () => {
  it('benchmark: hours remaining to 5 h and GMV remaining with ETA', () => {
    const at = '2026-03-31T12:00:00+08:00';
    const s = session(
      'channels',
      'b',
      '2026-03-31T10:00:00+08:00',
      null,
      m({ durationSec: H(2), gmvFen: 1_000_000 }, at),
    );
    const acc = run(
      history('channels', [], [s]),
      { channelsBenchmark: [{ day: '2026-03-31', gmvTargetFen: 3_000_000 }] },
      NOW,
    );
    const d = item(acc, 'channels', 'benchmark-duration');
    expect([d.current, d.remaining, d.eta]).toEqual([120, 180, '2026-03-31T15:00:00+08:00']);
    const g = item(acc, 'channels', 'benchmark-gmv');
    expect([g.remaining, g.status, g.eta]).toEqual([
      2_000_000,
      'on_track',
      '2026-03-31T16:00:00+08:00',
    ]);
  });
  it('growth target per day, at the boundary', () => {
    const target = {
      id: 'gmv',
      label: '日GMV',
      metric: 'gmvFen' as const,
      threshold: 100_000,
      period: 'day' as const,
      reward: '流量券',
    };
    const at = '2026-03-31T11:00:00+08:00';
    for (const [v, done] of [
      [99_999, false],
      [100_000, true],
    ] as const) {
      const acc = run(
        history('channels', [day('channels', '2026-03-31', m({ gmvFen: v }, at))]),
        { channelsGrowthTargets: [target] },
        NOW,
      );
      expect(item(acc, 'channels', 'growth-gmv').status === 'done').toBe(done);
    }
  });
  it('weekly target: Monday-to-Sunday Beijing week, per-day need', () => {
    const target = {
      id: 'w',
      label: '周时长',
      metric: 'durationSec' as const,
      threshold: H(10),
      period: 'week' as const,
      reward: 'x',
    };
    // 2026-03-31 is a Tuesday: the week is 03-30 … 04-05.
    const h = history('channels', [live('2026-03-29'), live('2026-03-30')]);
    const r = item(run(h, { channelsGrowthTargets: [target] }, NOW), 'channels', 'growth-w');
    expect([r.current, r.daysLeft, r.perDay]).toEqual([120, 6, 80]);
  });
});
