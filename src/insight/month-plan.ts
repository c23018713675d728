/**
 * A plan for a monthly (or cycle) item: what is needed per remaining day up to the data cutoff,
 * evenly ("每天 4小时27分 到 01-28") or on the weekdays the seller usually streams ("周二、四、六各
 * 6 小时"). Days are Beijing day numbers (days since 1970-01-01, see src/time/beijing.ts). Days
 * before the first countable day (enrolment, cycle start) and after the cutoff are never planned.
 * Recomputed from `remaining` at every evaluation, so the plan follows the month as it goes.
 */
import type { DayNum } from '../time/beijing';

export interface PlanInput {
  /** What the item still needs, in its unit (> 0, else there is nothing to plan). */
  remaining: number;
  today: DayNum;
  /** First day that counts (enrolment or cycle start). */
  from: DayNum;
  /** Data cutoff: the last day that counts. */
  to: DayNum;
  /** Days the seller streamed before today (any order, repeats allowed). */
  liveDays: readonly DayNum[];
}

export interface DayPlan {
  days: DayNum[];
  /** Needed on each of `days`, rounded up so the plan never falls short. */
  perDay: number;
}

export interface MonthPlan {
  even: DayPlan | null;
  /** On the usual weekdays (0 = Sunday … 6 = Saturday, Beijing). */
  usual: (DayPlan & { weekdays: number[] }) | null;
}

/** 1970-01-01 was a Thursday. */
export const weekdayOf = (n: DayNum): number => (((n + 4) % 7) + 7) % 7;

/** Lookback for "usually": the last four weeks; a weekday streamed in at least two of them. */
export const USUAL_LOOKBACK_DAYS = 28;
export const USUAL_MIN_WEEKS = 2;

export function usualWeekdays(liveDays: readonly DayNum[], today: DayNum): number[] {
  const seen = new Set(liveDays.filter((d) => d < today && d >= today - USUAL_LOOKBACK_DAYS));
  const count = new Array<number>(7).fill(0);
  for (const d of seen) count[weekdayOf(d)]! += 1;
  return count.flatMap((c, w) => (c >= USUAL_MIN_WEEKS ? [w] : []));
}

const planOn = (remaining: number, days: DayNum[]): DayPlan | null =>
  days.length === 0 ? null : { days, perDay: Math.ceil(remaining / days.length) };

export function monthPlan(p: PlanInput): MonthPlan | null {
  if (!(p.remaining > 0)) return null;
  const first = Math.max(p.today, p.from);
  const days: DayNum[] = [];
  for (let d = first; d <= p.to; d++) days.push(d);
  const weekdays = usualWeekdays(p.liveDays, p.today);
  const onUsual = days.filter((d) => weekdays.includes(weekdayOf(d)));
  const usual = planOn(p.remaining, onUsual);
  return { even: planOn(p.remaining, days), usual: usual && { ...usual, weekdays } };
}
