import { DAY_MS, dayNumOfKey, type DayNum } from '../time/beijing';

/**
 * `Date.parse` for the instants the history stores, without the engine's generic date parser:
 * indexing 2 years × 6 accounts parses ~60 000 of them (every value's `at`, every session's
 * start, end and last seen) and `Date.parse` made that ~25 ms on a first evaluation (issue #16).
 *
 * Only the exact shapes the history writes take the fast path — `YYYY-MM-DDTHH:mm:ss`, optional
 * `.sss`, then `Z` or `±HH:mm` — with every field inside the range every engine accepts the same
 * way (days up to 28, so no month-end rollover question; no 24:00; years 1000–9999). Anything
 * else goes to `Date.parse` itself, so the result is always `Date.parse(s)`
 * (tests/unit/rules/instant.test.ts compares the two on generated and edge-case strings).
 */

/** Two ASCII digits at `i` as a number, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Offset in minutes of `Z` / `±HH:mm` at `i` (the string's end), or NaN when it is not one. */
function offsetMinutes(s: string, i: number): number {
  if (s.length === i + 1) return s.charCodeAt(i) === 90 /* Z */ ? 0 : NaN;
  if (s.length !== i + 6 || s.charCodeAt(i + 3) !== 58 /* : */) return NaN;
  const sign = s.charCodeAt(i);
  const h = two(s, i + 1);
  const m = two(s, i + 4);
  if (h < 0 || h > 23 || m < 0 || m > 59) return NaN;
  if (sign === 43 /* + */) return h * 60 + m;
  return sign === 45 /* - */ ? -(h * 60 + m) : NaN;
}

// The last string read and its instant: a record's values mostly share one `at`, and a
// finished session's end, last seen and values are often the same instant.
let lastText = '';
let lastMs = NaN;

/** The same number as `Date.parse(s)` (NaN for what it cannot read). */
export function parseInstant(s: string): number {
  if (s === lastText) return lastMs;
  if (typeof s !== 'string') return Date.parse(s); // not what the types say: Date decides
  const fast = fastParse(s);
  lastText = s;
  lastMs = fast === fast ? fast : Date.parse(s); // NaN: not a fast shape (or invalid): ask Date
  return lastMs;
}

function fastParse(s: string): number {
  if (s.length < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  if (s.charCodeAt(10) !== 84 /* T */ || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58)
    return NaN;
  const y0 = two(s, 0);
  const y1 = two(s, 2);
  const y = y0 * 100 + y1;
  const mo = two(s, 5);
  const d = two(s, 8);
  const h = two(s, 11);
  const mi = two(s, 14);
  const sec = two(s, 17);
  if (y0 < 10 || y1 < 0 || mo < 1 || mo > 12 || d < 1 || d > 28) return NaN;
  if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) return NaN;
  let ms = 0;
  let at = 19;
  if (s.charCodeAt(19) === 46 /* . */) {
    const hi = two(s, 20);
    const lo = s.charCodeAt(22) - 48;
    if (hi < 0 || lo < 0 || lo > 9) return NaN;
    ms = hi * 10 + lo;
    at = 23;
  }
  const off = offsetMinutes(s, at);
  if (off !== off) return NaN;
  const secs = daysFromCivil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + sec - off * 60;
  return secs * 1000 + ms;
}

/** `dayNumOfKey` (the same number, tests/unit/rules/history-index.test.ts) without slicing. */
export function dayNumOfDayKey(key: string): DayNum {
  if (key.length < 10) return dayNumOfKey(key);
  const y0 = key.charCodeAt(0) - 48;
  const y1 = key.charCodeAt(1) - 48;
  const y2 = key.charCodeAt(2) - 48;
  const y3 = key.charCodeAt(3) - 48;
  const m0 = key.charCodeAt(5) - 48;
  const m1 = key.charCodeAt(6) - 48;
  const d0 = key.charCodeAt(8) - 48;
  const d1 = key.charCodeAt(9) - 48;
  // Only all-digit fields read as dayNumOfKey's Number(slice) does; anything else goes to it
  // (`>>> 0` makes a negative difference, a character below '0', large).
  if (y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9) return dayNumOfKey(key);
  if (m0 >>> 0 > 9 || m1 >>> 0 > 9 || d0 >>> 0 > 9 || d1 >>> 0 > 9) return dayNumOfKey(key);
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  // Date.UTC (what dayNumOfKey calls) rolls months and days over and reads years < 100 as 19xx.
  if (y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= 28) return daysFromCivil(y, m, d);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}
