import type { Handlers } from '../messaging/listen';
import { cachedInsights } from './insights-cache';
import { reviewOf } from './review';
import type { HistoryService } from './service';

/** Handlers of the seller's-edge views (issue #11): the post-live review. */
export function insightHandlers(svc: HistoryService) {
  return {
    review: ({ account, sessionId }) => {
      const ev = svc.current();
      const mine = (a: { platform: string; accountId: string }) =>
        a.platform === account.platform && a.accountId === account.accountId;
      const deps = {
        ledger: svc.ledger,
        // The targets in force when the session ended: the engine at that instant.
        accountAt: (ms: number) => svc.reevaluate(new Date(ms)).accounts.find(mine),
        current: ev.accounts.find(mine),
        insight: cachedInsights(svc.ledger, ev).find(mine),
      };
      return reviewOf(deps, account.platform, account.accountId, sessionId);
    },
  } satisfies Handlers;
}
