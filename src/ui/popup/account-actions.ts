import { browser } from 'wxt/browser';
import type { Platform } from '../../history/model';

/**
 * The popup's two account actions, sent raw like the popup's `view` (src/ui/badge/rpc.ts): no
 * zod in the popup bundle; the background validates each request with the protocol's schema.
 */

export interface AccountRef {
  platform: Platform;
  accountId: string;
}

/** Resolves an unconfirmed account: `into` = the account it really is, null = a new account. */
export type ResolveAccount = (from: AccountRef, into: string | null) => Promise<void>;

/** Option value of "这是一个新账号" in the popup's select (real account ids never start with ~). */
export const NEW_ACCOUNT = '~new';

async function call(type: string, payload: unknown): Promise<void> {
  const reply: unknown = await browser.runtime.sendMessage({ type, payload });
  if (reply && typeof reply === 'object' && 'error' in reply) {
    throw new Error(String((reply as { error: unknown }).error));
  }
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new Error(`livepace ${type} failed`);
  }
}

export const sendResolveAccount: ResolveAccount = (from, into) =>
  into === null
    ? call('confirmAccount', { account: from })
    : call('mergeAccount', { from, into: { platform: from.platform, accountId: into } });
