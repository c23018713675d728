import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Health } from '../messaging';
import type { GlobalSettings } from '../settings';
import type { BucketKey, BucketRow } from './buckets';
import type { ManualRecord, ProcessedId } from './ledger';
import { MIGRATIONS } from './migrations';
import type { Account, AccountSettings, Conflict, Platform } from './model';

export const DB_NAME = 'livepace';
/** = MIGRATIONS.length; each step lives in src/history/migrations/vN.ts. */
export const DB_VERSION = MIGRATIONS.length;

/** The typed schema at the latest version. */
export interface LivePaceDB extends DBSchema {
  accounts: { key: [string, string]; value: Account };
  /**
   * Sessions, their tracks (segments, per-day increments, series), days and the console's own
   * day figures, many records a row (src/history/buckets.ts; v3 replaced one store each).
   */
  buckets: { key: BucketKey; value: BucketRow };
  manual: { key: [Platform, string, string, string]; value: ManualRecord };
  conflicts: { key: [Platform, string, string, string, string]; value: Conflict };
  /** Out-of-line keys: "global" → GlobalSettings, accountKey → AccountSettings. */
  settings: { key: string; value: GlobalSettings | AccountSettings };
  /** Out-of-line keys: platform␟accountId␟page. */
  health: { key: string; value: Health };
  processed: { key: string; value: ProcessedId; indexes: { byAt: string } };
}

export type DB = IDBPDatabase<LivePaceDB>;

/**
 * Opens (and migrates) the database. `upTo` exists for the migration tests, which open an
 * older version, write data, then reopen at the next one.
 */
export function openHistoryDb(opts: { name?: string; upTo?: number } = {}): Promise<DB> {
  const version = opts.upTo ?? DB_VERSION;
  return openDB<LivePaceDB>(opts.name ?? DB_NAME, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v += 1) {
        // Untyped handles on purpose: each step sees the schema of its own time.
        MIGRATIONS[v]!(db as unknown as IDBPDatabase, tx as unknown as MigrationTx);
      }
    },
  });
}

export type MigrationTx = import('idb').IDBPTransaction<unknown, string[], 'versionchange'>;
