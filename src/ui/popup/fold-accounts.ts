import type { AccountEvaluation, ItemStatus } from '../../rules/result';
import type { PlatformGroup } from '../order';

/**
 * How many accounts render in full besides the live and unconfirmed ones: a seller with a
 * handful of accounts sees the popup as before; an agency with dozens gets one line each.
 */
export const FULL_ACCOUNTS = 6;

export const listKey = (a: Pick<AccountEvaluation, 'platform' | 'accountId'>): string =>
  `${a.platform}\u001f${a.accountId}`;

/**
 * The accounts shown in full: every live one first, every unconfirmed one (it waits for the
 * seller's decision), then the first accounts in the list's order (src/ui/order.ts) up to
 * FULL_ACCOUNTS in all.
 */
export function fullAccounts(groups: PlatformGroup[]): Set<string> {
  const all = groups.flatMap((g) => g.accounts);
  const full = new Set(all.filter((a) => a.live || a.provisional).map(listKey));
  for (const a of all) {
    if (full.size >= FULL_ACCOUNTS) break;
    full.add(listKey(a));
  }
  return full;
}

const BEHIND: ReadonlySet<ItemStatus> = new Set(['behind', 'unreachable_today']);
const COUNTED = (s: ItemStatus): boolean => s !== 'not_applicable' && s !== 'excluded';

/** The folded line's figures: items done of those that count now, and how many are behind. */
export function foldSummary(a: AccountEvaluation): { done: number; total: number; behind: number } {
  const items = a.items.filter((i) => COUNTED(i.status));
  return {
    done: items.filter((i) => i.status === 'done').length,
    total: items.length,
    behind: items.filter((i) => BEHIND.has(i.status)).length,
  };
}
