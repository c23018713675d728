/**
 * Whose readings these are: the account and live session a page's capture loop reports under,
 * from the page itself or its own responses, else (after a short grace) a provisional account.
 */
import type { Adapter } from './adapter';
import type { PageState } from './state';

/** How long a page may take to show or fetch its account before readings go provisional. */
export const ACCOUNT_GRACE_MS = 10_000;

/**
 * A provisional account key from what the page shows: the shop name, else host + live id,
 * else host + path. Prefixed `~` so it can never collide with a console's own id.
 */
export function provisionalId(url: URL, name?: string, sessionId?: string): string {
  const key = name
    ? `shop:${name}`
    : sessionId
      ? `live:${url.host}:${sessionId}`
      : `page:${url.host}${url.pathname}`;
  return `~${key}`.slice(0, 200);
}

export interface PageIdentity {
  accountId: string | null;
  provisional: boolean;
  accountName: string | undefined;
  sessionId: string | undefined;
  sessionStart: string | undefined;
}

/** `{ provisional: true }` for a provisional account, nothing otherwise (absent on the wire). */
export const flag = (ident: { provisional: boolean }) =>
  ident.provisional ? { provisional: true as const } : {};

/**
 * The account from the page or its own responses; without one (after a short grace for a
 * slow header or response), a provisional account keyed by what is visible, so no reading
 * is dropped for want of an id. The seller confirms or merges it in the popup. Once readings
 * went to a provisional account, this page keeps that key.
 */
export function createIdentity(opts: {
  adapter: Adapter;
  doc: Document;
  url: URL;
  state: PageState;
  createdAt: number;
}): (t: number) => PageIdentity {
  const { adapter, doc, url, state, createdAt } = opts;
  let provisional: string | null = null;
  return (t) => {
    const id = adapter.identify(doc, url);
    const accountName = id.accountName ?? state.account.name;
    const sessionId = id.sessionId ?? state.session.id;
    const known = id.accountId ?? state.account.id;
    if (!known && !provisional && t - createdAt >= ACCOUNT_GRACE_MS)
      provisional = provisionalId(url, accountName, sessionId);
    return {
      accountId: known ?? provisional,
      provisional: !known && !!provisional,
      accountName,
      sessionId,
      // The API's start time is exact; a start printed on the page is only the fallback.
      sessionStart: state.session.start ?? id.sessionStart,
    };
  };
}
