/**
 * Pure helpers of the 团队 view (issue #12): filters, each shop's key items from the merged
 * evaluation, and the texts the table shows. No DOM, no messaging: unit-tested directly.
 */
import type { Conflict, Platform } from '../../history/model';
import type { AccountEvaluation } from '../../rules/result';
import { filterShops } from '../../sync/team-view';
import type { SyncStatus, TeamShop, TeamView } from '../../sync/types';
import { agoText, metricName, progressText, shortLabel, statusMark } from '../format';
import { t, type Lang } from '../i18n';
import { formatMetric } from '../metrics';
import { beijingDay, beijingHm } from '../../time/beijing';
import { byUrgency } from '../urgency';
import { showItems, type ShownItem } from '../unread';

export type ShopStatus = TeamShop['status'];
export const SHOP_STATUSES: readonly ShopStatus[] = ['behind', 'on_track', 'done', 'none'];

export interface ShopFilter {
  platform: Platform | 'all';
  status: ShopStatus | 'all';
}

/** Shops matching both filters, in the view's own order (the worker's filterShops). */
export const filterTeamShops = (shops: readonly TeamShop[], f: ShopFilter): TeamShop[] =>
  filterShops([...shops], {
    ...(f.platform === 'all' ? {} : { platform: f.platform }),
    ...(f.status === 'all' ? {} : { status: f.status }),
  });

/** The shop's account in the merged evaluation (same platform and id); null if it has none. */
export const shopEvaluation = (view: TeamView, shop: TeamShop): AccountEvaluation | null =>
  view.evaluation.accounts.find(
    (a) => a.platform === shop.platform && a.accountId === shop.accountId,
  ) ?? null;

/**
 * Up to `max` items worth a glance: the open ones most urgent first (the popup's order), then
 * those already done. No page health crosses machines, so nothing is blanked as 未读到 here.
 */
export function keyItems(acc: AccountEvaluation | null, max = 3): ShownItem[] {
  if (!acc) return [];
  const shown = showItems(acc, []);
  const done = shown.filter(
    (i) => i.shown === 'done' && i.period !== 'window' && i.period !== 'fact',
  );
  return [...byUrgency(shown), ...done].slice(0, max);
}

/** "成交金额 ¥1,200 / ¥5,000": the popup's short label and figures. */
export const itemFigures = (i: ShownItem, lang: Lang, platform: Platform): string =>
  `${shortLabel(i, lang, platform)} ${progressText(i, lang)}`;

export const itemStatus = (i: ShownItem, lang: Lang): string => statusMark(i.shown, lang);

/** "3 分钟前 (05-02 14:32)": relative, with the Beijing wall time it refers to. */
export function beijingAgo(at: string | null, lang: Lang, now: string): string {
  if (!at) return t(lang, 'team.never');
  const day = beijingDay(at) === beijingDay(now) ? '' : `${beijingDay(at).slice(5)} `;
  return `${agoText(at, lang, now)} (${day}${beijingHm(at)})`;
}

/** "直播中" or "机器A · 3 分钟前 (14:32)"; "—" when no machine streamed it. */
export function lastLiveText(shop: TeamShop, lang: Lang, now: string): string {
  if (!shop.lastLive) return '—';
  return t(lang, 'team.lastBy', {
    machine: shop.lastLive.machine.name,
    ago: beijingAgo(shop.lastLive.at, lang, now),
  });
}

/** The sync status line's parts, in reading order. */
export function statusParts(s: SyncStatus, lang: Lang, now: string): string[] {
  const parts = [
    t(lang, 'team.statusLine', { state: t(lang, `team.state.${s.state}`) }),
    t(lang, 'team.lastPush', { t: beijingAgo(s.lastPushAt, lang, now) }),
    t(lang, 'team.lastPull', { t: beijingAgo(s.lastPullAt, lang, now) }),
    t(lang, 'team.pending', { n: s.pending }),
    t(lang, 'team.docs', { n: s.docs }),
  ];
  if (s.machines.length > 0)
    parts.push(t(lang, 'team.machines', { list: s.machines.map((m) => m.name).join('、') }));
  return parts;
}

/** One undecided conflict in words: both values kept, as the seller entered / the page read. */
export function conflictText(c: Conflict, shopName: string, lang: Lang): string {
  return t(lang, 'team.conflict', {
    shop: shopName,
    key: c.key,
    metric: metricName(c.metric, lang, c.platform),
    manual: formatMetric(c.metric, c.manual.value, lang),
    scraped: formatMetric(c.metric, c.scraped.value, lang),
  });
}
