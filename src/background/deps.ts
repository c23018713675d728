import type { DB } from '../history/db';
import type { AccountSettings, History } from '../history/model';
import type { Health } from '../messaging';
import type { Evaluation } from '../rules/result';
import type { GlobalSettings } from '../settings';

/** What the history service is built from: boot passes the real ones, tests fixed ones. */
export interface ServiceDeps {
  db: DB;
  /** Epoch milliseconds; tests pass a fixed clock. */
  now: () => number;
  evaluate: (h: History, settings: Record<string, AccountSettings>, now: Date) => Evaluation;
  /** Called after every re-evaluation (view-updated signal, toolbar badge, notifications). */
  onEvaluated: (
    prev: Evaluation | null,
    next: Evaluation,
    settings: GlobalSettings,
    now: Date,
    /** The pages' latest health reports: views show unread figures as unread. */
    health: Health[],
  ) => Promise<void>;
}

export interface Waiter {
  ids: string[];
  accounts: string[];
  resolve: (acked: string[]) => void;
  reject: (e: unknown) => void;
}
