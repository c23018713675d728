import type { ItemUnit } from '../rules/result';
import { tb, type Lang } from './i18n/core';

/** How to round for display: what is still needed rounds up, so "还差" never understates. */
export type Rounding = 'nearest' | 'up' | 'down';

const roundBy = (x: number, mode: Rounding): number =>
  mode === 'up' ? Math.ceil(x - 1e-9) : mode === 'down' ? Math.floor(x + 1e-9) : Math.round(x);

/** 1234567 → "1,234,567". Own grouping: Intl output differs between engines and locales. */
export function group(n: number): string {
  const [int, frac] = String(n).split('.');
  const g = (int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${g}.${frac}` : g;
}

/** Up to `digits` decimals, trailing zeros dropped: 1.50 → "1.5". */
export const trimmed = (x: number, digits: number): string => String(Number(x.toFixed(digits)));

/** Minutes → "1小时30分" / "1 h 30 m". */
export function formatDuration(minutes: number, lang: Lang, mode: Rounding = 'nearest'): string {
  const total = Math.max(0, roundBy(minutes, mode));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return tb(lang, 'dur.m', { m });
  if (m === 0) return tb(lang, 'dur.h', { h: group(h) });
  return tb(lang, 'dur.hm', { h: group(h), m });
}

/** Wan (万) and yi (亿) scaling for Chinese figures ≥ 10,000. */
function wan(x: number, mode: Rounding): string {
  if (x >= 1e8) return `${trimmed(roundBy(x / 1e6, mode) / 100, 2)}亿`;
  return `${trimmed(roundBy(x / 100, mode) / 100, 2)}万`;
}

/** Fen → zh "¥1.52万" / "¥3,200"; en "¥15,200". Whole yuan unless below ¥100. */
export function formatMoney(fen: number, lang: Lang, mode: Rounding = 'nearest'): string {
  const yuan = fen / 100;
  if (lang === 'zh' && yuan >= 10_000) return `¥${wan(yuan, mode)}`;
  if (yuan < 100 && !Number.isInteger(yuan)) {
    const cents = roundBy(fen, mode) / 100;
    return `¥${trimmed(cents, 2)}`;
  }
  return `¥${group(roundBy(yuan, mode))}`;
}

/** A plain count, zh scaled to 万 from 10,000. */
export function formatPlain(n: number, lang: Lang, mode: Rounding = 'nearest'): string {
  if (lang === 'zh' && n >= 10_000) return wan(n, mode);
  return Number.isInteger(n) ? group(n) : trimmed(n, 2);
}

/** Any engine value in its unit. */
export function formatValue(
  value: number,
  unit: ItemUnit,
  lang: Lang,
  mode: Rounding = 'nearest',
): string {
  switch (unit) {
    case 'minutes':
      return formatDuration(value, lang, mode);
    case 'fen':
      return formatMoney(value, lang, mode);
    case 'flag':
      return tb(lang, value > 0 ? 'flag.yes' : 'flag.no');
    case 'score':
      return tb(lang, 'unit.score', { n: trimmed(value, 2) });
    case 'grade':
      return tb(lang, 'unit.grade', { n: trimmed(value, 2) });
    default: {
      const n = unit === 'days' ? value : roundBy(value, mode);
      return tb(lang, `unit.${unit}`, { n: formatPlain(n, lang, mode) });
    }
  }
}
