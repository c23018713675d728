/**
 * The one parser for the strings seller consoles print. Every result is either a finite,
 * typed number or an explicit failure: an unreadable cell must never turn into 0 or NaN,
 * because a 0 would look like "the seller did nothing" to the rules engine.
 *
 * Units of the returned value: count → people/orders; money → CNY fen (integer);
 * duration → seconds (integer); percent → the percentage number (12.5 for "12.5%").
 * `step` is the resolution of the printed string in the same unit ("1.52万" has a step of
 * 100), so callers can compare a rounded screen value with an exact API value.
 */
import { parseDuration } from './parse-duration';
import { MAX_READ_VALUE, fail, isEmptyMarker, normalize, ok, parseScaled } from './parse-number';

export { MAX_READ_VALUE, fail, isEmptyMarker, ok };

export type ValueKind = 'count' | 'money' | 'duration' | 'percent';
/** `absurd`: a number was printed but it is NaN/Infinity or above MAX_READ_VALUE. */
export type FailReason = 'empty' | 'unreadable' | 'negative' | 'absurd';
export type Parsed = { ok: true; value: number; step: number } | { ok: false; reason: FailReason };

/** How a bare number is to be read, usually taken from a label suffix like "(元)". */
export type UnitHint = 'yuan' | 'wanYuan' | 'fen' | 'seconds' | 'minutes' | 'hours';

const COUNT_SUFFIX = /(人次|人|次|单|笔|个|场|位|件)$/;
const MONEY_PREFIX = /^(¥|￥|rmb|cny)/i;
const MONEY_SUFFIX = /(元|rmb|cny)$/i;

export function parseCount(raw: string): Parsed {
  if (isEmptyMarker(raw)) return fail('empty');
  const s = normalize(raw).replace(/\+$/, '').replace(COUNT_SUFFIX, '');
  const n = parseScaled(s);
  if (!n) return fail('unreadable');
  if (n.value < 0) return fail('negative');
  return ok(Math.round(n.value), Math.max(1, n.step));
}

export function parseMoney(raw: string, hint: UnitHint = 'yuan'): Parsed {
  if (isEmptyMarker(raw)) return fail('empty');
  let s = normalize(raw).replace(MONEY_PREFIX, '');
  const wanYuan = /万元$/.test(s);
  s = s.replace(/万元$/, '万').replace(MONEY_SUFFIX, '');
  const n = parseScaled(s);
  if (!n) return fail('unreadable');
  if (n.value < 0) return fail('negative');
  const perUnit = hint === 'fen' ? 1 : hint === 'wanYuan' && !wanYuan ? 1_000_000 : 100;
  return ok(Math.round(n.value * perUnit), Math.max(1, Math.round(n.step * perUnit)));
}

export function parsePercent(raw: string): Parsed {
  if (isEmptyMarker(raw)) return fail('empty');
  const s = normalize(raw);
  const m = /^([+-]?\d+(?:\.\d+)?)%$/.exec(s);
  if (!m?.[1]) return fail('unreadable');
  const decimals = m[1].split('.')[1]?.length ?? 0;
  // A percentage is a signed ratio (环比 -3.2%), never a stored metric: only its size is bounded.
  const v = Number(m[1]);
  return Math.abs(v) <= MAX_READ_VALUE
    ? { ok: true, value: v, step: 10 ** -decimals }
    : fail('absurd');
}

export { parseDuration };

/** Parses `raw` as the given kind; a label's unit suffix may set how bare numbers read. */
export function parseValue(raw: string, kind: ValueKind, hint?: UnitHint): Parsed {
  switch (kind) {
    case 'count':
      return parseCount(raw);
    case 'money':
      return parseMoney(raw, hint);
    case 'duration':
      return parseDuration(raw, hint);
    case 'percent':
      return parsePercent(raw);
  }
}

/** Guesses the kind from the string itself (¥ → money, % → percent, 时/分/: → duration). */
export function guessKind(raw: string): ValueKind {
  const s = normalize(raw);
  if (/[¥￥元]/.test(s)) return 'money';
  if (s.endsWith('%')) return 'percent';
  if (/[时分秒:]|\d\s*(h|min|m|s)$/i.test(s)) return 'duration';
  return 'count';
}

export const parseAuto = (raw: string): Parsed => parseValue(raw, guessKind(raw));

/** A shop score such as BSR 货描 "4.8" / "4.8分" (0–5). */
export function parseScore(raw: string): Parsed {
  if (isEmptyMarker(raw)) return fail('empty');
  const m = /^(\d(?:\.\d+)?)分?$/.exec(normalize(raw));
  if (!m?.[1] || Number(m[1]) > 5) return fail('unreadable');
  return ok(Number(m[1]), 10 ** -(m[1].split('.')[1]?.length ?? 0));
}

/** 交易勋章 level: "交易勋章-3级", "3级", "3A", "AAA" → 3 (0–5). */
export function parseMedal(raw: string): Parsed {
  if (isEmptyMarker(raw)) return fail('empty');
  const s = normalize(raw).replace(/^交易勋章[-:]?/, '');
  const n = /^([0-5])(?:级|a|A|星)?$/.exec(s)?.[1];
  if (n !== undefined) return ok(Number(n), 1);
  if (/^A{1,5}$/i.test(s)) return ok(s.length, 1);
  return fail('unreadable');
}
