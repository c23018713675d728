import type { AccountEvaluation, Provenance } from '../../rules/result';

/**
 * Freshness is said once per account card (its freshest value), and again on an item only
 * when that item's number tells a different story: it came from another kind of source, or it
 * is more than ten minutes older than the card's line. The page's network responses and its
 * rendered DOM are the same kind (both read live from the console, seconds apart); a manual
 * entry or a history backfill is not.
 */
export const STALE_MS = 10 * 60_000;

const ms = (p: Provenance): number => new Date(p.at).getTime();

const kind = (s: Provenance['source']): string => (s === 'network' || s === 'dom' ? 'page' : s);

/** The freshest provenance behind any item of the card; null when no item carries one. */
export function cardFreshness(acc: AccountEvaluation): Provenance | null {
  let best: Provenance | null = null;
  for (const i of acc.items) {
    const p = i.provenance;
    if (p && (!best || ms(p) > ms(best))) best = { source: p.source, at: p.at };
  }
  return best;
}

/** Whether an item shows its own freshness line under the card's one. */
export function itemFreshnessDiffers(p: Provenance | undefined, card: Provenance | null): boolean {
  if (!p) return false;
  if (!card) return true;
  return kind(p.source) !== kind(card.source) || ms(card) - ms(p) > STALE_MS;
}
