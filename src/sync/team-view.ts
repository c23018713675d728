import { STALE_LIVE_MS } from '../history/housekeeping';
import { accountKey, type History, type Platform } from '../history/model';
import type { Evaluation, ItemResult } from '../rules/result';
import { isoBeijing } from '../time/beijing';
import { mergeTeam } from './merge';
import type { SyncStatus, TeamDoc, TeamShop, TeamView } from './types';

/**
 * The team view: every machine's documents merged (merge.ts), then the same rules engine the
 * popup uses over the merged history, one row per shop. `evaluate` is passed in so this file
 * stays pure: `(h, now) => evaluate(packs, h, h.settings, now)`.
 */

/** Items that do not apply (not applicable, excluded by the seller) do not rate a shop. */
const applicable = (i: ItemResult): boolean =>
  i.status !== 'not_applicable' && i.status !== 'excluded';

/** Worst status over the applicable items: any behind → behind; else any on track → on track; all done → done. */
export function shopStatus(items: ItemResult[]): TeamShop['status'] {
  const list = items.filter(applicable);
  if (list.some((i) => i.status === 'behind' || i.status === 'unreachable_today')) return 'behind';
  if (list.some((i) => i.status === 'on_track')) return 'on_track';
  return list.length > 0 && list.every((i) => i.status === 'done') ? 'done' : 'none';
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function teamView(
  docs: TeamDoc[],
  evaluate: (h: History, now: Date) => Evaluation,
  now: Date,
  sync: SyncStatus,
): TeamView {
  const merged = mergeTeam(docs);
  const evaluation = evaluate(merged.history, now);
  const items = new Map(evaluation.accounts.map((a) => [accountKey(a), a.items]));
  const conflicts = new Map<string, number>();
  for (const c of merged.conflicts)
    conflicts.set(accountKey(c), (conflicts.get(accountKey(c)) ?? 0) + 1);
  const names = new Map(merged.history.accounts.map((a) => [accountKey(a), a.displayName]));
  const shops: TeamShop[] = merged.shops.map((m) => {
    const k = accountKey(m);
    // A machine that went offline mid-stream leaves "live" in its last doc: trust it only
    // while its last reading is fresher than housekeeping's stale limit.
    const fresh = !!m.lastLive && now.getTime() - Date.parse(m.lastLive.at) <= STALE_LIVE_MS;
    return {
      platform: m.platform,
      accountId: m.accountId,
      displayName: names.get(k) ?? m.accountId,
      machines: m.machines,
      lastLive: m.lastLive,
      live: m.live && fresh,
      updatedAt: m.updatedAt,
      status: shopStatus(items.get(k) ?? []),
      conflicts: conflicts.get(k) ?? 0,
    };
  });
  shops.sort(
    (a, b) =>
      cmp(a.platform, b.platform) ||
      cmp(a.displayName, b.displayName) ||
      cmp(a.accountId, b.accountId),
  );
  return { at: isoBeijing(now.getTime()), shops, evaluation, conflicts: merged.conflicts, sync };
}

export interface ShopFilter {
  platform?: Platform;
  status?: TeamShop['status'];
}

export const filterShops = (shops: TeamShop[], f: ShopFilter): TeamShop[] =>
  shops.filter(
    (s) => (!f.platform || s.platform === f.platform) && (!f.status || s.status === f.status),
  );
