/**
 * What a view may claim about an item, given the pages' health reports. An item whose figure
 * comes from a metric the page could not read is shown as "未读到" (never 0, never an ETA or an
 * on-track status). Badge-reachable: no i18n dictionaries, no zod.
 */
import type { Health } from '../messaging';
import type { AccountEvaluation, ItemResult, ItemStatus, ItemUnit } from '../rules/result';

/** Statuses as views show them: the engine's, plus `unread` and `not_met` (level requirements). */
export type ShownStatus = ItemStatus | 'unread' | 'not_met';

/** An item as a view shows it: figures the page could not read are already blanked. */
export type ShownItem = ItemResult & { shown: ShownStatus };

const BY_UNIT: Partial<Record<ItemUnit, string>> = {
  minutes: 'durationSec',
  fen: 'gmvFen',
  viewers: 'dau',
  buyers: 'buyers',
  orders: 'orders',
  fans: 'fans',
};
/** 1688 requirement items carry the shop fact's own key as item id (rules/alibaba-anchor.json). */
const FACTS = new Set(['medal', 'bsrDesc', 'bsrShip', 'fans', 'sessions30', 'buyers30']);
/** Level requirements and eligibility checks: met or not, never "behind pace". */
const LEVEL_PERIODS = new Set<ItemResult['period']>(['rolling30', 'fact', 'window']);
/** Periods whose figure is today's / this session's alone (an unread page blanks it). */
export const isLive = (i: Pick<ItemResult, 'period'>): boolean =>
  i.period === 'day' || i.period === 'session';

/** The metric behind an item's figure (by its unit, or a 1688 fact id); null when derived. */
export function itemMetric(i: Pick<ItemResult, 'itemId' | 'unit'>): string | null {
  if (FACTS.has(i.itemId)) return i.itemId;
  return BY_UNIT[i.unit] ?? null;
}

type AccountRef = Pick<AccountEvaluation, 'platform' | 'accountId' | 'live'>;

/**
 * Metrics the pages feeding this account report as missing, unless a later report of the same
 * account read them. A report without an account id counts for the platform's live accounts.
 */
export function unreadMetrics(health: readonly Health[], acc: AccountRef): Set<string> {
  const mine = health.filter(
    (h) =>
      h.platform === acc.platform &&
      (h.accountId === acc.accountId || (h.accountId === null && acc.live)),
  );
  const out = new Set<string>();
  for (const h of mine) {
    for (const raw of h.missing) {
      const m = raw.split(':')[0]!;
      const readLater = mine.some((o) => o.at >= h.at && o.read.some((r) => r.metric === m));
      if (!readLater) out.add(m);
    }
  }
  return out;
}

/**
 * The status a view shows for an item. `live`: the account streams now, so a live figure that
 * is unknown for want of a reading (not of a setting) is one the page could not read.
 */
export function shownStatus(i: ItemResult, unread: ReadonlySet<string>, live = false): ShownStatus {
  const s = i.status;
  if (s === 'done' || s === 'not_applicable' || s === 'excluded') return s;
  const m = itemMetric(i);
  if (m !== null && unread.has(m)) return 'unread';
  if (s === 'unknown') return live && isLive(i) && !i.reason?.setting ? 'unread' : 'unknown';
  if (s === 'behind' && LEVEL_PERIODS.has(i.period)) return 'not_met';
  return s;
}

/**
 * The item as shown: unread live figures become null (so nothing formats a 0 or a remainder),
 * and no unread item keeps an ETA. Longer periods keep their total (read days) with a note.
 */
export function showItem(i: ItemResult, unread: ReadonlySet<string>, live = false): ShownItem {
  const shown = shownStatus(i, unread, live);
  if (shown !== 'unread') return { ...i, shown };
  const { eta: _eta, ...rest } = i;
  return isLive(i) ? { ...rest, shown, current: null, remaining: null } : { ...rest, shown };
}

/** An account's items as shown, given all health reports. */
export function showItems(acc: AccountEvaluation, health: readonly Health[]): ShownItem[] {
  const unread = unreadMetrics(health, acc);
  return acc.items.map((i) => showItem(i, unread, acc.live));
}
