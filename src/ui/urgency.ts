/**
 * One urgency order for every view (popup summary, badge, toolbar): today's live items first
 * (the ones this stream can still change), then longer items at risk, then the other totals.
 * Badge-reachable: no dictionaries beyond the badge's own.
 */
import type { Platform } from '../history/model';
import type { AccountEvaluation } from '../rules/result';
import { remainingText, shortLabel, statusText } from './format';
import type { Lang } from './i18n/core';
import { isLive, type ShownItem, type ShownStatus } from './unread';

/** Statuses the seller can still act on; anything else is done, waiting or explained. */
const STATUS_RANK: Partial<Record<ShownStatus, number>> = {
  behind: 0,
  unreachable_today: 1,
  unread: 2,
  on_track: 3,
  // A 1688 level requirement not met yet (还差 244 买家): what the seller chases, no pace.
  not_met: 4,
};
/** Eligibility checks (the 15-minute window, shop facts) are explained in the popup only. */
const CHECK_PERIODS = new Set<ShownItem['period']>(['window', 'fact']);

export const isOpen = (i: ShownItem): boolean =>
  STATUS_RANK[i.shown] !== undefined && !CHECK_PERIODS.has(i.period);

/** 0 today's / this session's, 1 a longer item at risk, 2 any other total. */
export function tier(i: ShownItem): number {
  if (isLive(i)) return 0;
  return i.shown === 'behind' || i.shown === 'unreachable_today' ? 1 : 2;
}

const share = (i: ShownItem): number =>
  i.threshold > 0 && i.remaining !== null ? i.remaining / i.threshold : 0;

/** Sort key: lower is more urgent. */
export const urgencyKey = (i: ShownItem): number[] => [
  tier(i),
  STATUS_RANK[i.shown] ?? 9,
  -share(i),
];

export function compareUrgency(a: ShownItem, b: ShownItem): number {
  const ka = urgencyKey(a);
  const kb = urgencyKey(b);
  const j = ka.findIndex((x, n) => x !== kb[n]);
  return j < 0 ? 0 : ka[j]! - kb[j]!;
}

/** Open items, most urgent first. */
export const byUrgency = (items: ShownItem[]): ShownItem[] =>
  items.filter(isOpen).sort(compareUrgency);

export interface Urgent {
  acc: AccountEvaluation;
  item: ShownItem;
}

/** The most urgent open item, live accounts first (all accounts when none is live). */
export function mostUrgent(
  accounts: Array<{ acc: AccountEvaluation; items: ShownItem[] }>,
  accept: (i: ShownItem) => boolean = () => true,
): Urgent | null {
  const live = accounts.filter((a) => a.acc.live);
  let best: Urgent | null = null;
  for (const { acc, items } of live.length ? live : accounts) {
    for (const item of byUrgency(items).filter(accept)) {
      if (!best || compareUrgency(item, best.item) < 0) best = { acc, item };
    }
  }
  return best;
}

/** "成交金额 还差 ¥2,832 · 落后进度" / "成交金额 · 未读到": label + figure + status. */
export function summaryText(i: ShownItem, lang: Lang, platform?: Platform): string {
  const label = shortLabel(i, lang, platform);
  const rem = i.shown === 'unread' ? null : remainingText(i, lang);
  return `${label}${rem ? ` ${rem}` : ''} · ${statusText(i.shown, lang)}`;
}
