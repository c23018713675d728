import { dayOf } from '../time/calendar';
import { addPoint } from '../insight/series';
import type { SessionTrack } from './ledger';
import { METRIC_KIND } from './metric-kinds';
import type { MetricKey, Source, Value } from './model';

/** The page instance an observation came from: its id is `${pageInstance}:${seq}`. */
export const instanceOf = (obsId: string): string => obsId.replace(/:\d+$/, '');

/**
 * Applies one cumulative reading to a session's track. Idempotent for replays: a reading
 * older than the newest one already applied to this metric is ignored, and an equal or
 * repeated cumulative value adds nothing. Returns true when the total changed.
 *
 * Within one session a cumulative figure only moves back when the page that set it says
 * so (a refund: 3 → 2 buyers from the same page instance). A lower value from another page
 * instance is a stale tab, however fresh its time: it never lowers the total, and a drop is
 * never taken as a console reset to add on top (a new live is a new session, by its id or
 * start). `instance` is the sending page instance (see instanceOf).
 */
export function applyReading(
  t: SessionTrack,
  metric: MetricKey,
  value: number,
  source: Source,
  at: string,
  instance = '',
): boolean {
  const prev = t.seg[metric];
  const atMs = Date.parse(at);
  if (prev && atMs < Date.parse(prev.at)) return false;
  const day = dayOf(atMs);
  const kind = METRIC_KIND[metric];

  if (kind !== 'flow') {
    t.seg[metric] = { base: 0, last: value, at, source, by: instance };
    const dayVals = (t.perDay[day] ??= {});
    const old = dayVals[metric];
    const keep = kind === 'peak' && old && old.value >= value;
    if (!keep) dayVals[metric] = { value, source, at };
    t.scraped[metric] = { value, source, at };
    sample(t, metric, atMs, value, source);
    return !old || old.value !== value;
  }

  const oldTotal = prev ? prev.base + prev.last : 0;
  const stale = prev && value < prev.last && (prev.by ?? '') !== instance;
  if (stale) return false;
  const base = prev?.base ?? 0;
  t.seg[metric] = { base, last: value, at, source, by: instance };
  const total = base + value;
  const inc = total - oldTotal;
  if (inc !== 0) {
    const dayVals = (t.perDay[day] ??= {});
    const old = dayVals[metric];
    dayVals[metric] = { value: (old?.value ?? 0) + inc, source, at };
  }
  t.scraped[metric] = { value: total, source, at };
  sample(t, metric, atMs, total, source);
  return inc !== 0;
}

/** Live readings go into the session's per-minute series; a backfill row is a single end value. */
function sample(
  t: SessionTrack,
  metric: MetricKey,
  atMs: number,
  total: number,
  source: Source,
): void {
  if (source === 'backfill' || source === 'manual') return;
  addPoint(((t.series ??= {})[metric] ??= []), atMs, total);
}

/** Total of a track's per-day contributions for one flow metric. */
export const contributed = (t: SessionTrack, metric: MetricKey): number =>
  Object.values(t.perDay).reduce((n, d) => n + (d[metric]?.value ?? 0), 0);

/** Latest day (lexicographic = chronological for YYYY-MM-DD) with a contribution. */
export function lastContributionDay(t: SessionTrack, metric: MetricKey): string | null {
  const days = Object.keys(t.perDay)
    .filter((d) => t.perDay[d]?.[metric] !== undefined)
    .sort();
  return days[days.length - 1] ?? null;
}

export const newTrack = (
  platform: SessionTrack['platform'],
  accountId: string,
  sessionId: string,
): SessionTrack => ({ platform, accountId, sessionId, seg: {}, perDay: {}, scraped: {} });

export type { Value };
