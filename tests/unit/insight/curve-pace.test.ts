import { describe, expect, it } from 'vitest';
import {
  curveEta,
  profileAt,
  projectAfter,
  type PastSession,
} from '../../../src/insight/curve-pace';
import { addPoint, type Point, type Series } from '../../../src/insight/series';
import { etaMs } from '../../../src/rules/pace';
import type { IndexedSession } from '../../../src/rules/history-index';
import type { Session } from '../../../src/history/model';

const H = 3_600_000;
const day = (d: number, hm: string) =>
  Date.parse(`2026-11-${String(d).padStart(2, '0')}T${hm}:00+08:00`);

/** A session of `hours` from `start` whose cumulative value at fraction x of it is total·shape(x). */
function session(
  start: number,
  hours: number,
  total: number,
  shape: (x: number) => number,
): Series {
  const points: Point[] = [];
  const n = hours * 60;
  for (let m = 0; m <= n; m++)
    addPoint(points, start + m * 60_000, Math.round(total * shape(m / n)));
  return { startMs: start, points };
}
function liveAt(startMs: number, gmvFen: number, now: number): IndexedSession {
  const at = new Date(now).toISOString();
  const s: Session = {
    platform: 'jd',
    accountId: 'a',
    sessionId: 's',
    start: new Date(startMs).toISOString(),
    end: null,
    live: true,
    metrics: { gmvFen: { value: gmvFen, source: 'network', at } },
    flags: {},
    lastSeenAt: at,
  };
  return { s, startMs, endMs: null, lastSeenMs: now, startDay: 0 };
}
const past = (s: Series): PastSession => ({ series: s, endMs: s.points[s.points.length - 1]![0] });

// Evening surge: 20% of the GMV in the first two hours, the rest 21:00–23:00.
const surge = (x: number) => (x <= 0.5 ? 0.4 * x : 0.2 + 1.6 * (x - 0.5));
// Front-loaded: 75% in the first hour, then a tail.
const front = (x: number) => (x <= 0.25 ? 3 * x : 0.75 + (x - 0.25) / 3);
const linear = (x: number) => x;
const scales = [0.9, 1.0, 1.2, 0.8, 1.1];

function history(shape: (x: number) => number, total: number, startHm = '19:00', hours = 4) {
  return scales.map((k, i) => past(session(day(10 + i, startHm), hours, total * k, shape)));
}

/** Minutes between an estimate and the truth; Infinity when there is none. */
const off = (eta: number | null | undefined, truth: number) =>
  eta == null ? Infinity : Math.abs(eta - truth) / 60_000;

/** When a held-out session of this shape truly crosses `target`. */
function truthEta(s: Series, target: number): number {
  return s.points.find(([, v]) => v >= target)![0];
}

describe('curveEta against the straight line', () => {
  it('evening surge: the curve finds 22:20, the straight line says after 02:00', () => {
    const today = session(day(20, '19:00'), 4, 11_000, surge);
    const now = day(20, '21:00');
    const current = 2_200; // 20% of 11,000
    const target = 8_000;
    const eta = curveEta(history(surge, 10_000), current, target, now);
    const truth = truthEta(today, target);
    expect(new Date(truth).toISOString()).toBe('2026-11-20T14:20:00.000Z');
    expect(off(eta, truth)).toBeLessThanOrEqual(2);
    // The product's straight line (src/rules/pace.ts) on the same reading.
    const line = etaMs('gmvFen', target - current, liveAt(today.startMs, current, now), now);
    expect(new Date(line!).toISOString()).toBe('2026-11-20T18:16:21.818Z');
    expect(off(line, truth)).toBeGreaterThan(200);
  });

  it('front-loaded: the curve waits for the tail, the straight line expects it in minutes', () => {
    const today = session(day(20, '19:00'), 4, 11_000, front);
    const now = day(20, '20:00');
    const current = 8_250;
    const target = 10_000;
    const eta = curveEta(history(front, 10_000), current, target, now);
    const truth = truthEta(today, target);
    expect(off(eta, truth)).toBeLessThanOrEqual(2);
    const lineEta = now + ((target - current) * H) / current;
    expect(off(lineEta, truth)).toBeGreaterThan(60);
  });

  it('an even stream: curve and line agree', () => {
    const today = session(day(20, '19:00'), 4, 10_000, linear);
    const now = day(20, '20:00');
    const eta = curveEta(history(linear, 10_000), 2_500, 7_500, now);
    expect(off(eta, truthEta(today, 7_500))).toBeLessThanOrEqual(2);
    expect(off(now + 2 * H, truthEta(today, 7_500))).toBeLessThanOrEqual(1);
  });

  it('says "not by your usual end" rather than inventing a time', () => {
    expect(curveEta(history(surge, 10_000), 2_000, 50_000, day(20, '21:00'))).toBeNull();
  });

  it('falls back (undefined) with fewer than three comparable sessions', () => {
    const two = history(surge, 10_000).slice(0, 2);
    expect(curveEta(two, 2_000, 8_000, day(20, '21:00'))).toBeUndefined();
    // Sessions that were not live at this clock time do not count.
    const morning = history(surge, 10_000, '08:00', 3);
    expect(profileAt(morning, day(20, '21:00'))).toBeNull();
    expect(curveEta(history(surge, 10_000), 0, 8_000, day(20, '21:00'))).toBeUndefined();
  });

  it('compares a stream past midnight by its own start day', () => {
    const late = history(linear, 6_000, '23:00', 2);
    const now = day(21, '00:00');
    // One hour into a two-hour session: half. 3,000 now → 6,000 at 01:00.
    expect(new Date(curveEta(late, 3_000, 6_000, now)!).toISOString()).toBe(
      '2026-11-20T17:00:00.000Z',
    );
  });

  it('is reached already when current ≥ target', () => {
    expect(curveEta([], 5, 5, 123)).toBe(123);
  });
});

describe('projectAfter (what-if)', () => {
  it('one more hour of an evening surge', () => {
    // At 21:00 with 2,000: the usual next hour brings 0.6 of the total → 2,000·(0.6/0.2) = 6,000 more.
    expect(projectAfter(history(surge, 10_000), 2_000, day(20, '21:00'), H)).toBe(6_000);
    expect(projectAfter(history(surge, 10_000).slice(0, 2), 2_000, day(20, '21:00'), H)).toBeNull();
  });
});
