import { addPoint, type Point } from '../insight/series';
import type { Segments, SessionTrack } from './ledger';
import { isAfter } from './ledger';
import { METRIC_KIND } from './metric-kinds';
import type { DayKey, MetricKey } from './model';

/**
 * Combines two tracks of ONE session (the same stream read by two pages, e.g. a provisional
 * account merged into the account it turned out to be) the way one tab reading both pages'
 * readings in time order would have recorded it: per metric the later observation wins and
 * cumulative figures are never added together.
 */

const newer = <T extends { at: string }>(a: T | undefined, b: T | undefined): T | undefined =>
  !a ? b : !b ? a : isAfter(b.at, a.at) ? b : a;

type Days = SessionTrack['perDay'];

/** Days (sorted) on which either track recorded this metric. */
const daysOf = (m: MetricKey, ...tracks: Days[]): DayKey[] =>
  [...new Set(tracks.flatMap((d) => Object.keys(d).filter((k) => d[k]?.[m] !== undefined)))].sort();

/** Running cumulative of one track up to `day`, with the instant of its latest change then. */
function cumulativeAt(
  perDay: Days,
  m: MetricKey,
  day: DayKey,
): { total: number; at: string } | null {
  let total = 0;
  let at: string | null = null;
  for (const d of Object.keys(perDay).sort()) {
    if (d > day) break;
    const v = perDay[d]?.[m];
    if (!v) continue;
    total += v.value;
    at = v.at;
  }
  return at === null ? null : { total, at };
}

/**
 * Flow metric: the session's cumulative at the end of each day is the one of the track that
 * observed it last by then (on the final day: the winning segment's total); a day's
 * contribution is the growth of that cumulative, so the days still add up to the session.
 */
function mergeFlowDays(into: Days, from: Days, m: MetricKey, finalTotal: number | null): Days {
  const out: Days = {};
  const days = daysOf(m, into, from);
  let prev = 0;
  days.forEach((day, i) => {
    const a = cumulativeAt(into, m, day);
    const b = cumulativeAt(from, m, day);
    const latest = newer(a ?? undefined, b ?? undefined)!;
    const total = i === days.length - 1 && finalTotal !== null ? finalTotal : latest.total;
    const entry = newer(into[day]?.[m], from[day]?.[m])!;
    (out[day] ??= {})[m] = { ...entry, value: total - prev };
    prev = total;
  });
  return out;
}

/** Level metric: a peak keeps the day's highest value, a last-value metric the newest one. */
function mergeLevelDays(into: Days, from: Days, m: MetricKey): Days {
  const out: Days = {};
  for (const day of daysOf(m, into, from)) {
    const a = into[day]?.[m];
    const b = from[day]?.[m];
    const pickB = METRIC_KIND[m] === 'peak' ? !!b && (!a || b.value > a.value) : newer(a, b) === b;
    (out[day] ??= {})[m] = pickB ? b : a;
  }
  return out;
}

/** The merged track, under `into`'s identity. Neither argument is modified. */
export function mergeTracks(into: SessionTrack, from: SessionTrack): SessionTrack {
  const out: SessionTrack = { ...into, seg: {}, perDay: {}, scraped: {} };
  delete out.series; // rebuilt below: `into`'s own must not be written to
  const metrics = new Set<MetricKey>(
    [into, from].flatMap((t) => [
      ...(Object.keys(t.seg) as MetricKey[]),
      ...(Object.keys(t.scraped) as MetricKey[]),
      ...Object.values(t.perDay).flatMap((d) => Object.keys(d) as MetricKey[]),
    ]),
  );
  for (const m of metrics) {
    const seg: Segments | undefined = newer(into.seg[m], from.seg[m]);
    if (seg) out.seg[m] = { ...seg };
    const scraped = newer(into.scraped[m], from.scraped[m]);
    if (scraped) out.scraped[m] = { ...scraped };
    const days =
      METRIC_KIND[m] === 'flow'
        ? mergeFlowDays(into.perDay, from.perDay, m, seg ? seg.base + seg.last : null)
        : mergeLevelDays(into.perDay, from.perDay, m);
    for (const [day, vals] of Object.entries(days)) Object.assign((out.perDay[day] ??= {}), vals);
    const series = mergeSeries(into.series?.[m], from.series?.[m]);
    if (series) (out.series ??= {})[m] = series;
  }
  return out;
}

/** Both pages' samples in time order, one a minute (the later reading of a minute wins). */
function mergeSeries(a: Point[] | undefined, b: Point[] | undefined): Point[] | undefined {
  if (!a || !b) return (a ?? b)?.slice();
  const out: Point[] = [];
  for (const [ms, v] of [...a, ...b].sort((x, y) => x[0] - y[0])) addPoint(out, ms, v);
  return out;
}
