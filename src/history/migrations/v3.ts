import type { IDBPDatabase } from 'idb';
import type { MigrationTx } from '../db';
import { BUCKETED, packBulk, Placement, type BucketedStore } from '../buckets';
import { emptyLedger, putSession, SEP } from '../ledger';
import type { Session } from '../model';
import type { Migration } from './index';

/**
 * v3: sessions, tracks, days and reports move from one row per record into `buckets`, many
 * records a row (one per store × account × Beijing month; src/history/buckets.ts), then the
 * four old stores are deleted. Every record is read and rewritten inside the upgrade
 * transaction: if any step fails the upgrade aborts and the v2 database stays as it was.
 */
export const v3: Migration = (db, tx) => {
  db.createObjectStore('buckets');
  const done = moveAll(db, tx).catch(() => {
    try {
      tx.abort();
    } catch {
      // already aborted by the failing request
    }
  });
  void done;
};

async function moveAll(db: IDBPDatabase, tx: MigrationTx): Promise<void> {
  // A ledger holding only the sessions: tracks are packed by their session's month.
  const l = emptyLedger();
  const records: [BucketedStore, string, unknown][] = [];
  for (const store of BUCKETED) {
    const os = tx.objectStore(store);
    const [keys, values] = await Promise.all([os.getAllKeys(), os.getAll()]);
    keys.forEach((k, i) => {
      const lk = (k as string[]).join(SEP);
      records.push([store, lk, values[i]]);
      if (store === 'sessions') putSession(l, lk, values[i] as Session);
    });
  }
  const out = tx.objectStore('buckets');
  const puts = [...packBulk(l, records, new Placement()).values()].map((b) =>
    out.put(b.row, b.key),
  );
  await Promise.all(puts);
  for (const store of BUCKETED) db.deleteObjectStore(store);
}
