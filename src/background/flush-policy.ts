import type { Evaluation } from '../rules/result';

/**
 * Durability design (MV3 may kill this worker at any instant):
 * - Observations are applied to the in-memory ledger at once (the popup sees them), but an
 *   observation is ACKed only after the IndexedDB transaction holding its effects AND its id
 *   has committed. Writes are coalesced: one transaction per account per COALESCE_MS (12 s)
 *   while live, immediately when a session starts/ends or a target is crossed.
 * - Killed before the commit: nothing of the pending batch is on disk and nothing was acked,
 *   so the content scripts resend it and it is applied afresh.
 * - Killed after the commit but before the ack reaches the tab: the resend finds its id in
 *   `processed` and is acked without being applied again.
 * - The same reading from two tabs (different ids) is harmless too: values are cumulative and
 *   stale readings are ignored, so applying it twice changes nothing.
 * - A failed commit (quota) reloads the ledger from disk, so memory never runs ahead of disk.
 */

/**
 * While live, at most one write per account per this interval (issue 4). 12 s = 5 coalesced
 * writes a minute, which leaves room for the one-a-minute tick and the rare urgent write
 * within issue #16's budget of 6 per minute per live account. A reading waits at most this
 * long for its ack; the tab's outbox keeps it (and resends it) meanwhile.
 */
export const COALESCE_MS = 12_000;

/** Items that reached 'done' in `next` and were not done in `prev`: a target was crossed. */
export function newlyDone(prev: Evaluation | null, next: Evaluation): string[] {
  const before = new Set<string>();
  for (const a of prev?.accounts ?? []) {
    for (const i of a.items)
      if (i.status === 'done') before.add(`${a.platform}:${a.accountId}:${i.packId}:${i.itemId}`);
  }
  const out: string[] = [];
  for (const a of next.accounts) {
    for (const i of a.items) {
      const k = `${a.platform}:${a.accountId}:${i.packId}:${i.itemId}`;
      if (i.status === 'done' && !before.has(k)) out.push(k);
    }
  }
  return out;
}

/**
 * When the pending observations of an account must be written: now, on a session start/end or
 * a crossed target; otherwise COALESCE_MS after that account's previous write.
 */
export function flushDelay(
  urgent: boolean,
  lastWriteMs: number | undefined,
  nowMs: number,
): number {
  if (urgent || lastWriteMs === undefined) return 0;
  return Math.max(0, lastWriteMs + COALESCE_MS - nowMs);
}
