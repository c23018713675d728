/** Number-level helpers shared by the unit parsers. */

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
  const value = Number(m[2]) * scale * (m[1] === '-' ? -1 : 1);
  if (!Number.isFinite(value)) return null;
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
