import { SEP, type Ledger, type StoreName } from './ledger';
import type { Platform } from './model';

/**
 * Sessions, tracks, days and console day figures are stored many records to an IndexedDB row
 * ("bucket"): Chromium pays per request, so 17k single-row puts took 7–8 s where ~400 rows of
 * the same data took 0.3 s (issue #16). A bucket is one store × account × name; its value maps
 * the record's last key part (session id or day) to the record.
 *
 * Names: a bulk write (import, migration, a write of more than BULK_NEW new records of a
 * store) packs by Beijing month ("2026-05"); a record first written by the live path gets a
 * small bucket so its per-minute rewrite stays small: a session and its track their own row
 * ("=" + session id), a day its month (~30 small records). A record stays in the bucket it was
 * first put in (a changed start does not move it); `Placement` remembers where (filled on load;
 * the worker is the only writer).
 */
export const BUCKETED = ['sessions', 'tracks', 'days', 'reports'] as const;
export type BucketedStore = (typeof BUCKETED)[number];
export type BucketKey = [BucketedStore, Platform, string, string];
export type BucketRow = Map<string, unknown>;

export const isBucketed = (s: StoreName): s is BucketedStore =>
  (BUCKETED as readonly string[]).includes(s);

/** Ledger key of a record inside a bucket. */
export const ledgerKeyOf = (b: BucketKey, last: string): string => [b[1], b[2], last].join(SEP);

/** Ledger key → [platform, accountId, last part]. */
const parts = (k: string): [Platform, string, string] => {
  const [p, a, last] = k.split(SEP);
  return [p as Platform, a ?? '', last ?? ''];
};

/**
 * The Beijing month of an instant by fixed +08:00 arithmetic: dayOf's time-zone formatting
 * cost ~100 µs a call, seconds per import (issue #16). China has kept +08:00 all year since
 * 1992; a record of the 1986–91 summer-time hours near a month's end may land in the next
 * month's bucket, which only names its row (Placement remembers where it is).
 */
const monthOfInstant = (iso: string): string => {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? new Date(ms + BEIJING_MS).toISOString().slice(0, 7) : '-';
};
const BEIJING_MS = 8 * 3600_000;

/** The bucket a bulk write packs a record into: its Beijing month (a track: its session's). */
export function bulkBucket(l: Ledger, store: BucketedStore, k: string, v: unknown): string {
  if (store === 'days' || store === 'reports') return parts(k)[2].slice(0, 7);
  const start =
    store === 'sessions' ? (v as { start?: string }).start : (l.sessions[k]?.start ?? undefined);
  return typeof start === 'string' ? monthOfInstant(start) : '-';
}

/** The bucket the live path puts a record it has not stored before into (kept small). */
export function liveBucket(store: BucketedStore, k: string): string {
  const last = parts(k)[2];
  return store === 'days' || store === 'reports' ? last.slice(0, 7) : `=${last}`;
}

export const bucketKey = (store: BucketedStore, k: string, name: string): BucketKey => {
  const [p, a] = parts(k);
  return [store, p, a, name];
};

export const lastPart = (k: string): string => parts(k)[2];

/**
 * The record's own key fields must spell its ledger key, as IndexedDB's key path checked when
 * each record had its row: a record without them fails the whole write, nothing lands.
 */
export function assertKeyed(store: BucketedStore, k: string, v: unknown): void {
  const r = v as { platform?: unknown; accountId?: unknown; sessionId?: unknown; day?: unknown };
  const last = store === 'days' || store === 'reports' ? r.day : r.sessionId;
  if (typeof last !== 'string' || [r.platform, r.accountId, last].join(SEP) !== k)
    throw new Error(`${store} record does not match its key ${JSON.stringify(k)}`);
}

/** Where each stored record is: store␟ledger key → bucket name. One per open database. */
export type Placement = Map<string, string>;
export const placeKey = (store: BucketedStore, k: string): string => store + SEP + k;

/** Groups records into bulk buckets (import, migration): bucket id → row. */
export function packBulk(
  l: Ledger,
  records: Iterable<[BucketedStore, string, unknown]>,
  place: Placement,
): Map<string, { key: BucketKey; row: BucketRow }> {
  const out = new Map<string, { key: BucketKey; row: BucketRow }>();
  for (const [store, k, v] of records) {
    assertKeyed(store, k, v);
    const name = bulkBucket(l, store, k, v);
    const key = bucketKey(store, k, name);
    const id = key.join(SEP);
    let b = out.get(id);
    if (!b) out.set(id, (b = { key, row: new Map() }));
    b.row.set(lastPart(k), v);
    place.set(placeKey(store, k), name);
  }
  return out;
}
