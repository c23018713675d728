import type { Value } from '../../../history/model';
import { daysIn, sessionsIn, type AccountHistory } from '../../../rules/history-index';
import type { Subtractions } from './exclusions';
import { dayNumOf, splitMsByDay, type DayNum } from '../../../time/beijing';

export type JdMetric = 'durationSec' | 'dau' | 'gmvFen';

export interface Counted {
  /** Native unit (seconds, viewers, fen); null when a day record lacks the metric. */
  value: number | null;
  values: Value[];
}

/**
 * A day's counted value: the day total (authoritative, from history) minus what excluded
 * sessions contributed. A day without a record but with sessions (a file listing sessions only)
 * is derived from them; a day with neither is a day without a live: 0, not unknown.
 */
export function dayCounted(
  acc: AccountHistory,
  sub: Subtractions,
  day: DayNum,
  metric: JdMetric,
): Counted {
  const rec = acc.days.get(day);
  const v = rec?.metrics[metric];
  if (!rec) {
    const d = fromSessions(acc, day, metric);
    if (d.value === null) return d;
    return { value: Math.max(0, d.value - (sub[metric].get(day) ?? 0)), values: d.values };
  }
  if (!v) {
    // A day with sessions but no reading of this metric is unknown, not zero.
    const hasLive = (rec.sessions ?? 0) > 0 || (rec.metrics.durationSec?.value ?? 0) > 0;
    return { value: hasLive ? null : 0, values: [] };
  }
  return { value: Math.max(0, v.value - (sub[metric].get(day) ?? 0)), values: [v] };
}

/**
 * A day from its sessions, as the history's own rollup does without live tracks
 * (src/history/rollup.ts): duration split at midnight, a session's other totals on its start
 * day. A session lacking the figure makes the day unknown. Sessions last under a day, so those
 * that started the day before are the only others that can reach into it.
 */
function fromSessions(acc: AccountHistory, day: DayNum, metric: JdMetric): Counted {
  let value = 0;
  const values: Value[] = [];
  for (const s of sessionsIn(acc, day - 1, day)) {
    const v = s.s.metrics[metric];
    if (metric === 'durationSec') {
      const part = splitMsByDay(s.startMs, s.endMs ?? s.lastSeenMs).find((p) => p.day === day);
      if (!part) continue;
      value += Math.round(part.seconds);
    } else if (s.startDay === day) {
      if (!v) return { value: null, values: [] };
      value += v.value;
    } else continue;
    if (v) values.push(v);
  }
  return { value, values };
}

/** Days in [from, to] with a record or touched by a session, ascending. */
function countedDays(acc: AccountHistory, from: DayNum, to: DayNum): DayNum[] {
  const days = new Set(daysIn(acc, from, to));
  for (const s of sessionsIn(acc, from - 1, to))
    for (const d of [s.startDay, dayNumOf(s.endMs ?? s.lastSeenMs)])
      if (d >= from && d <= to) days.add(d);
  return [...days].sort((a, b) => a - b);
}

/** Sum over [from, to]; days lacking the metric are counted in `unknownDays` (a lower bound). */
export function rangeCounted(
  acc: AccountHistory,
  sub: Subtractions,
  from: DayNum,
  to: DayNum,
  metric: JdMetric,
): Counted & { unknownDays: number } {
  let total = 0;
  let unknownDays = 0;
  const values: Value[] = [];
  for (const day of countedDays(acc, from, to)) {
    const c = dayCounted(acc, sub, day, metric);
    if (c.value === null) unknownDays++;
    else total += c.value;
    values.push(...c.values);
  }
  return { value: unknownDays > 0 && values.length === 0 ? null : total, values, unknownDays };
}

/** Native → display unit: seconds become minutes, everything else is already in its unit. */
export const toUnit = (metric: JdMetric, native: number): number =>
  metric === 'durationSec' ? native / 60 : native;
export const toNative = (metric: JdMetric, unitValue: number): number =>
  metric === 'durationSec' ? unitValue * 60 : unitValue;
