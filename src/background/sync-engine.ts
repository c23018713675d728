import { browser } from 'wxt/browser';
import { SYNC_CONFIG_KEY } from '../sync/config';
import { couchClient } from '../sync/couch';
import { docHash, ownDocs, validateDoc } from '../sync/docs';
import { Replicator } from '../sync/replicator';
import { openTeamStore } from '../sync/store';
import { beijingIso } from '../time/calendar';
import type { HistoryService } from './service';
import type { SyncAgentDeps } from './sync-agent';

/** Pulls every minute while sync runs (pushes follow changes: sync-agent.ts PUSH_DELAY_MS). */
export const SYNC_ALARM = 'livepace:sync';

/** The agent's real dependencies: chrome.storage, chrome.permissions, alarms, the replicator. */
export function syncAgentDeps(svc: HistoryService): SyncAgentDeps {
  return {
    load: async () => (await browser.storage.local.get(SYNC_CONFIG_KEY))[SYNC_CONFIG_KEY],
    save: (c) => browser.storage.local.set({ [SYNC_CONFIG_KEY]: c }),
    granted: (origin) => browser.permissions.contains({ origins: [origin] }),
    engine: async (c) => {
      const store = await openTeamStore();
      const couch = couchClient({
        url: c.url,
        db: c.db,
        username: c.username,
        password: c.password,
        // The one place the extension talks to the network: the server the seller named.
        fetch: (input, init) => fetch(input, init),
      });
      const replicator = new Replicator({
        couch,
        store,
        machineId: c.machine.id,
        now: () => svc.now().getTime(),
        localDocs: (scope) =>
          ownDocs(svc.ledger, c.machine, {
            ...(scope === 'all' ? {} : { accounts: new Set(scope) }),
            at: beijingIso(svc.now()),
          }),
        docHash,
        validate: validateDoc,
      });
      return Object.assign(replicator, { close: () => store.close() });
    },
    alarm: async (on) => {
      const has = await browser.alarms.get(SYNC_ALARM);
      if (on && !has) await browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
      if (!on && has) await browser.alarms.clear(SYNC_ALARM);
    },
    now: () => Date.now(),
  };
}
