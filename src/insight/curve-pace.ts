import { closedValueAt, type Series } from './series';

/**
 * Pace from the seller's own curves. A straight line from the session so far is wrong for a
 * stream whose evening hour brings most of the GMV; the seller's past sessions on the platform
 * say how much usually arrives after the current minute. For each past session that was live at
 * this time of day (Beijing) with something already gained, its growth ratio from now to a later
 * minute is `value(later) / value(now)`; the projection is today's value times the median ratio.
 * With fewer than MIN_SESSIONS such sessions it says so and the caller uses the straight line.
 */
export const MIN_SESSIONS = 3;
const DAY_MS = 86_400_000;
const STEP_MS = 60_000;

export interface PastSession {
  series: Series;
  endMs: number;
}

export interface Profile {
  /** Past sessions live at the current clock time, each shifted to today's date. */
  ratios: Array<(ms: number) => number | null>;
  /** Median end of those sessions, as today's instant. */
  usualEndMs: number;
}

/**
 * The sessions comparable to now: live at this clock time with a positive value then. Each is
 * shifted by whole days onto today so a clock time maps to today's instant.
 */
export function profileAt(past: PastSession[], nowMs: number): Profile | null {
  const ratios: Profile['ratios'] = [];
  const ends: number[] = [];
  for (const p of past) {
    // Whole days from its start to now: a session that began the evening before and runs past
    // midnight compares by its own start day. Shifting by whole days keeps the Beijing clock.
    const shift = Math.floor((nowMs - p.series.startMs) / DAY_MS) * DAY_MS;
    const at = nowMs - shift;
    if (at < p.series.startMs || at > p.endMs) continue;
    const base = closedValueAt(p.series, at);
    if (base === null || base <= 0) continue;
    ratios.push((ms) => {
      const v = closedValueAt(p.series, ms - shift);
      return v === null ? null : v / base;
    });
    ends.push(p.endMs + shift);
  }
  if (ratios.length < MIN_SESSIONS) return null;
  return { ratios, usualEndMs: median(ends) };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Today's value projected at `ms` (≥ now) by the median of the past sessions' ratios. */
export function projectAt(profile: Profile, current: number, ms: number): number | null {
  const rs = profile.ratios.map((r) => r(ms)).filter((r): r is number => r !== null);
  if (rs.length < MIN_SESSIONS) return null;
  return current * median(rs);
}

/**
 * ETA of `target` for a metric now at `current`, by the seller's curve, searched minute by minute
 * up to their usual end: `undefined` when there are too few comparable sessions (the caller then
 * uses the straight line, src/rules/pace.ts), `null` when not reached by the usual end.
 */
export function curveEta(
  past: PastSession[],
  current: number,
  target: number,
  nowMs: number,
): number | null | undefined {
  if (current >= target) return nowMs;
  const profile = current > 0 ? profileAt(past, nowMs) : null;
  if (!profile) return undefined;
  for (let ms = nowMs + STEP_MS; ms <= profile.usualEndMs; ms += STEP_MS) {
    const v = projectAt(profile, current, ms);
    if (v !== null && v >= target) return ms;
  }
  return null;
}

/** What-if by the curve: "再播 1 小时 → 预计 ¥…"; null when the curve cannot say. */
export function projectAfter(
  past: PastSession[],
  current: number,
  nowMs: number,
  moreMs: number,
): number | null {
  const profile = current > 0 ? profileAt(past, nowMs) : null;
  const v = profile ? projectAt(profile, current, nowMs + moreMs) : null;
  return v === null ? null : Math.round(v);
}
