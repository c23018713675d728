import type { ItemResult, ItemStatus, ItemUnit } from '../../src/rules/result';
import { enBadge } from '../../src/ui/i18n/en';
import { zhBadge } from '../../src/ui/i18n/zh';
import { fmtMinutes } from '../../src/rules/text';

/**
 * Plain-text formatting for the progress CLI: Chinese first, English in brackets. Status words
 * are the popup's own (src/ui/i18n badge dictionaries), so the CLI never says 已完成 where the
 * popup says 已达成.
 */
const statusLabel = (s: ItemStatus): string =>
  `${zhBadge[`status.${s}`]} (${enBadge[`status.${s}`].toLowerCase()})`;
export const STATUS_LABEL = Object.fromEntries(
  (
    [
      'done',
      'on_track',
      'behind',
      'unreachable_today',
      'unknown',
      'not_applicable',
      'excluded',
    ] as const
  ).map((s) => [s, statusLabel(s)]),
) as Record<ItemStatus, string>;

const int = (n: number) => Math.round(n).toLocaleString('en-US');

export function fmtValue(unit: ItemUnit, v: number | null): string {
  if (v === null) return '—';
  switch (unit) {
    case 'minutes':
      return fmtMinutes(v);
    case 'fen':
      return `¥${(v / 100).toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
    case 'score':
      return String(Math.round(v * 100) / 100);
    case 'grade':
      return String(v);
    default:
      return int(v);
  }
}

/** "YYYY-MM-DD HH:mm" from a +08:00 ISO string (already Beijing wall time). */
export const fmtInstant = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

export function fmtWhen(i: ItemResult): string {
  if (i.eta) return `预计 (ETA) ${fmtInstant(i.eta)}`;
  if (!i.deadline) return '';
  return `截止 (by) ${fmtInstant(i.deadline.at)}${i.deadline.projected ? ' 推算 (projected)' : ''}`;
}

export function fmtReward(i: ItemResult): string {
  if (!i.reward) return '';
  return i.reward.pv !== undefined ? `${i.reward.pv} pv` : i.reward.text.zh;
}

/** Terminal columns: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows)
    r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
  return rows
    .map((r) =>
      r
        .map((c, i) => c + ' '.repeat((widths[i] ?? 0) - displayWidth(c)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
