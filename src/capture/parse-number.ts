/** Number-level helpers shared by the unit parsers, and the one bound every reading obeys. */
import type { Parsed } from './parse';

/**
 * The largest value a reading may take, in its stored unit (fen, seconds, people). Equal to
 * MAX_METRIC_VALUE in src/history/model.ts (a unit test checks it); defined again here because
 * model.ts imports zod, which must stay out of the content scripts.
 */
export const MAX_READ_VALUE = 1e13;

export const fail = (reason: Extract<Parsed, { ok: false }>['reason']): Parsed => ({
  ok: false,
  reason,
});

/**
 * Every parsed reading passes through here: NaN, Infinity, a negative value or one above
 * MAX_READ_VALUE is unreadable, never a number that could be stored.
 */
export function ok(value: number, step: number): Parsed {
  if (!Number.isFinite(value) || !Number.isFinite(step)) return fail('absurd');
  if (value < 0) return fail('negative');
  return value > MAX_READ_VALUE ? fail('absurd') : { ok: true, value, step };
}

/** Full-width digits and punctuation → ASCII; drops spaces, NBSP and thousands separators. */
export function normalize(raw: string): string {
  return raw
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[：]/g, ':')
    .replace(/[％]/g, '%')
    .replace(/[＋]/g, '+')
    .replace(/[\s\u00a0\u200b]+/g, '')
    .replace(/(\d)[,，](?=\d{3}(\D|$))/g, '$1');
}

const SCALE: Record<string, number> = { '': 1, w: 1e4, 万: 1e4, 亿: 1e8, k: 1e3, 千: 1e3 };
const SCALED = /^([+-]?)(\d+(?:\.\d+)?)(w|万|亿|k|千)?$/i;

/**
 * "1.5万" → {value: 15000, step: 1000}; null when the string is not one number with an
 * optional Chinese/Latin magnitude suffix. The step is the printed resolution.
 */
export function parseScaled(s: string): { value: number; step: number } | null {
  const m = SCALED.exec(s);
  if (!m?.[2]) return null;
  const scale = SCALE[(m[3] ?? '').toLowerCase()] ?? 1;
  const decimals = m[2].split('.')[1]?.length ?? 0;
  // Not bounded here: an absurd value (a 400-digit number is Infinity) is refused by ok().
  const value = Number(m[2]) * scale * (m[1] === '-' ? -1 : 1);
  // Round away binary noise from 1.15 * 1e4 style products.
  return { value: Number(value.toFixed(6)), step: scale * 10 ** -decimals };
}

/** Placeholders consoles print for "no data": read as empty, never as 0. */
const EMPTY = new Set([
  '',
  '-',
  '--',
  '---',
  '—',
  '——',
  '－',
  '暂无',
  '暂无数据',
  '无',
  'n/a',
  '/',
  '·',
]);

export function isEmptyMarker(raw: string): boolean {
  return EMPTY.has(normalize(raw).toLowerCase());
}
