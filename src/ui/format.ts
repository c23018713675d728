import type { Platform } from '../history/model';
import type { Assumption, ItemResult, Provenance } from '../rules/result';
import { beijingDay, beijingHm } from '../time/beijing';
import { isBadgeKey, pick, tb, tc, type BadgeKey, type Lang } from './i18n/core';
import { formatValue } from './format-number';
import { itemMetric, type ShownStatus } from './unread';

// Badge-reachable formatters use `tb` (badge dictionary only); popup-only ones may use `tc`.

export { formatDuration, formatMoney, formatPlain, formatValue, group } from './format-number';

/** "还差 1小时30分" / "1 h 30 m to go"; null when the current value is unknown. */
export function remainingText(item: ItemResult, lang: Lang): string | null {
  if (item.remaining === null) return null;
  return tb(lang, 'remaining', { x: formatValue(item.remaining, item.unit, lang, 'up') });
}

/** "2小时30分 / 4小时"; "未读到 / 4小时" when the page could not read it. */
export function progressText(item: ItemResult & { shown?: ShownStatus }, lang: Lang): string {
  const unread = item.shown === 'unread' && item.current === null;
  const cur = unread
    ? tb(lang, 'status.unread')
    : item.current === null
      ? '—'
      : formatValue(item.current, item.unit, lang, 'down');
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

export const statusText = (s: ShownStatus, lang: Lang): string => tb(lang, `status.${s}`);

/** A symbol per status, so no status is told by colour alone. */
export const STATUS_MARK: Record<ShownStatus, string> = {
  done: '✓',
  on_track: '↗',
  behind: '↘',
  unreachable_today: '✕',
  unread: '?',
  unknown: '?',
  not_met: '○',
  not_applicable: '–',
  excluded: '–',
};

/** "✓ 已达成": the status in words with its symbol. */
export const statusMark = (s: ShownStatus, lang: Lang): string =>
  `${STATUS_MARK[s]} ${statusText(s, lang)}`;

/** A metric in the console's own word (JD calls DAU 访问人数); unknown keys shown as they are. */
export function metricName(m: string, lang: Lang, platform?: Platform): string {
  const own = `metric.${platform}.${m}`;
  if (isBadgeKey(own)) return tb(lang, own);
  const key = `metric.${m}`;
  return isBadgeKey(key) ? tb(lang, key) : m;
}

const PERIOD_PREFIX: Partial<Record<ItemResult['period'], BadgeKey>> = {
  cycle: 'per.cycle',
  month: 'per.month',
  week: 'per.week',
};
const NAMED = new Set<ItemResult['period']>(['day', 'session', 'cycle', 'month', 'week']);
/** Items whose pack label states "metric ≥ target": restated in one vocabulary and units. */
const named = (item: ItemResult): string | null =>
  NAMED.has(item.period) && item.label.zh.includes('≥') ? itemMetric(item) : null;
const cap = (s: string, lang: Lang): string =>
  lang === 'en' ? s.charAt(0).toUpperCase() + s.slice(1) : s;

/** "成交金额" / "周期累计 直播时长": one name per metric; the pack's label when it has none. */
export function shortLabel(item: ItemResult, lang: Lang, platform?: Platform): string {
  const m = named(item);
  if (!m) return pick(lang, item.label);
  const prefix = PERIOD_PREFIX[item.period];
  const name = metricName(m, lang, platform);
  return cap(prefix ? `${tb(lang, prefix)} ${name}` : name, lang);
}

/** "访问人数 ≥ 1,000 人": the short label with the target in the same units as the figures. */
export function itemLabel(item: ItemResult, lang: Lang, platform?: Platform): string {
  if (!named(item)) return pick(lang, item.label);
  return `${shortLabel(item, lang, platform)} ≥ ${formatValue(item.threshold, item.unit, lang)}`;
}

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
