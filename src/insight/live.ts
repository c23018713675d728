import type { MetricKey } from '../history/model';
import { MIN_PACE_MS } from '../rules/pace';
import type { ItemResult } from '../rules/result';
import { curveEta, projectAfter, type PastSession } from './curve-pace';
import { tenMinuteDelta, type Delta } from './deltas';
import type { Point } from './series';

/**
 * What the seller's own history adds to a live account's evaluation: the 10-minute deltas, the
 * ETA of each item by their usual curve, and "再播 1 小时" — computed in the background from the
 * stored per-minute series (src/history/tracks.ts) and sent with the view.
 */
export type EtaBasis = 'curve' | 'line';

export interface ItemPace {
  /** Reached at (ms), or null: not by the usual end of the seller's sessions. */
  etaMs: number | null;
  basis: EtaBasis;
}

export interface WhatIf {
  moreMs: number;
  /** Each flow metric's projected session total after `moreMs`. */
  values: Partial<Record<MetricKey, { value: number; basis: EtaBasis }>>;
  /** Items not yet done that the projection reaches. */
  reaches: string[];
}

export interface LiveInsight {
  deltas: Partial<Record<MetricKey, Delta>>;
  pace: Record<string, ItemPace>;
  whatIf: WhatIf | null;
}

/** Metrics shown as deltas and projected by curves: what grows during a stream. */
export const CURVE_METRICS = [
  'gmvFen',
  'buyers',
  'dau',
  'orders',
  'clubLive',
  'clubShop',
  'newFans',
] as const;
type CurveMetric = (typeof CURVE_METRICS)[number];
const isCurve = (m: string): m is CurveMetric => (CURVE_METRICS as readonly string[]).includes(m);

/** The item's metric, when its unit names exactly one (fan-club members name two: no curve). */
const UNIT_METRIC: Partial<Record<ItemResult['unit'], CurveMetric>> = {
  fen: 'gmvFen',
  buyers: 'buyers',
  viewers: 'dau',
  orders: 'orders',
};

export const WHAT_IF_MS = 3_600_000;
/** Items the live session moves today (a month item is planned, not paced). */
const PACED: ReadonlyArray<ItemResult['period']> = ['day', 'session'];

export interface LiveInput {
  startMs: number;
  series: Partial<Record<MetricKey, Point[]>>;
  /** The account's earlier ended sessions, with their series, for the curves. */
  past: ReadonlyArray<{
    startMs: number;
    endMs: number;
    series: Partial<Record<MetricKey, Point[]>>;
  }>;
  items: readonly ItemResult[];
}

export function liveInsight(input: LiveInput, nowMs: number): LiveInsight {
  const deltas: LiveInsight['deltas'] = {};
  const current: Partial<Record<CurveMetric, number>> = {};
  for (const [m, points] of Object.entries(input.series) as Array<[MetricKey, Point[]]>) {
    if (!isCurve(m) || points.length === 0) continue;
    deltas[m] = tenMinuteDelta({ startMs: input.startMs, points }, nowMs);
    current[m] = points[points.length - 1]![1];
  }
  const pastOf = (m: CurveMetric): PastSession[] =>
    input.past.flatMap((p) => {
      const points = p.series[m];
      return points && points.length > 0
        ? [{ series: { startMs: p.startMs, points }, endMs: p.endMs }]
        : [];
    });
  const pace: LiveInsight['pace'] = {};
  const values: WhatIf['values'] = {};
  const reaches: string[] = [];
  for (const m of CURVE_METRICS) {
    const now = current[m];
    if (now === undefined) continue;
    const past = pastOf(m);
    const curve = projectAfter(past, now, nowMs, WHAT_IF_MS);
    const line = lineAfter(input.startMs, now, nowMs, WHAT_IF_MS);
    const after = curve !== null ? { value: curve, basis: 'curve' as const } : line;
    if (after) values[m] = after;
    for (const item of input.items) {
      if (UNIT_METRIC[item.unit] !== m || !PACED.includes(item.period) || !item.remaining) continue;
      const eta = curveEta(past, now, now + item.remaining, nowMs);
      if (eta !== undefined) pace[item.itemId] = { etaMs: eta, basis: 'curve' };
      if (after && after.value - now >= item.remaining) reaches.push(item.itemId);
    }
  }
  const whatIf = Object.keys(values).length > 0 ? { moreMs: WHAT_IF_MS, values, reaches } : null;
  return { deltas, pace, whatIf };
}

/** The straight line of the session so far; null in its first minutes (no rate yet). */
function lineAfter(startMs: number, now: number, nowMs: number, moreMs: number) {
  const elapsed = nowMs - startMs;
  if (elapsed < MIN_PACE_MS || now <= 0) return null;
  return { value: Math.round(now + (now * moreMs) / elapsed), basis: 'line' as const };
}
