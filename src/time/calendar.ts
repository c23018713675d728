import { TZDate, tz } from '@date-fns/tz';
import {
  addDays as addDaysFns,
  differenceInCalendarDays,
  format,
  parseISO,
  startOfDay,
} from 'date-fns';

/**
 * Beijing calendar days with date-fns (the authority for day keys; ./beijing.ts is the same
 * arithmetic without date-fns for hot loops and content scripts). Every platform counts Beijing days (Asia/Shanghai, UTC+8,
 * no DST) whatever the computer's own zone is, so every function here takes instants and
 * day keys explicitly and never reads the machine's local calendar.
 */
export const BEIJING = 'Asia/Shanghai';
const inBeijing = tz(BEIJING);

export type DayKey = string; // YYYY-MM-DD
export type Instant = Date | string | number;

const toDate = (i: Instant): Date =>
  i instanceof Date ? i : typeof i === 'number' ? new Date(i) : new Date(i);

/** The Beijing calendar day of an instant. */
export function dayOf(instant: Instant): DayKey {
  return format(new TZDate(toDate(instant).getTime(), BEIJING), 'yyyy-MM-dd');
}

/** The instant at which a Beijing day starts (00:00 +08:00). */
export function dayStart(day: DayKey): Date {
  const d = startOfDay(parseISO(day, { in: inBeijing }), { in: inBeijing });
  return new Date(d.getTime());
}

/** The instant at which a Beijing day ends (next day's 00:00 +08:00). */
export function dayEnd(day: DayKey): Date {
  return dayStart(addDays(day, 1));
}

export function addDays(day: DayKey, n: number): DayKey {
  return format(addDaysFns(parseISO(day, { in: inBeijing }), n, { in: inBeijing }), 'yyyy-MM-dd');
}

/** Calendar days from a to b (b − a); negative when b is before a. */
export function diffDays(a: DayKey, b: DayKey): number {
  return differenceInCalendarDays(parseISO(b, { in: inBeijing }), parseISO(a, { in: inBeijing }), {
    in: inBeijing,
  });
}

/** Whole and fractional minutes left before Beijing midnight. */
export function minutesToMidnight(now: Instant): number {
  const t = toDate(now).getTime();
  return (dayEnd(dayOf(t)).getTime() - t) / 60_000;
}

/** "HH:mm" on the Beijing clock. */
export function beijingClock(instant: Instant): string {
  return format(new TZDate(toDate(instant).getTime(), BEIJING), 'HH:mm');
}

/** ISO string with the +08:00 offset, for user-facing instants and exports. */
export function beijingIso(instant: Instant): string {
  return format(new TZDate(toDate(instant).getTime(), BEIJING), "yyyy-MM-dd'T'HH:mm:ssXXX");
}

/** Days from..to inclusive, in order. */
export function eachDay(from: DayKey, to: DayKey): DayKey[] {
  const out: DayKey[] = [];
  for (let d = from; diffDays(d, to) >= 0; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Splits [start, end) at Beijing midnights: seconds spent in each day. */
export function splitByDay(start: Instant, end: Instant): Array<{ day: DayKey; seconds: number }> {
  const s = toDate(start).getTime();
  const e = toDate(end).getTime();
  const out: Array<{ day: DayKey; seconds: number }> = [];
  let cursor = s;
  while (cursor < e) {
    const day = dayOf(cursor);
    const next = Math.min(e, dayEnd(day).getTime());
    out.push({ day, seconds: (next - cursor) / 1000 });
    cursor = next;
  }
  return out;
}

/** The month key (YYYY-MM) of a Beijing day. */
export const monthOf = (day: DayKey): string => day.slice(0, 7);

/** Last day of the month of a day key. */
export function monthEnd(day: DayKey): DayKey {
  const first = `${monthOf(day)}-01`;
  return addDays(
    format(addDaysFns(parseISO(first, { in: inBeijing }), 32, { in: inBeijing }), 'yyyy-MM-01'),
    -1,
  );
}
