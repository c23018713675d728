import type { IDBPDatabase } from 'idb';
import {
  applyEdit,
  bucketEdits,
  commitEdits,
  getOwn,
  putEdit,
  readBuckets,
  setOwn,
  type RowStore,
} from './bucket-io';
import { BUCKETED, isBucketed, packBulk, Placement, type BucketedStore } from './buckets';
import type { DB } from './db';
import { emptyLedger, SEP, STORE_NAMES, type Dirty, type Ledger, type StoreName } from './ledger';
import type { GlobalSettings } from '../settings';
import type { AccountSettings } from './model';

/** Stores whose IndexedDB key is the ledger key itself (out-of-line or single-field keys). */
const STRING_KEYED: ReadonlySet<StoreName> = new Set(['settings', 'health', 'processed']);
const GLOBAL = 'global';

/** Ledger key → IndexedDB key: compound keys are the ledger key's parts. */
const dbKey = (store: StoreName, k: string): IDBValidKey =>
  STRING_KEYED.has(store) ? k : k.split(SEP);

/** Stores with one row per record; the others are packed many to a row (buckets.ts). */
type PlainStore = Exclude<StoreName, BucketedStore>;
const PLAIN = STORE_NAMES.filter((s): s is PlainStore => !isBucketed(s));
/** Where each bucketed record is on disk, per open database (filled by loadLedger). */
const placements = new WeakMap<DB, Placement>();
type Raw = IDBPDatabase<unknown>;

/** Thrown (and reported to the UI) when the browser refuses to store more. */
export class QuotaError extends Error {
  constructor() {
    super(
      '存储空间已满，未写入任何数据 / Storage is full: nothing was written. Export and delete old history, or raise the browser quota.',
    );
    this.name = 'QuotaError';
  }
}

const isQuota = (e: unknown): boolean =>
  e instanceof DOMException
    ? e.name === 'QuotaExceededError'
    : e instanceof Error && e.name === 'QuotaExceededError';

// The ledger's stores are plain objects keyed by ids that a console or a file chose, so a key
// may be `__proto__`: setOwn/getOwn (bucket-io.ts) write and read own properties only.

/** Reads the whole database into memory (a few MB for years of history). */
export async function loadLedger(db: DB): Promise<Ledger> {
  const l = emptyLedger();
  const place = new Placement();
  const raw = (db as unknown as Raw).transaction([...PLAIN, 'buckets'], 'readonly');
  const tx = raw as unknown as Tx;
  await Promise.all([
    ...PLAIN.map(async (store) => {
      const os = tx.objectStore(store);
      // Two bulk requests instead of a cursor step per record.
      const [keys, values] = await Promise.all([os.getAllKeys(), os.getAll()]);
      const target = l[store] as Record<string, unknown>;
      keys.forEach((k, i) => {
        const lk = Array.isArray(k) ? k.join(SEP) : String(k);
        if (!(store === 'settings' && lk === GLOBAL)) setOwn(target, lk, values[i]);
      });
    }),
    readBuckets(tx.objectStore('buckets'), l, place),
  ]);
  await raw.done;
  placements.set(db, place);
  return l;
}

/** The placement of this database, read from disk when this handle has not loaded it. */
async function placementOf(db: DB): Promise<Placement> {
  let place = placements.get(db);
  if (!place) {
    place = new Placement();
    const os = (db as unknown as Raw).transaction('buckets').store as unknown as RowStore;
    await readBuckets(os, null, place);
    placements.set(db, place);
  }
  return place;
}

/**
 * Writes every dirty record (or deletes it when gone from the ledger) in ONE transaction:
 * all of it lands or none of it does. A full disk aborts the transaction and throws QuotaError.
 * A dirty bucketed record rewrites its bucket, read inside the same transaction.
 */
export async function saveDirty(
  db: DB,
  l: Ledger,
  dirty: Dirty,
  /** `l` holds every record (not only the dirty ones): buckets are put without a read. */
  opts: { whole?: boolean } = {},
): Promise<void> {
  const plain = PLAIN.filter((s) => dirty[s].size > 0);
  const place = await placementOf(db);
  const edits = [...bucketEdits(l, dirty, place).values()];
  if (plain.length === 0 && edits.length === 0) return;
  const stores: string[] = edits.length > 0 ? [...plain, 'buckets'] : plain;
  await runTx(db, stores, (tx, ops) => {
    for (const store of plain) {
      const os = tx.objectStore(store);
      const rows = l[store] as Record<string, unknown>;
      for (const k of dirty[store]) {
        const v = getOwn(rows, k);
        if (v === undefined) ops.push(os.delete(dbKey(store, k)));
        else ops.push(putRow(os, store, k, v));
      }
    }
    const os = edits.length > 0 ? tx.objectStore('buckets') : null;
    for (const e of edits) ops.push(opts.whole ? putEdit(os!, l, e, place) : applyEdit(os!, e));
  });
  commitEdits(edits, place);
}

/** Replaces the whole content (import apply) in one transaction; global settings stay. */
export async function replaceAll(db: DB, l: Ledger): Promise<void> {
  const global = await db.get('settings', GLOBAL);
  const place = new Placement();
  const records = BUCKETED.flatMap((store) =>
    Object.entries(l[store] as Record<string, unknown>).map(
      ([k, v]) => [store, k, v] as [BucketedStore, string, unknown],
    ),
  );
  const packed = packBulk(l, records, place);
  await runTx(db, [...PLAIN, 'buckets'], (tx, ops) => {
    // Requests in one transaction run in the order issued: clear first, then put.
    for (const store of PLAIN) {
      const os = tx.objectStore(store);
      ops.push(os.clear());
      if (store === 'settings' && global !== undefined) ops.push(putRow(os, store, GLOBAL, global));
      for (const [k, v] of Object.entries(l[store] as Record<string, unknown>)) {
        ops.push(putRow(os, store, k, v));
      }
    }
    const os = tx.objectStore('buckets');
    ops.push(os.clear());
    for (const b of packed.values()) ops.push(os.put(b.row, b.key));
  });
  placements.set(db, place);
}

type Tx = { objectStore(name: string): RowStore };
type Os = RowStore;

/** Out-of-line stores take the key as an argument; in-line ones read it from the value. */
const putRow = (os: Os, store: StoreName, k: string, v: unknown): Promise<unknown> =>
  store === 'settings' || store === 'health' ? os.put(v, k) : os.put(v);

async function runTx(
  db: DB,
  stores: string[],
  /** Issues the requests, pushing each into `ops` (kept even if a later request throws). */
  body: (tx: Tx, ops: Promise<unknown>[]) => void,
): Promise<void> {
  const raw = (db as unknown as Raw).transaction(stores, 'readwrite');
  const tx = raw as unknown as Tx & { done: Promise<void>; abort(): void };
  const ops: Promise<unknown>[] = [];
  try {
    body(tx, ops);
    await Promise.all([...ops, tx.done]);
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already aborted by the failing request
    }
    // Every other request of the aborted transaction rejects too; those are expected.
    await Promise.allSettled([...ops, tx.done]);
    if (isQuota(e) || isQuota((e as { target?: { error?: unknown } })?.target?.error))
      throw new QuotaError();
    throw e;
  }
}

export async function loadGlobalSettings(db: DB): Promise<unknown> {
  return db.get('settings', GLOBAL);
}
export async function saveGlobalSettingsDb(db: DB, s: GlobalSettings): Promise<void> {
  await db.put('settings', s, GLOBAL);
}
export type { AccountSettings };
