import type { AccountEvaluation, ItemResult, ItemStatus } from '../../rules/result';

// Only what the seller can still act on during this stream. Unknown / not-applicable items
// and eligibility checks (period 'window' | 'fact') stay in the popup, where they are explained.
const RANK: Partial<Record<ItemStatus, number>> = {
  behind: 0,
  unreachable_today: 1,
  on_track: 2,
};
const CHECK_PERIODS = new Set<ItemResult['period']>(['window', 'fact']);
const periodRank = (i: ItemResult): number =>
  i.period === 'day' || i.period === 'session' ? 0 : 1;

/** Open items for the strip (today's first, then by urgency) and the count of done ones. */
export function stripItems(acc: AccountEvaluation): { open: ItemResult[]; done: number } {
  const open = acc.items
    .filter((i) => RANK[i.status] !== undefined && !CHECK_PERIODS.has(i.period))
    .sort((a, b) => periodRank(a) - periodRank(b) || RANK[a.status]! - RANK[b.status]!);
  return { open, done: acc.items.filter((i) => i.status === 'done').length };
}

/** The freshest provenance among an account's items: the strip's one freshness line. */
export function freshest(acc: AccountEvaluation): ItemResult['provenance'] {
  let best: ItemResult['provenance'];
  for (const i of acc.items) {
    if (i.provenance && (!best || i.provenance.at > best.at)) best = i.provenance;
  }
  return best;
}
