import type { AccountSettings, History } from '../history/model';
import type { Handlers } from '../messaging/listen';
import type { Evaluation } from '../rules/result';
import { beijingIso } from '../time/calendar';
import { ownDocs } from '../sync/docs';
import { TeamViewCache } from './team-cache';
import type { SyncAgent } from './sync-agent';
import type { HistoryService } from './service';

export type Evaluate = (
  h: History,
  settings: Record<string, AccountSettings>,
  now: Date,
) => Evaluation;

/**
 * Team sync messages (extension pages only: src/messaging/authorise.ts). While sync runs, the
 * team view is the team's documents as last pulled — this machine's own included, as they came
 * back from the server (a round pushes, then pulls) — so every replica shows the same figures
 * from the same documents. With sync off it is this machine's own shops, built from the ledger.
 */
const cache = new TeamViewCache();

export function syncHandlers(svc: HistoryService, sync: Promise<SyncAgent>, evaluate: Evaluate) {
  return {
    syncGet: async () => (await sync).reply(),
    syncSet: async (patch) => (await sync).configure(patch),
    syncNow: async () => ({ status: await (await sync).round() }),
    teamView: async () => {
      const agent = await sync;
      const now = svc.now();
      const at = beijingIso(now);
      const docs = agent.running
        ? await agent.teamDocs()
        : ownDocs(svc.ledger, agent.config.machine, { at });
      return cache.build(docs, (h, t) => evaluate(h, h.settings, t), now, agent.status());
    },
    syncForget: async ({ remote }) => {
      await (await sync).forget(remote);
      return { ok: true as const };
    },
  } satisfies Handlers;
}
