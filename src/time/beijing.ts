/**
 * Beijing time as plain +08:00 arithmetic, without date-fns: integer day numbers for the
 * engine's hot loops (calendar.ts, date-fns + TZDate, costs 20–60 µs a call, which would blow
 * the 2 ms budget for 2 years × 6 accounts) and the wall clock for the in-page badge, whose
 * content-script size budget keeps date-fns out. Asia/Shanghai has had a fixed +08:00 offset
 * with no DST since 1991, so for every instant the product can see this is exact.
 * tests/unit/rules/daymath.test.ts and tests/unit/ui/clock.test.ts pin it against calendar.ts,
 * which stays the authority for day-key arithmetic.
 */
export const DAY_MS = 86_400_000;
const OFFSET_MS = 8 * 3_600_000;

/** Days since 1970-01-01 on the Beijing calendar. */
export type DayNum = number;

export const dayNumOf = (ms: number): DayNum => Math.floor((ms + OFFSET_MS) / DAY_MS);

export function dayNumOfKey(key: string): DayNum {
  const y = Number(key.slice(0, 4));
  const m = Number(key.slice(5, 7));
  const d = Number(key.slice(8, 10));
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** Day keys already formatted: the engine asks for the same few hundred days on every run. */
const dayKeys = new Map<DayNum, string>();
export function keyOfDayNum(n: DayNum): string {
  let k = dayKeys.get(n);
  if (k === undefined) {
    if (dayKeys.size > 8192) dayKeys.clear();
    k = new Date(n * DAY_MS).toISOString().slice(0, 10);
    dayKeys.set(n, k);
  }
  return k;
}

/** Instant (ms) at which a Beijing day starts. */
export const dayStartMs = (n: DayNum): number => n * DAY_MS - OFFSET_MS;
export const dayEndMs = (n: DayNum): number => dayStartMs(n + 1);

/** ISO string with +08:00, like calendar.beijingIso. */
export const isoBeijing = (ms: number): string =>
  `${new Date(ms + OFFSET_MS).toISOString().slice(0, 19)}+08:00`;

type Instant = string | number | Date;
const shifted = (instant: Instant): string =>
  new Date(new Date(instant).getTime() + OFFSET_MS).toISOString();

/** "HH:mm" on the Beijing clock, like calendar.beijingClock. */
export const beijingHm = (instant: Instant): string => shifted(instant).slice(11, 16);
/** The same as beijingHm, for epoch milliseconds (the engine's name). */
export const clockBeijing = (ms: number): string => beijingHm(ms);

/** "YYYY-MM-DD" Beijing day, like calendar.dayOf. */
export const beijingDay = (instant: Instant): string => shifted(instant).slice(0, 10);

/** Beijing hour 0–23. */
export const beijingHour = (instant: Instant): number => Number(shifted(instant).slice(11, 13));

/** Last day of the month containing `n`. */
export function monthEndNum(n: DayNum): DayNum {
  const d = new Date(n * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / DAY_MS;
}

export const monthKeyOfNum = (n: DayNum): string => keyOfDayNum(n).slice(0, 7);

/** Monday of the ISO week containing `n` (Beijing calendar). */
export function weekStartNum(n: DayNum): DayNum {
  const weekday = (new Date(n * DAY_MS).getUTCDay() + 6) % 7; // Monday = 0
  return n - weekday;
}

/** Seconds of [startMs, endMs) falling in each Beijing day, like calendar.splitByDay. */
export function splitMsByDay(
  startMs: number,
  endMs: number,
): Array<{ day: DayNum; seconds: number }> {
  const out: Array<{ day: DayNum; seconds: number }> = [];
  let cursor = startMs;
  while (cursor < endMs) {
    const day = dayNumOf(cursor);
    const next = Math.min(endMs, dayEndMs(day));
    out.push({ day, seconds: (next - cursor) / 1000 });
    cursor = next;
  }
  return out;
}

/** First day of the month containing `n`. */
export const monthStartNum = (n: DayNum): DayNum => n - new Date(n * DAY_MS).getUTCDate() + 1;
