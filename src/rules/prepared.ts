import type { History } from '../history/model';
import type { EvaluationCache } from './eval-cache';
import type { AccountHistory } from './history-index';

/**
 * The engine's index of a history, kept up to date by whoever built the history (the worker's
 * incremental input, src/history/history-input.ts), and the cache of per-account results that
 * goes with it. Attached to the History object itself so `deps.evaluate(h, settings, now)`
 * keeps its signature: a history without one (CLI, tests, exports) is indexed from scratch.
 */
export interface PreparedIndex {
  /** What `indexHistory(h)` gives for the same history, in the same order. */
  accounts: AccountHistory[];
  cache: EvaluationCache;
}

const prepared = new WeakMap<History, PreparedIndex>();

export function attachIndex<H extends History>(h: H, index: PreparedIndex): H {
  prepared.set(h, index);
  return h;
}

export const preparedIndexOf = (h: History): PreparedIndex | undefined => prepared.get(h);
