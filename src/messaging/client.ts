import { browser } from 'wxt/browser';
// Types only: this client runs in content scripts and the badge, which must not bundle zod.
import type { MessageType, Reply, Req } from './protocol';

/**
 * The one client of the protocol, for popup, options, badge and content scripts. The
 * background parses every request with the protocol's zod schema; the reply is typed by it and
 * handed to `check` when the caller gives one (the options page passes the zod schema, see
 * ./checked.ts; zod-free views pass their structural guards or narrow the fields they read).
 * A refused or failed request rejects with the background's reason.
 */
export async function call<T extends MessageType>(
  type: T,
  payload: Req<T>,
  check?: (reply: unknown) => Reply<T>,
): Promise<Reply<T>> {
  const reply: unknown = await browser.runtime.sendMessage({ type, payload });
  if (reply === undefined || reply === null) throw new Error(`livepace ${type}: no reply`);
  if (typeof reply === 'object' && 'error' in reply) throw new Error(String(reply.error));
  // The background answers with the handler's typed result (src/messaging/listen.ts).
  return check ? check(reply) : (reply as Reply<T>);
}
