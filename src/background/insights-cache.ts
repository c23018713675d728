import type { Ledger } from '../history/ledger';
import type { AccountInsight } from '../messaging/schemas/insight';
import type { Evaluation } from '../rules/result';
import { insightsFor } from './insights';

/**
 * One computation per evaluation: the popup, the badges of several tabs and the options page all
 * ask for the same view, and nothing an insight reads changes without a new evaluation.
 */
const cache = new WeakMap<Evaluation, AccountInsight[]>();

export function cachedInsights(ledger: Ledger, ev: Evaluation): AccountInsight[] {
  let out = cache.get(ev);
  if (!out) {
    out = insightsFor(ledger, ev, Date.parse(ev.now));
    cache.set(ev, out);
  }
  return out;
}
