import {
  assertKeyed,
  BUCKETED,
  bulkBucket,
  ledgerKeyOf,
  liveBucket,
  parts,
  placeKey,
  type BucketedStore,
  type BucketKey,
  type BucketRow,
  type Placement,
} from './buckets';
import { COMPANION, derive, DERIVED, isDerivedStore, storedForm } from './derived-rows';
import { SEP, type Dirty, type Ledger } from './ledger';

/** The few object-store calls used here, without idb's per-schema generics. */
export interface RowStore {
  get(k: IDBValidKey): Promise<unknown>;
  getAll(): Promise<unknown[]>;
  getAllKeys(): Promise<IDBValidKey[]>;
  put(v: unknown, k?: IDBValidKey): Promise<IDBValidKey>;
  delete(k: IDBValidKey): Promise<void>;
  clear(): Promise<void>;
}
type AnyStore = RowStore;

/** Own-property write: a record key may be `__proto__` (see persist.ts). */
export const setOwn = (rows: Record<string, unknown>, k: string, v: unknown): void => {
  // Only `__proto__` is an accessor on Object.prototype (see putSession in ledger.ts).
  if (k !== '__proto__') rows[k] = v;
  else
    Object.defineProperty(rows, k, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
};
export const getOwn = (rows: Record<string, unknown>, k: string): unknown =>
  Object.hasOwn(rows, k) ? rows[k] : undefined;

/**
 * Reads every bucket into the ledger (when given) and records where each record lives. A stub
 * (derived-rows.ts) becomes its record once every row is in, rebuilt from its companion.
 */
export async function readBuckets(os: AnyStore, l: Ledger | null, place: Placement): Promise<void> {
  const [keys, rows] = await Promise.all([os.getAllKeys(), os.getAll()]);
  const stubs: [BucketedStore, string][] = [];
  keys.forEach((k, i) => {
    const b = k as BucketKey;
    const target = l?.[b[0]] as Record<string, unknown> | undefined;
    for (const [last, v] of rows[i] as BucketRow) {
      const lk = ledgerKeyOf(b, last);
      if (v === DERIVED) stubs.push([b[0], lk]);
      else if (target) setOwn(target, lk, v);
      place.set(placeKey(b[0], lk), b[3]);
    }
  });
  if (!l) return;
  for (const [store, lk] of stubs) {
    const v = isDerivedStore(store) ? derive(l, store, lk) : undefined;
    // A stub is written only beside its companion, in the same transaction: one without it
    // is a copy of a record that is gone, and there is nothing to rebuild it from.
    if (v !== undefined) setOwn(l[store], lk, v);
  }
}

/** The changes to one bucket: record's last key part → new value, or undefined to delete. */
export interface BucketEdit {
  key: BucketKey;
  store: BucketedStore;
  set: Map<string, unknown>;
}

/** More new records than this in one write of a store (an import) are packed by month. */
export const BULK_NEW = 16;

/**
 * Groups the dirty records of the bucketed stores by the bucket each lives (or will live) in.
 * One pass of string work per record (an import dirties ~17k records at 6 accounts × 2 years).
 */
export function bucketEdits(l: Ledger, dirty: Dirty, place: Placement): Map<string, BucketEdit> {
  const edits = new Map<string, BucketEdit>();
  for (const store of BUCKETED) {
    const keys = keysToWrite(l, dirty, store, place);
    if (keys.size === 0) continue;
    const rows = l[store] as Record<string, unknown>;
    const at = [...keys].map((k) => place.get(placeKey(store, k)));
    const bulk = at.reduce((n, a) => (a === undefined ? n + 1 : n), 0) > BULK_NEW;
    let i = 0;
    for (const k of keys) {
      const was = at[i++];
      const v = getOwn(rows, k);
      if (v === undefined && was === undefined) continue; // never stored: nothing to delete
      const ps = parts(k);
      if (v !== undefined) assertKeyed(store, k, v, ps);
      const [p, a, last] = ps;
      const name = was ?? (bulk ? bulkBucket(l, store, k, v, last) : liveBucket(store, k, last));
      const id = store + SEP + p + SEP + a + SEP + name;
      let e = edits.get(id);
      if (!e) edits.set(id, (e = { key: [store, p, a, name], store, set: new Map() }));
      e.set.set(last, storedForm(l, store, k, v));
    }
  }
  return edits;
}

/**
 * The dirty keys of `store`, and for a store of copies (derived-rows.ts) also the keys whose
 * companion is dirty: a stub must be written out in full once its companion changes.
 */
function keysToWrite(l: Ledger, dirty: Dirty, store: BucketedStore, place: Placement) {
  if (!isDerivedStore(store)) return dirty[store];
  const also = [...dirty[COMPANION[store]]].filter(
    (k) =>
      !dirty[store].has(k) &&
      (Object.hasOwn(l[store], k) || place.get(placeKey(store, k)) !== undefined),
  );
  return also.length === 0 ? dirty[store] : new Set([...dirty[store], ...also]);
}

/** Read-modify-write of one bucket inside the caller's transaction (its other records kept). */
export async function applyEdit(os: AnyStore, e: BucketEdit): Promise<void> {
  const row = ((await os.get(e.key)) as BucketRow | undefined) ?? new Map<string, unknown>();
  for (const [last, v] of e.set) {
    if (v === undefined) row.delete(last);
    else row.set(last, v);
  }
  if (row.size === 0) await os.delete(e.key);
  else await os.put(row, e.key);
}

/**
 * Puts one bucket without reading it: the row is built from `l`, which must hold every record
 * (the service's whole ledger, as an import's plan does). The row is what read-modify-write
 * gives: the bucket's records in their order, changed ones in place, new ones after them.
 */
export async function putEdit(
  os: AnyStore,
  l: Ledger,
  e: BucketEdit,
  place: Placement,
): Promise<void> {
  const rows = l[e.store] as Record<string, unknown>;
  const row: BucketRow = new Map();
  for (const k of place.members(e.key.join(SEP))) {
    const last = parts(k)[2];
    // A changed record's stored form is in e.set already (placed here, set below).
    const v = e.set.has(last) ? null : getOwn(rows, k);
    if (v === null) row.set(last, undefined);
    else if (v !== undefined) row.set(last, storedForm(l, e.store, k, v));
  }
  // A record already set above keeps its place (Map.set); new ones go after.
  for (const [last, v] of e.set) {
    if (v !== undefined) row.set(last, v);
    else row.delete(last);
  }
  if (row.size === 0) await os.delete(e.key);
  else await os.put(row, e.key);
}

/** After the transaction committed: the placement follows what is now on disk. */
export function commitEdits(edits: Iterable<BucketEdit>, place: Placement): void {
  for (const e of edits) {
    for (const [last, v] of e.set) {
      const pk = placeKey(e.store, ledgerKeyOf(e.key, last));
      if (v === undefined) place.delete(pk);
      else place.set(pk, e.key[3]);
    }
  }
}
