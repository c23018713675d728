/**
 * Content scripts' sender: the background parses every request with the full protocol schema
 * anyway, and pulling zod into each content script would blow the size budget, so replies get
 * only the tiny check each caller needs (ackedIds below).
 */
import type { Req } from '../messaging';
import { call } from '../messaging/client';

export type SendFn = <T extends 'observe' | 'backfill' | 'health' | 'shopFacts'>(
  type: T,
  payload: Req<T>,
) => Promise<unknown>;

/** The protocol's one client (zod-free); a missing or `{error}` reply rejects. */
export const sendLean: SendFn = (type, payload) => call(type, payload);

/** Acked ids from an `observe` reply; anything else counts as nothing acked. */
export function ackedIds(reply: unknown): string[] {
  const acked =
    reply && typeof reply === 'object' ? (reply as { acked?: unknown }).acked : undefined;
  return Array.isArray(acked) ? acked.filter((x): x is string => typeof x === 'string') : [];
}
