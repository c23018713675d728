/**
 * A live session's cumulative figures over time, one sample a minute at most: what the
 * 10-minute deltas, the seller's own pace curves and the post-live review are computed from.
 * Points are `[ms, value]`, ascending in time; values are the session's cumulative totals.
 */
export type Point = readonly [ms: number, value: number];

export interface Series {
  /** The session's start (ms): before it, a cumulative figure was 0. */
  startMs: number;
  points: Point[];
}

/** One sample a minute is enough for every view; a day-long session stays under 1,440 points. */
export const SAMPLE_MS = 60_000;
export const MAX_POINTS = 1_440;

/**
 * Adds a reading in place. A reading within the same minute as the last sample replaces it (the
 * newest value of that minute wins); a reading older than the last sample is ignored, so replays
 * and a second tab's late resend never rewrite the past. Returns true when the samples changed.
 */
export function addPoint(points: Point[], ms: number, value: number): boolean {
  if (!Number.isFinite(ms) || !Number.isFinite(value)) return false;
  const last = points[points.length - 1];
  if (last && ms < last[0]) return false;
  if (last && last[1] === value && ms - last[0] < SAMPLE_MS) return false;
  if (last && Math.floor(ms / SAMPLE_MS) === Math.floor(last[0] / SAMPLE_MS)) points.pop();
  points.push([ms, value]);
  if (points.length > MAX_POINTS) points.splice(0, points.length - MAX_POINTS);
  return true;
}

/** How close to the session start the first sample must be for the start to count as 0. */
export const START_SLACK_MS = 90_000;
/** How long the last sample stands for the present: beyond this, "now" is unknown. */
export const FRESH_MS = 2 * 60_000;

/**
 * The cumulative value at `ms`, linearly interpolated between the samples around it (a
 * cumulative figure moves between readings; a straight line is the honest middle). Null when it
 * cannot be known: before the first sample unless that sample is near the start (then the start
 * is 0), or after the last sample by more than FRESH_MS.
 */
export function valueAt(s: Series, ms: number): number | null {
  const pts = s.points;
  if (pts.length === 0) return null;
  const first = pts[0]!;
  if (ms <= s.startMs) return first[0] - s.startMs <= START_SLACK_MS ? 0 : null;
  if (ms < first[0]) {
    if (first[0] - s.startMs > START_SLACK_MS) return null;
    return lerp([s.startMs, 0], first, ms);
  }
  const last = pts[pts.length - 1]!;
  if (ms >= last[0]) return ms - last[0] <= FRESH_MS ? last[1] : null;
  let lo = 0;
  let hi = pts.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (pts[mid]![0] <= ms) lo = mid;
    else hi = mid;
  }
  return lerp(pts[lo]!, pts[hi]!, ms);
}

function lerp(a: Point, b: Point, ms: number): number {
  if (b[0] === a[0]) return b[1];
  return a[1] + ((b[1] - a[1]) * (ms - a[0])) / (b[0] - a[0]);
}

/** A finished session's value at `ms`: 0 before start, final after the last sample. */
export function closedValueAt(s: Series, ms: number): number | null {
  const pts = s.points;
  const last = pts[pts.length - 1];
  if (!last) return null;
  if (ms >= last[0]) return last[1];
  return valueAt(s, ms);
}
