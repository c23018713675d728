import type { IDBPTransaction } from 'idb';
import type { DB, LivePaceDB } from './db';
import { emptyLedger, SEP, STORE_NAMES, type Dirty, type Ledger, type StoreName } from './ledger';
import type { GlobalSettings } from '../settings';
import type { AccountSettings } from './model';

/** Stores whose IndexedDB key is the ledger key itself (out-of-line or single-field keys). */
const STRING_KEYED: ReadonlySet<StoreName> = new Set(['settings', 'health', 'processed']);
const GLOBAL = 'global';

/** Ledger key → IndexedDB key: compound keys are the ledger key's parts. */
const dbKey = (store: StoreName, k: string): IDBValidKey =>
  STRING_KEYED.has(store) ? k : k.split(SEP);

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

/**
 * The ledger's stores are plain objects keyed by ids that a console or a file chose, so a key
 * may be `__proto__` or `constructor`: set it as an own property (assignment would change the
 * prototype instead) and read only own properties (an absent `constructor` is not Object).
 */
const setOwn = (rows: Record<string, unknown>, k: string, v: unknown): void => {
  Object.defineProperty(rows, k, {
    value: v,
    enumerable: true,
    writable: true,
    configurable: true,
  });
};
const getOwn = (rows: Record<string, unknown>, k: string): unknown =>
  Object.hasOwn(rows, k) ? rows[k] : undefined;

/** Reads the whole database into memory (a few MB for years of history). */
export async function loadLedger(db: DB): Promise<Ledger> {
  const l = emptyLedger();
  const tx = db.transaction(STORE_NAMES, 'readonly');
  await Promise.all(
    STORE_NAMES.map(async (store) => {
      const os = tx.objectStore(store);
      let cursor = await os.openCursor();
      const target = l[store] as Record<string, unknown>;
      while (cursor) {
        const k = cursor.key;
        const lk = Array.isArray(k) ? k.join(SEP) : String(k);
        if (!(store === 'settings' && lk === GLOBAL)) setOwn(target, lk, cursor.value);
        cursor = await cursor.continue();
      }
    }),
  );
  await tx.done;
  return l;
}

/**
 * Writes every dirty record (or deletes it when gone from the ledger) in ONE transaction:
 * all of it lands or none of it does. A full disk aborts the transaction and throws QuotaError.
 */
export async function saveDirty(db: DB, l: Ledger, dirty: Dirty): Promise<void> {
  const stores = STORE_NAMES.filter((s) => dirty[s].size > 0);
  if (stores.length === 0) return;
  await runTx(db, stores, (tx, ops) => {
    for (const store of stores) {
      const os = tx.objectStore(store);
      const rows = l[store] as Record<string, unknown>;
      for (const k of dirty[store]) {
        const v = getOwn(rows, k);
        const key = dbKey(store, k);
        if (v === undefined) ops.push(os.delete(key as never));
        else ops.push(putRow(os, store, k, v));
      }
    }
  });
}

/** Replaces the whole content (import apply) in one transaction; global settings stay. */
export async function replaceAll(db: DB, l: Ledger): Promise<void> {
  const global = await db.get('settings', GLOBAL);
  await runTx(db, STORE_NAMES, (tx, ops) => {
    // Requests in one transaction run in the order issued: clear first, then put.
    for (const store of STORE_NAMES) {
      const os = tx.objectStore(store);
      ops.push(os.clear());
      if (store === 'settings' && global !== undefined) ops.push(putRow(os, store, GLOBAL, global));
      for (const [k, v] of Object.entries(l[store] as Record<string, unknown>)) {
        ops.push(putRow(os, store, k, v));
      }
    }
  });
}

type Tx = IDBPTransaction<LivePaceDB, StoreName[], 'readwrite'>;
type Os = ReturnType<Tx['objectStore']>;

/** Out-of-line stores take the key as an argument; in-line ones read it from the value. */
const putRow = (os: Os, store: StoreName, k: string, v: unknown): Promise<unknown> =>
  store === 'settings' || store === 'health' ? os.put(v as never, k as never) : os.put(v as never);

async function runTx(
  db: DB,
  stores: StoreName[],
  /** Issues the requests, pushing each into `ops` (kept even if a later request throws). */
  body: (tx: Tx, ops: Promise<unknown>[]) => void,
): Promise<void> {
  const tx = db.transaction(stores, 'readwrite');
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
