import type { Health } from '../../messaging';
import type { AccountEvaluation, ItemResult } from '../../rules/result';
import { byUrgency } from '../urgency';
import { showItems, type ShownItem } from '../unread';

/**
 * Open items for the strip, most urgent first (see src/ui/urgency.ts), and the count of done
 * ones. Items whose figure could not be read stay in the strip as 未读到, never dropped;
 * settings-gated and not-applicable items and eligibility checks stay in the popup.
 */
export function stripItems(
  acc: AccountEvaluation,
  health: readonly Health[] = [],
): { open: ShownItem[]; done: number } {
  const shown = showItems(acc, health);
  return { open: byUrgency(shown), done: shown.filter((i) => i.shown === 'done').length };
}

/** The freshest provenance among an account's items: the strip's one freshness line. */
export function freshest(acc: AccountEvaluation): ItemResult['provenance'] {
  let best: ItemResult['provenance'];
  for (const i of acc.items) {
    if (i.provenance && (!best || i.provenance.at > best.at)) best = i.provenance;
  }
  return best;
}
