import { SEP, type Ledger, type StoreName } from './ledger';
import type { Platform } from './model';
import { storedForm } from './derived-rows';

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
export const parts = (k: string): [Platform, string, string] => {
  // k.split(SEP)'s first three parts without the array of every part (~10⁴ keys per import).
  const i = k.indexOf(SEP);
  if (i < 0) return [k as Platform, '', ''];
  const j = k.indexOf(SEP, i + 1);
  if (j < 0) return [k.slice(0, i) as Platform, k.slice(i + 1), ''];
  const e = k.indexOf(SEP, j + 1);
  return [k.slice(0, i) as Platform, k.slice(i + 1, j), e < 0 ? k.slice(j + 1) : k.slice(j + 1, e)];
};

/**
 * The Beijing month of an instant by fixed +08:00 arithmetic: dayOf's time-zone formatting
 * cost ~100 µs a call, seconds per import (issue #16). China has kept +08:00 all year since
 * 1992; a record of the 1986–91 summer-time hours near a month's end may land in the next
 * month's bucket, which only names its row (Placement remembers where it is).
 */
export const monthOfInstant = (iso: string): string => {
  // Fast and exact for the two offsets history holds: "+08:00" is Beijing's own clock, and a
  // "Z" instant before 16:00 UTC or before the 28th is in Beijing's month too (~10⁴ calls per
  // import: Date.parse + toISOString cost 1.4 µs each). Anything else takes the Date path.
  if (ISO_HEAD.test(iso)) {
    if (iso.endsWith('+08:00')) return iso.slice(0, 7);
    if (iso.endsWith('Z') && (iso.slice(11, 13) < '16' || iso.slice(8, 10) < '28'))
      return iso.slice(0, 7);
  }
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? new Date(ms + BEIJING_MS).toISOString().slice(0, 7) : '-';
};
const BEIJING_MS = 8 * 3600_000;
/** YYYY-MM-DDTHH:MM with valid month, day and hour ranges (Date.parse checks the rest). */
const ISO_HEAD = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d/;

/** The bucket a bulk write packs a record into: its Beijing month (a track: its session's). */
export function bulkBucket(
  l: Ledger,
  store: BucketedStore,
  k: string,
  v: unknown,
  last = parts(k)[2],
): string {
  if (store === 'days' || store === 'reports') return last.slice(0, 7);
  const start =
    store === 'sessions' ? (v as { start?: string }).start : (l.sessions[k]?.start ?? undefined);
  return typeof start === 'string' ? monthOfInstant(start) : '-';
}

/** The bucket the live path puts a record it has not stored before into (kept small). */
export function liveBucket(store: BucketedStore, k: string, last = parts(k)[2]): string {
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
export function assertKeyed(
  store: BucketedStore,
  k: string,
  v: unknown,
  [p, a, last] = parts(k),
): void {
  const r = v as { platform?: unknown; accountId?: unknown; sessionId?: unknown; day?: unknown };
  const own = store === 'days' || store === 'reports' ? r.day : r.sessionId;
  // Without building the joined key (~10⁴ records an import): the fields equal k's first three
  // parts and k has nothing after them. Anything else takes the join (an id holding SEP).
  const parts3 = own === last && r.platform === p && r.accountId === a;
  if (parts3 && k.length === p.length + a.length + last.length + 2) return;
  if (typeof own !== 'string' || [r.platform, r.accountId, own].join(SEP) !== k)
    throw new Error(`${store} record does not match its key ${JSON.stringify(k)}`);
}

/**
 * Where each stored record is: store␟ledger key → bucket name, one per open database; and
 * each bucket's records (bucket id → ledger keys), so a write that holds the whole ledger can
 * put a bucket's row without reading it first (persist.ts, imports).
 */
export class Placement extends Map<string, string> {
  /** Built on the first members() call (an import), then kept up to date; null until then. */
  private byBucket: Map<string, Set<string>> | null = null;

  override set(pk: string, name: string): this {
    const was = super.get(pk);
    if (was === name) return this;
    if (this.byBucket) {
      if (was !== undefined) this.leave(pk, was);
      this.join(pk, name);
    }
    return super.set(pk, name);
  }

  override delete(pk: string): boolean {
    const was = super.get(pk);
    if (was !== undefined && this.byBucket) this.leave(pk, was);
    return super.delete(pk);
  }

  override clear(): void {
    this.byBucket = null;
    super.clear();
  }

  /** Ledger keys of the records stored in a bucket (id = its key joined by SEP). */
  members(id: string): ReadonlySet<string> {
    if (!this.byBucket) {
      this.byBucket = new Map();
      for (const [pk, name] of this) this.join(pk, name);
    }
    return this.byBucket.get(id) ?? NONE;
  }

  private join(pk: string, name: string): void {
    const [id, k] = idOf(pk, name);
    let m = this.byBucket!.get(id);
    if (!m) this.byBucket!.set(id, (m = new Set()));
    m.add(k);
  }

  private leave(pk: string, name: string): void {
    const [id, k] = idOf(pk, name);
    const m = this.byBucket!.get(id);
    m?.delete(k);
    if (m?.size === 0) this.byBucket!.delete(id);
  }
}
const NONE: ReadonlySet<string> = new Set();

/** store␟p␟a␟… + bucket name → [bucket id, ledger key]. */
const idOf = (pk: string, name: string): [string, string] => {
  const s = pk.indexOf(SEP);
  const k = pk.slice(s + 1);
  const [p, a] = parts(k);
  return [pk.slice(0, s) + SEP + p + SEP + a + SEP + name, k];
};

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
    b.row.set(lastPart(k), storedForm(l, store, k, v));
    place.set(placeKey(store, k), name);
  }
  return out;
}
