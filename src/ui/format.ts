import type { Assumption, ItemResult, ItemStatus, Provenance } from '../rules/result';
import { beijingDay, beijingHm } from './clock';
import { pick, tb, tc, type Lang } from './i18n/core';
import { formatValue } from './format-number';

// Badge-reachable formatters use `tb` (badge dictionary only); popup-only ones may use `tc`.

export { formatDuration, formatMoney, formatPlain, formatValue, group } from './format-number';

/** "还差 1小时30分" / "1 h 30 m to go"; null when the current value is unknown. */
export function remainingText(item: ItemResult, lang: Lang): string | null {
  if (item.remaining === null) return null;
  return tb(lang, 'remaining', { x: formatValue(item.remaining, item.unit, lang, 'up') });
}

/** "2小时30分 / 4小时" */
export function progressText(item: ItemResult, lang: Lang): string {
  const cur = item.current === null ? '—' : formatValue(item.current, item.unit, lang, 'down');
  return `${cur} / ${formatValue(item.threshold, item.unit, lang)}`;
}

/** ETA at the current pace, or "今天来不及了"; null when there is nothing to say. */
export function etaText(item: ItemResult, lang: Lang, now: string | Date): string | null {
  if (item.status === 'unreachable_today') return tb(lang, 'unreachableToday');
  if (!item.eta || item.status === 'done') return null;
  const t = beijingHm(item.eta);
  const day = beijingDay(item.eta);
  if (day === beijingDay(now)) return tb(lang, 'eta', { t });
  return tb(lang, 'etaDay', { d: day.slice(5), t });
}

/** "2 分钟前" relative to `now`. */
export function agoText(at: string, lang: Lang, now: string | Date): string {
  const min = Math.floor((new Date(now).getTime() - new Date(at).getTime()) / 60_000);
  if (min < 1) return tb(lang, 'ago.now');
  if (min < 60) return tb(lang, 'ago.min', { n: min });
  if (min < 48 * 60) return tb(lang, 'ago.hour', { n: Math.floor(min / 60) });
  return tb(lang, 'ago.day', { n: Math.floor(min / 1440) });
}

/** "2 分钟前 · 页面数据" (+ " · 估算" for derived values). */
export function freshnessText(p: Provenance, lang: Lang, now: string | Date): string {
  const parts = [agoText(p.at, lang, now), tb(lang, `source.${p.source}`)];
  if (p.estimated) parts.push(tb(lang, 'estimated'));
  return parts.join(' · ');
}

export const statusText = (s: ItemStatus, lang: Lang): string => tb(lang, `status.${s}`);

/** Monthly items: ["距数据截止还剩 9 天（含今天）", "每天需 4小时27分"]. */
export function deadlineTexts(item: ItemResult, lang: Lang): string[] {
  const out: string[] = [];
  if (item.daysLeft !== undefined) out.push(tc(lang, 'daysLeft', { n: item.daysLeft }));
  if (item.perDay !== undefined && item.status !== 'done') {
    out.push(tc(lang, 'perDay', { x: formatValue(item.perDay, item.unit, lang, 'up') }));
  }
  return out;
}

/** "奖励 300 pv", or the pack's own reward text when it has no pv figure. */
export function rewardText(item: ItemResult, lang: Lang): string | null {
  if (!item.reward) return null;
  if (item.reward.pv !== undefined) return tc(lang, 'reward', { pv: item.reward.pv });
  return pick(lang, item.reward.text);
}

/** Tooltip of the "?" marker: the reading we chose, then the alternative. */
export function assumptionTitle(a: Assumption, lang: Lang): string {
  const lines = [tc(lang, 'assumptionTip', { a: pick(lang, a.text) })];
  if (a.alternative) lines.push(tc(lang, 'assumptionAlt', { b: pick(lang, a.alternative) }));
  return lines.join('\n');
}

/** 0–1 share for the progress bar (null when unknown). */
export function fraction(item: ItemResult): number | null {
  if (item.current === null || item.threshold <= 0) return null;
  return Math.min(1, item.current / item.threshold);
}
