import type { AccountSettings, History } from '../history/model';
import type { Handlers } from '../messaging/listen';
import type { Evaluation } from '../rules/result';
import { beijingIso } from '../time/calendar';
import { ownDocs } from '../sync/docs';
import { teamView } from '../sync/team-view';
import type { SyncAgent } from './sync-agent';
import type { HistoryService } from './service';

export type Evaluate = (
  h: History,
  settings: Record<string, AccountSettings>,
  now: Date,
) => Evaluation;

/**
 * Team sync messages (extension pages only: src/messaging/authorise.ts). The team view merges
 * the other machines' documents as last pulled with this machine's own, built fresh from the
 * ledger, so the seller's own shops are never a push behind.
 */
export function syncHandlers(svc: HistoryService, sync: Promise<SyncAgent>, evaluate: Evaluate) {
  return {
    syncGet: async () => (await sync).reply(),
    syncSet: async (patch) => (await sync).configure(patch),
    syncNow: async () => ({ status: await (await sync).round() }),
    teamView: async () => {
      const agent = await sync;
      const now = svc.now();
      const at = beijingIso(now);
      const me = agent.config.machine;
      const others = (await agent.teamDocs()).filter((d) => d.machine.id !== me.id);
      const mine = ownDocs(svc.ledger, me, { at });
      return teamView(
        [...others, ...mine],
        (h, t) => evaluate(h, h.settings, t),
        now,
        agent.status(),
      );
    },
    syncForget: async ({ remote }) => {
      await (await sync).forget(remote);
      return { ok: true as const };
    },
  } satisfies Handlers;
}
