import type { HistoryService } from './service';

/** Read-only counters for the bench (`npm run bench` reads them via the service worker). */
export interface LivePaceStats {
  /** Committed IndexedDB transactions since the worker started. */
  readonly writes: number;
  /** Accounts in history right now. */
  readonly accounts: number;
}

/**
 * Puts the counters on the worker's own global scope. Only code running inside this service
 * worker (or a debugger attached to it) can read them: no message, no page, no API surface.
 */
export function exposeStats(svc: HistoryService): void {
  const stats: LivePaceStats = {
    get writes() {
      return svc.writes;
    },
    get accounts() {
      return Object.keys(svc.ledger.accounts).length;
    },
  };
  Object.defineProperty(globalThis, '__livepaceStats', { value: stats, configurable: true });
}
