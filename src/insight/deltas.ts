import { valueAt, type Series } from './series';

/** The window of "近10分钟" and the one before it. */
export const WINDOW_MS = 10 * 60_000;

export type Trend = 'up' | 'down' | 'flat';

export interface Delta {
  /** Gained in the last 10 minutes; null when the series cannot say. */
  last: number | null;
  /** Gained in the 10 minutes before those; null when unknown (e.g. before the first sample). */
  prev: number | null;
  /** Last against previous; null unless both are known. */
  trend: Trend | null;
}

/**
 * "近10分钟 +¥2,310 ↑ / 前10分钟 +¥1,120" from a session's stored samples. A window that reaches
 * before the session start counts the start as 0 (a new live began at 0); a window that reaches
 * into a gap the samples cannot cover (the extension opened mid-stream, a stale page) is unknown,
 * never 0. A worker restart in between costs nothing: the samples are stored.
 */
export function tenMinuteDelta(s: Series, nowMs: number): Delta {
  const now = valueAt(s, nowMs);
  const mid = valueAt(s, Math.max(nowMs - WINDOW_MS, s.startMs));
  const early =
    nowMs - WINDOW_MS <= s.startMs ? null : valueAt(s, Math.max(nowMs - 2 * WINDOW_MS, s.startMs));
  const last = now !== null && mid !== null ? Math.round(now - mid) : null;
  const prev = mid !== null && early !== null ? Math.round(mid - early) : null;
  return { last, prev, trend: last !== null && prev !== null ? trendOf(last, prev) : null };
}

/** Within 5% (or one unit) counts as flat: the arrow should mean something. */
function trendOf(last: number, prev: number): Trend {
  const band = Math.max(1, Math.abs(prev) * 0.05);
  if (last > prev + band) return 'up';
  if (last < prev - band) return 'down';
  return 'flat';
}
