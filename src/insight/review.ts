import type { MetricKey } from '../history/model';
import { median } from './curve-pace';
import type { Point } from './series';

/**
 * The post-live review (复盘) of one ended session: when each target was reached during it (or by
 * how much it missed), and the session against the median of the seller's previous sessions.
 * Pure: the caller says which targets apply and what each had before the session began.
 */
export interface ReviewTarget {
  id: string;
  metric: MetricKey;
  /** In the metric's native unit (seconds, fen, people). */
  threshold: number;
  /** What already counted toward it when the session began (e.g. the day's earlier sessions). */
  base: number;
}

export interface TargetOutcome {
  id: string;
  /** The instant the target was crossed during the session; `base` alone may already meet it. */
  reachedAtMs: number | null;
  /** Short of the threshold at the end (native unit), 0 when reached, null when unknown. */
  missedBy: number | null;
}

export interface MetricComparison {
  metric: MetricKey;
  value: number;
  /** Median of the previous sessions that have this figure; null with none. */
  median: number | null;
  /** value / median − 1, e.g. 0.25 = a quarter above the usual; null without a median. */
  change: number | null;
}

export interface Review {
  outcomes: TargetOutcome[];
  comparisons: MetricComparison[];
}

/** How many previous sessions the comparison looks at (the "last 7"). */
export const COMPARE_LAST = 7;

export function reviewSession(
  startMs: number,
  finals: Partial<Record<MetricKey, number>>,
  series: Partial<Record<MetricKey, readonly Point[]>>,
  targets: readonly ReviewTarget[],
  previous: ReadonlyArray<Partial<Record<MetricKey, number>>>,
): Review {
  const outcomes = targets.map((t) => outcome(t, startMs, finals[t.metric], series[t.metric]));
  const recent = previous.slice(-COMPARE_LAST);
  const comparisons: MetricComparison[] = [];
  for (const [metric, value] of Object.entries(finals) as Array<[MetricKey, number]>) {
    const past = recent.map((p) => p[metric]).filter((v): v is number => typeof v === 'number');
    const m = past.length > 0 ? median(past) : null;
    comparisons.push({ metric, value, median: m, change: m ? (value - m) / m : null });
  }
  return { outcomes, comparisons };
}

function outcome(
  t: ReviewTarget,
  startMs: number,
  final: number | undefined,
  points: readonly Point[] | undefined,
): TargetOutcome {
  if (t.base >= t.threshold) return { id: t.id, reachedAtMs: startMs, missedBy: 0 };
  if (final === undefined) return { id: t.id, reachedAtMs: null, missedBy: null };
  const total = t.base + final;
  if (total < t.threshold) return { id: t.id, reachedAtMs: null, missedBy: t.threshold - total };
  // Reached: the first sample at or over it, interpolated from the one before.
  let prev: Point = [startMs, 0];
  for (const p of points ?? []) {
    if (t.base + p[1] >= t.threshold) {
      const need = t.threshold - t.base - prev[1];
      const span = p[1] - prev[1];
      const ms = span > 0 ? prev[0] + ((p[0] - prev[0]) * need) / span : p[0];
      return { id: t.id, reachedAtMs: Math.round(ms), missedBy: 0 };
    }
    prev = p;
  }
  // Reached by the final figure but no sample shows when (e.g. only a backfill row).
  return { id: t.id, reachedAtMs: null, missedBy: 0 };
}
