import { SEP } from '../history/ledger';

// Key helpers of the engine's incremental input (src/history/history-input.ts).

/**
 * The account a ledger key belongs to: its first two parts, plus the separator. Ordering groups
 * by this (not by the bare account key) makes "groups in order, keys in order within each"
 * exactly the global key order, because no such prefix is a prefix of another.
 */
export const groupOf = (k: string): string => {
  const i = k.indexOf(SEP);
  const j = i < 0 ? -1 : k.indexOf(SEP, i + 1);
  return j < 0 ? k + SEP : k.slice(0, j + 1);
};

export const lt = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** First index whose key is ≥ `k` (binary search). */
export function lowerBound(keys: string[], k: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
