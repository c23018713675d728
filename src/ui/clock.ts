/**
 * Beijing wall-clock helpers without date-fns. China has had no DST since 1991, so a fixed
 * +08:00 offset is exact; keeping date-fns out matters because these ship in the content
 * script (in-page badge) whose size budget is tight. Tests check them against
 * src/rules/calendar.ts, which stays the authority for day math.
 */
const OFFSET_MS = 8 * 3_600_000;

const shifted = (instant: string | number | Date): string =>
  new Date(new Date(instant).getTime() + OFFSET_MS).toISOString();

/** "HH:mm" on the Beijing clock. */
export const beijingHm = (instant: string | number | Date): string =>
  shifted(instant).slice(11, 16);

/** "YYYY-MM-DD" Beijing day. */
export const beijingDay = (instant: string | number | Date): string =>
  shifted(instant).slice(0, 10);

/** Beijing hour 0–23. */
export const beijingHour = (instant: string | number | Date): number =>
  Number(shifted(instant).slice(11, 13));
