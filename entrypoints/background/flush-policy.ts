import type { Evaluation } from '../../src/rules/result';

/** While live, at most one write per account per this interval (issue 4). */
export const COALESCE_MS = 10_000;

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
 * a crossed target; otherwise 10 s after that account's previous write.
 */
export function flushDelay(
  urgent: boolean,
  lastWriteMs: number | undefined,
  nowMs: number,
): number {
  if (urgent || lastWriteMs === undefined) return 0;
  return Math.max(0, lastWriteMs + COALESCE_MS - nowMs);
}
