import type { Platform } from '../../history/model';
import { call } from '../../messaging/client';

/**
 * The popup's two account actions, through the protocol's zod-free client like the popup's
 * `view` (src/ui/badge/rpc.ts); the background validates each request with the protocol's schema.
 */

export interface AccountRef {
  platform: Platform;
  accountId: string;
}

/** Resolves an unconfirmed account: `into` = the account it really is, null = a new account. */
export type ResolveAccount = (from: AccountRef, into: string | null) => Promise<void>;

/** Option value of "这是一个新账号" in the popup's select (real account ids never start with ~). */
export const NEW_ACCOUNT = '~new';

/** Anything but `{ok: true}` is a failed action (the error reply already threw in `call`). */
const ok = (type: string) => (reply: unknown) => {
  if (reply && typeof reply === 'object' && 'ok' in reply && reply.ok === true)
    return { ok: true as const };
  throw new Error(`livepace ${type} failed`);
};

export const sendResolveAccount: ResolveAccount = async (from, into) => {
  if (into === null) await call('confirmAccount', { account: from }, ok('confirmAccount'));
  else
    await call(
      'mergeAccount',
      { from, into: { platform: from.platform, accountId: into } },
      ok('mergeAccount'),
    );
};
