import type { Account, AccountSettings, Conflict, Day, Platform, Session } from '../history/model';
import type { Evaluation } from '../rules/result';

/**
 * Team sync (issue #12): the contracts shared by the documents (docs.ts), the merge (merge.ts),
 * the replicator (replicator.ts, couch.ts, store.ts), the worker (src/background/sync-agent.ts)
 * and the options page. Plain data, no zod here (the messaging schemas validate what crosses).
 *
 * Design: every machine writes only its own documents (ids carry its machine id), so CouchDB
 * never sees two writers of one document; every replica reads every machine's documents and
 * merges them with the import rules in one fixed order (machine id), so all replicas end with
 * the same figures. Local IndexedDB stays the source of truth for this machine's own views.
 */

/** A machine of the team: `id` is stable (name slug + random suffix), `name` what the seller typed. */
export interface Machine {
  id: string;
  name: string;
}

export const SYNC_DOC_VERSION = 1;

/** One account as one machine knows it. */
export interface AccountDoc {
  _id: string;
  _rev?: string;
  kind: 'account';
  v: typeof SYNC_DOC_VERSION;
  machine: Machine;
  account: Account;
  settings?: AccountSettings;
  /** Latest session start or live reading this machine saw for the account; null = none. */
  lastLiveAt: string | null;
  /** True while this machine sees the account live. */
  live: boolean;
  updatedAt: string;
}

/** One account's Beijing month as one machine knows it (sessions by start day, days by day). */
export interface MonthDoc {
  _id: string;
  _rev?: string;
  kind: 'month';
  v: typeof SYNC_DOC_VERSION;
  machine: Machine;
  platform: Platform;
  accountId: string;
  /** "2026-05" (Beijing). */
  month: string;
  sessions: Session[];
  days: Day[];
  conflicts: Conflict[];
  updatedAt: string;
}

export type TeamDoc = AccountDoc | MonthDoc;

/** Deterministic ids: the same record of the same machine always lands in the same document. */
export const accountDocId = (machineId: string, platform: Platform, accountId: string): string =>
  `lp.a|${machineId}|${platform}|${accountId}`;
export const monthDocId = (
  machineId: string,
  platform: Platform,
  accountId: string,
  month: string,
): string => `lp.m|${machineId}|${platform}|${accountId}|${month}`;

/** What the seller set in 团队同步 (chrome.storage.local; the password never leaves the worker). */
export interface SyncConfig {
  enabled: boolean;
  /** Server origin plus optional path prefix, no trailing slash: "https://couch.example.com". */
  url: string;
  /** Database name (one per team). */
  db: string;
  username: string;
  password: string;
  machine: Machine;
}

export type SyncState =
  | 'off'
  /** Enabled, but Chrome has not granted the server's origin. */
  | 'no_permission'
  | 'idle'
  | 'syncing'
  /** The server did not answer: capture goes on, sync retries. */
  | 'offline'
  /** The server answered with an error (auth, missing database …). */
  | 'error';

export interface SyncStatus {
  state: SyncState;
  lastPushAt: string | null;
  lastPullAt: string | null;
  /** Bilingual message of the last failure, if the last round failed. */
  error: { zh: string; en: string } | null;
  /** Own documents changed but not yet on the server. */
  pending: number;
  /** Documents of the team held locally (all machines). */
  docs: number;
  machines: Machine[];
}

/** A status with nothing done yet: `off` before sync runs, `idle` when a replicator starts. */
export const blankStatus = (state: SyncState): SyncStatus => ({
  state,
  lastPushAt: null,
  lastPullAt: null,
  error: null,
  pending: 0,
  docs: 0,
  machines: [],
});

/** One shop of the team view. */
export interface TeamShop {
  platform: Platform;
  accountId: string;
  displayName: string;
  /** Machines that hold data of this shop, sorted by id. */
  machines: Machine[];
  /** Who streamed it last: the machine with the latest lastLiveAt. */
  lastLive: { machine: Machine; at: string } | null;
  live: boolean;
  /** Latest updatedAt of any of its documents (freshness). */
  updatedAt: string | null;
  /** Worst status over its applicable items: behind < on_track < done; none = no items apply. */
  status: 'behind' | 'on_track' | 'done' | 'none';
  /** Conflicts the merge rules could not decide (kept and shown). */
  conflicts: number;
}

/** What the team view shows: the same engine over the merged history. */
export interface TeamView {
  at: string;
  shops: TeamShop[];
  evaluation: Evaluation;
  conflicts: Conflict[];
  sync: SyncStatus;
}
