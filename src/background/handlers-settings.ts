import { ensureAccount, routed } from '../history/ingest';
import { accKey } from '../history/ledger';
import { removeAccounts } from '../history/housekeeping';
import { accountKey, type AccountSettings, type ShopFacts } from '../history/model';
import type { Handlers } from '../messaging/listen';
import { loadGlobalSettings } from '../history/persist';
import { patchSettings, readSettings, withBadge } from '../settings';
import { retentionHandlers, writeSettings } from './retention';
import { accountHandlers } from './handlers-accounts';
import type { HistoryService } from './service';

/** Handlers for accounts and settings. */
// eslint-disable-next-line max-lines-per-function -- the handler map for accounts and settings: one short handler per message type, kept together as the map the protocol checks
export function settingsHandlers(svc: HistoryService) {
  return {
    getSettings: async () => {
      const accountSettings: Record<string, AccountSettings> = {};
      for (const a of Object.values(svc.ledger.accounts)) {
        const s = svc.ledger.settings[accKey(a.platform, a.accountId)];
        if (s) accountSettings[accountKey(a)] = s;
      }
      const { problems } = readSettings(await loadGlobalSettings(svc.db));
      return {
        global: svc.global,
        // A merged provisional account's tombstone only routes readings; nobody sees it.
        accounts: Object.values(svc.ledger.accounts).filter((a) => !a.mergedInto),
        accountSettings,
        ...(problems.length ? { settingsProblems: problems } : {}),
      };
    },
    // Patches: each changes only what it names, on top of the settings as they are now.
    patchGlobalSettings: async (p) => {
      await writeSettings(svc, (g) => patchSettings(g, p));
      return { ok: true };
    },
    setBadgeDisabled: async ({ platform, disabled }) => {
      await writeSettings(svc, (g) => withBadge(g, platform, disabled));
      return { ok: true };
    },
    ...retentionHandlers(svc),
    ...accountHandlers(svc),
    saveAccountSettings: async ({ account, settings }) => {
      await svc.mutate((l, dirty) => {
        ensureAccount(l, account.platform, account.accountId, undefined, dirty);
        const k = accKey(account.platform, account.accountId);
        l.settings[k] = settings;
        dirty.settings.add(k);
      });
      return { ok: true };
    },
    renameAccount: async ({ account, displayName }) => {
      await svc.mutate((l, dirty) => {
        const k = accKey(account.platform, account.accountId);
        const a = l.accounts[k];
        if (!a) throw new Error('账号不存在 / unknown account');
        l.accounts[k] = { ...a, displayName };
        dirty.accounts.add(k);
      });
      return { ok: true };
    },
    hideAccount: async ({ account, hidden }) => {
      await svc.mutate((l, dirty) => {
        const k = accKey(account.platform, account.accountId);
        const a = l.accounts[k];
        if (!a) throw new Error('账号不存在 / unknown account');
        l.accounts[k] = { ...a, hidden };
        dirty.accounts.add(k);
      });
      return { ok: true };
    },
    deleteAccount: async ({ account }) => {
      await svc.mutate((l, dirty) => removeAccounts(l, [account], dirty));
      return { ok: true };
    },
    clearDemo: async () => {
      await svc.mutate((l, dirty) =>
        removeAccounts(
          l,
          Object.values(l.accounts).filter((a) => a.demo),
          dirty,
        ),
      );
      return { ok: true };
    },
    shopFacts: async (sent) => {
      await svc.mutate((l, dirty) => {
        const f = routed(l, sent);
        ensureAccount(l, f.platform, f.accountId, f.accountName, dirty, f.provisional);
        const k = accKey(f.platform, f.accountId);
        const shop: ShopFacts = { ...(l.settings[k]?.shop ?? {}) };
        const at = f.observedAt;
        // Values the seller typed stay; facts read from the page fill or refresh the rest.
        const free = (v: { source: string } | undefined) => v?.source !== 'manual';
        if (f.medal !== undefined && free(shop.medal))
          shop.medal = { value: f.medal, source: 'dom', at };
        if (f.bsrDesc !== undefined && free(shop.bsrDesc))
          shop.bsrDesc = { value: f.bsrDesc, source: 'dom', at };
        if (f.bsrShip !== undefined && free(shop.bsrShip))
          shop.bsrShip = { value: f.bsrShip, source: 'dom', at };
        if (f.fans !== undefined && free(shop.fans))
          shop.fans = { value: f.fans, source: 'dom', at };
        if (f.sessions30 !== undefined && free(shop.sessions30))
          shop.sessions30 = { value: f.sessions30, source: 'dom', at };
        if (f.buyers30 !== undefined && free(shop.buyers30))
          shop.buyers30 = { value: f.buyers30, source: 'dom', at };
        l.settings[k] = { ...(l.settings[k] ?? {}), shop };
        dirty.settings.add(k);
      });
      return { ok: true };
    },
  } satisfies Handlers;
}
