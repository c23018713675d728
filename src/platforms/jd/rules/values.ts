import type { Value } from '../../../history/model';
import { daysIn, type AccountHistory } from '../../../rules/history-index';
import type { Subtractions } from './exclusions';
import type { DayNum } from '../../../time/beijing';

export type JdMetric = 'durationSec' | 'dau' | 'gmvFen';

export interface Counted {
  /** Native unit (seconds, viewers, fen); null when a day record lacks the metric. */
  value: number | null;
  values: Value[];
}

/**
 * A day's counted value: the day total (authoritative, from history) minus what excluded
 * sessions contributed. A day without any record is a day without a live: 0, not unknown.
 */
export function dayCounted(
  acc: AccountHistory,
  sub: Subtractions,
  day: DayNum,
  metric: JdMetric,
): Counted {
  const rec = acc.days.get(day);
  const v = rec?.metrics[metric];
  if (!rec) return { value: 0, values: [] };
  if (!v) {
    // A day with sessions but no reading of this metric is unknown, not zero.
    const hasLive = (rec.sessions ?? 0) > 0 || (rec.metrics.durationSec?.value ?? 0) > 0;
    return { value: hasLive ? null : 0, values: [] };
  }
  return { value: Math.max(0, v.value - (sub[metric].get(day) ?? 0)), values: [v] };
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
  for (const day of daysIn(acc, from, to)) {
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
