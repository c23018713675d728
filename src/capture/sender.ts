/**
 * A lean sender for content scripts: the background parses every request with the full
 * protocol schema anyway, and pulling zod's protocol into each content script would blow
 * the size budget, so replies get only the tiny check each caller needs.
 */
import { browser } from 'wxt/browser';
import type { MessageType, Req } from '../messaging';

export type SendFn = <T extends 'observe' | 'backfill' | 'health' | 'shopFacts'>(
  type: T,
  payload: Req<T>,
) => Promise<unknown>;

export const sendLean: SendFn = async (type, payload) => {
  const reply: unknown = await browser.runtime.sendMessage({ type: type as MessageType, payload });
  if (reply && typeof reply === 'object' && 'error' in reply) {
    throw new Error(String((reply as { error: unknown }).error));
  }
  if (reply === undefined) throw new Error(`no reply to ${type}`);
  return reply;
};

/** Acked ids from an `observe` reply; anything else counts as nothing acked. */
export function ackedIds(reply: unknown): string[] {
  const acked =
    reply && typeof reply === 'object' ? (reply as { acked?: unknown }).acked : undefined;
  return Array.isArray(acked) ? acked.filter((x): x is string => typeof x === 'string') : [];
}
