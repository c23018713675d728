import { describe, expect, it } from 'vitest';
import { addPoint, closedValueAt, valueAt, type Point } from '../../../src/insight/series';
import { tenMinuteDelta } from '../../../src/insight/deltas';

const T0 = Date.parse('2026-11-20T19:00:00+08:00');
const min = (m: number) => T0 + m * 60_000;

/** A session from T0 with one reading a minute of `f(minute)`. */
function sampled(f: (m: number) => number, fromMin: number, toMin: number): Point[] {
  const pts: Point[] = [];
  for (let m = fromMin; m <= toMin; m++) addPoint(pts, min(m), f(m));
  return pts;
}

describe('addPoint', () => {
  it('keeps one sample a minute, the newest of that minute', () => {
    const pts: Point[] = [];
    expect(addPoint(pts, min(0) + 1_000, 10)).toBe(true);
    expect(addPoint(pts, min(0) + 30_000, 12)).toBe(true);
    expect(addPoint(pts, min(0) + 40_000, 12)).toBe(false);
    expect(addPoint(pts, min(1) + 5_000, 20)).toBe(true);
    expect(pts).toEqual([
      [min(0) + 30_000, 12],
      [min(1) + 5_000, 20],
    ]);
  });
  it('ignores a reading older than the last sample (a replay or a stale tab)', () => {
    const pts: Point[] = [[min(5), 50]];
    expect(addPoint(pts, min(4), 99)).toBe(false);
    expect(pts).toEqual([[min(5), 50]]);
  });
  it('ignores non-finite readings', () => {
    const pts: Point[] = [];
    expect(addPoint(pts, NaN, 1)).toBe(false);
    expect(addPoint(pts, min(1), Infinity)).toBe(false);
    expect(pts).toEqual([]);
  });
  it('caps a day-long session at 1,440 samples, dropping the oldest', () => {
    const pts = sampled((m) => m, 0, 1_500);
    expect(pts).toHaveLength(1_440);
    expect(pts[0]).toEqual([min(61), 61]);
  });
});

describe('valueAt', () => {
  const s = { startMs: T0, points: sampled((m) => m * 100, 1, 30) };
  it('interpolates between samples and counts the start as 0 when the first sample is near it', () => {
    expect(valueAt(s, min(10) + 30_000)).toBe(1_050);
    expect(valueAt(s, T0 + 30_000)).toBe(50);
    expect(valueAt(s, T0 - 60_000)).toBe(0);
  });
  it('is unknown before a first sample taken long after the start, and after a stale end', () => {
    const late = { startMs: T0, points: sampled((m) => m * 100, 20, 30) };
    expect(valueAt(late, min(10))).toBeNull();
    expect(valueAt(s, min(32))).toBe(3_000);
    expect(valueAt(s, min(32) + 1)).toBeNull();
    expect(closedValueAt(s, min(300))).toBe(3_000);
  });
});

describe('tenMinuteDelta', () => {
  // ¥ in fen: 100/min for the first 20 minutes, then 300/min.
  const gmv = (m: number) => (m <= 20 ? m * 100 : 2_000 + (m - 20) * 300);
  const s = { startMs: T0, points: sampled(gmv, 0, 40) };

  it('gives the last 10 minutes and the 10 before, with the trend', () => {
    expect(tenMinuteDelta(s, min(40))).toEqual({ last: 3_000, prev: 3_000, trend: 'flat' });
    expect(tenMinuteDelta(s, min(30))).toEqual({ last: 3_000, prev: 1_000, trend: 'up' });
    expect(tenMinuteDelta(s, min(20))).toEqual({ last: 1_000, prev: 1_000, trend: 'flat' });
  });
  it('counts from 0 across the session start, and has no earlier window in the first 10 minutes', () => {
    expect(tenMinuteDelta(s, min(6))).toEqual({ last: 600, prev: null, trend: null });
    expect(tenMinuteDelta(s, min(15))).toEqual({ last: 1_000, prev: 500, trend: 'up' });
  });
  it('survives a worker restart (a gap in the samples) by interpolating the stored ones', () => {
    const gap = { startMs: T0, points: s.points.filter(([ms]) => ms <= min(22) || ms >= min(28)) };
    expect(tenMinuteDelta(gap, min(30))).toEqual({ last: 3_000, prev: 1_000, trend: 'up' });
  });
  it('is unknown, never 0, when the samples cannot cover the window', () => {
    const opened = { startMs: T0, points: sampled(gmv, 25, 40) };
    expect(tenMinuteDelta(opened, min(40))).toEqual({ last: 3_000, prev: null, trend: null });
    expect(tenMinuteDelta(opened, min(30)).last).toBeNull();
    expect(tenMinuteDelta(s, min(50)).last).toBeNull();
  });
  it('shows a falling hour as down', () => {
    const slowing = {
      startMs: T0,
      points: sampled((m) => (m <= 20 ? m * 300 : 6_000 + (m - 20) * 50), 0, 30),
    };
    expect(tenMinuteDelta(slowing, min(30))).toEqual({ last: 500, prev: 3_000, trend: 'down' });
  });
});
