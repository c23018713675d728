/**
 * Formatters for the strings the extension itself writes (badge, popup, manual-entry
 * echoes), mirroring the console styles the parser reads. They exist so that
 * parse(format(x)) can be property-tested: whatever we print, we can read back.
 */

const group = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const trim = (x: number, digits: number): string => String(Number(x.toFixed(digits)));

/** 1234 → "1,234"; 15230 → "1.52万"; 320000000 → "3.2亿". Counts are non-negative integers. */
export function formatCount(n: number): string {
  const v = Math.max(0, Math.round(n));
  if (v >= 1e8) return `${trim(v / 1e8, 2)}亿`;
  if (v >= 1e4) return `${trim(v / 1e4, 2)}万`;
  return group(v);
}

/** Fen → "¥12.34" below ¥100, "¥3,200" below ¥1万, else "¥1.52万". */
export function formatMoney(fen: number): string {
  const f = Math.max(0, Math.round(fen));
  const yuan = f / 100;
  if (yuan >= 1e4) return `¥${formatCount(yuan)}`;
  if (yuan < 100) return `¥${trim(yuan, 2)}`;
  return `¥${group(Math.round(yuan))}`;
}

/** Seconds → "4小时12分" (minutes precision, as the UI writes it). */
export function formatDuration(sec: number): string {
  const m = Math.max(0, Math.round(sec / 60));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `${rest}分`;
  return rest === 0 ? `${h}小时` : `${h}小时${rest}分`;
}

/** Seconds → "04:12:30", the live-timer style. */
export function formatClock(sec: number): string {
  const s = Math.max(0, Math.round(sec));
  const pad = (x: number): string => String(x).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}
