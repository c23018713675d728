/**
 * Douyin's value shapes (CONSOLES.md). Responses are `{st, msg, data}`: `st` 0 is success,
 * anything else (10012 视角不匹配, 11001 网络不稳定, 100704 登录过期, 625 无直播间权限) is an
 * error for health, never zeros. Live figures come as `{unit, value}` (`price` fen, `ratio`
 * 0–1, `time` seconds, `number` a count); list rows as display strings ("¥45,678.90",
 * "12,345", "1小时21分5秒", "100.00%"), read with the shared parsers.
 */
import { at, isObj, num, str } from '../../capture/json';
import { parseCount, parseDuration, parseMoney, parsePercent } from '../../capture/parse';
import { toIso } from '../../time/console';

/** `"625 达人没有直播间权限"` for an error envelope; undefined for success or a non-envelope. */
export function dyError(body: unknown): string | undefined {
  const st = at(body, 'st');
  if (st === undefined || st === null || String(st) === '0') return undefined;
  return `${str(st) ?? 'error'} ${str(at(body, 'msg')) ?? ''}`.trim();
}

export type DyUnit = 'price' | 'ratio' | 'time' | 'number';

/** `{unit, value}` → its number and unit; a bare number has no unit. Odd shapes → undefined. */
export function dyValue(x: unknown): { value: number; unit?: string } | undefined {
  if (!isObj(x)) {
    const n = num(x);
    return n === undefined ? undefined : { value: n };
  }
  const value = num(x.value);
  if (value === undefined) return undefined;
  const unit = str(x.unit);
  return unit ? { value, unit } : { value };
}

/** A count: a bare number or `unit: number`; a price, time or ratio is not a count. */
export function dyCount(x: unknown): number | undefined {
  const v = dyValue(x);
  return v && (v.unit === undefined || v.unit === 'number') ? Math.round(v.value) : undefined;
}

/** Money in fen, only when the value says `price` (fen); any other shape is not guessed. */
export function dyFen(x: unknown): number | undefined {
  const v = dyValue(x);
  return v?.unit === 'price' ? Math.round(v.value) : undefined;
}

/** Seconds from `unit: time`. */
export function dySeconds(x: unknown): number | undefined {
  const v = dyValue(x);
  return v?.unit === 'time' ? Math.round(v.value) : undefined;
}

const parsed = (p: { ok: true; value: number } | { ok: false }): number | undefined =>
  p.ok ? p.value : undefined;

/**
 * A list cell: a display string, or (some builds) a `{unit, value}`. `money` → fen,
 * `duration` → seconds, `count` → people, `percent` → the percentage (100.00% → 100).
 * A placeholder ("--") or anything unreadable is undefined, never 0.
 */
export function dyDisplay(
  x: unknown,
  kind: 'count' | 'money' | 'duration' | 'percent',
): number | undefined {
  if (typeof x !== 'string') {
    if (kind === 'money') return dyFen(x);
    if (kind === 'duration') return dySeconds(x);
    if (kind === 'percent') {
      const v = dyValue(x);
      return v?.unit === 'ratio' ? Math.round(v.value * 1e6) / 1e4 : undefined;
    }
    return dyCount(x);
  }
  if (kind === 'money') return parsed(parseMoney(x));
  if (kind === 'duration') return parsed(parseDuration(x));
  if (kind === 'percent') return parsed(parsePercent(x));
  return parsed(parseCount(x));
}

/** "2026/03/09 20:00" (Beijing wall clock, as the list prints it), a dashed one or epoch s/ms. */
export function dyTime(x: unknown): string | undefined {
  if (typeof x === 'string')
    return toIso(x.trim().replace(/^(\d{4})\/(\d{2})\/(\d{2})/, '$1-$2-$3'));
  return toIso(x);
}
