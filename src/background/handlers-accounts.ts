import { confirmAccount, mergeAccount } from '../history/merge-account';
import type { Handlers } from '../messaging/listen';
import type { HistoryService } from './service';

/** Resolving a provisional account from the popup: confirm it as new, or merge it. */
export function accountHandlers(svc: HistoryService) {
  return {
    confirmAccount: async ({ account }) => {
      await svc.mutate((l, dirty) => confirmAccount(l, account, dirty));
      return { ok: true };
    },
    mergeAccount: async ({ from, into }) => {
      await svc.mutate((l, dirty) => mergeAccount(l, from, into, dirty));
      return { ok: true };
    },
  } satisfies Handlers;
}
