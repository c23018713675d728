import type { Health } from '../messaging';
import type { Point } from '../insight/series';
import type {
  Account,
  AccountSettings,
  Conflict,
  Day,
  DayKey,
  MetricKey,
  Metrics,
  Platform,
  Session,
  Source,
  Value,
} from './model';

/**
 * The in-memory image of the database. Plain records keyed by `key(...)` so the same object
 * is what IndexedDB stores, what tests build by hand and what the pure ingest code mutates.
 * Every record whose key is listed in a `Dirty` set is (re)written or deleted on flush.
 */

/** One cumulative metric of a session, split into segments when the console resets. */
export interface Segments {
  /** Sum of the final values of earlier segments. */
  base: number;
  /** Last cumulative value of the current segment. */
  last: number;
  at: string;
  source: Source;
  /** Page instance that set `last`: only it may lower the figure (a refund). */
  by?: string;
}

/** Scraped state of one session: segments, per-Beijing-day contributions and totals. */
export interface SessionTrack {
  platform: Platform;
  accountId: string;
  sessionId: string;
  seg: Partial<Record<MetricKey, Segments>>;
  /** Flow metrics: increments observed during that day. Peak/last metrics: the day's value. */
  perDay: Record<DayKey, Partial<Record<MetricKey, Value>>>;
  /** Latest scraped (network/dom/backfill) session totals; session.metrics = manual ?? scraped. */
  scraped: Metrics;
  /** The session's totals over time, a sample a minute (src/insight/series.ts). */
  series?: Partial<Record<MetricKey, Point[]>>;
}

/** The console's own figure for a whole Beijing day (observation scope 'day'), or imported. */
export interface DayReport {
  platform: Platform;
  accountId: string;
  day: DayKey;
  metrics: Metrics;
  /** Imported session count, kept verbatim so an import re-exports exactly. */
  sessions?: number;
}

/** Values the seller typed in; they win over every scraped value. */
export interface ManualRecord {
  platform: Platform;
  accountId: string;
  kind: 'day' | 'session';
  key: string;
  metrics: Metrics;
}

export interface ProcessedId {
  id: string;
  at: string;
}

export interface Ledger {
  accounts: Record<string, Account>;
  settings: Record<string, AccountSettings>;
  sessions: Record<string, Session>;
  tracks: Record<string, SessionTrack>;
  reports: Record<string, DayReport>;
  manual: Record<string, ManualRecord>;
  days: Record<string, Day>;
  conflicts: Record<string, Conflict>;
  processed: Record<string, ProcessedId>;
  health: Record<string, Health>;
}

export type StoreName = keyof Ledger;
export const STORE_NAMES: StoreName[] = [
  'accounts',
  'settings',
  'sessions',
  'tracks',
  'reports',
  'manual',
  'days',
  'conflicts',
  'processed',
  'health',
];

/** Unit separator: cannot appear in ids typed by a human or sent by a console. */
export const SEP = '\u001f';
export const key = (...parts: string[]): string => parts.join(SEP);

export const accKey = (platform: Platform, accountId: string): string => key(platform, accountId);
export const sessKey = (platform: Platform, accountId: string, sessionId: string): string =>
  key(platform, accountId, sessionId);
export const dayRecKey = (platform: Platform, accountId: string, day: DayKey): string =>
  key(platform, accountId, day);
export const manualKey = (
  platform: Platform,
  accountId: string,
  kind: 'day' | 'session',
  k: string,
): string => key(platform, accountId, kind, k);
export const conflictKey = (
  c: Pick<Conflict, 'platform' | 'accountId' | 'kind' | 'key' | 'metric'>,
) => key(c.platform, c.accountId, c.kind, c.key, c.metric);

export const emptyLedger = (): Ledger =>
  Object.fromEntries(STORE_NAMES.map((s) => [s, {}])) as unknown as Ledger;

export type Dirty = Record<StoreName, Set<string>>;

export const emptyDirty = (): Dirty =>
  Object.fromEntries(STORE_NAMES.map((s) => [s, new Set<string>()])) as Dirty;

export function mergeDirty(into: Dirty, from: Dirty): void {
  for (const s of STORE_NAMES) for (const k of from[s]) into[s].add(k);
}

export const dirtyCount = (d: Dirty): number => STORE_NAMES.reduce((n, s) => n + d[s].size, 0);

/**
 * Session keys per account, built once per `l.sessions` object (a loaded, imported or rebuilt
 * ledger gets its own) and kept by putSession / deleteSession / dropRecord, the only ways
 * records of `l.sessions` are added or removed (tests/unit/history/session-index.test.ts holds
 * every other file to it). Scanning every session of the ledger per rollup was ~35% of an
 * observation's cost at 60 accounts (issue #16). Insertion order = the object's key order.
 */
const sessionIndex = new WeakMap<Record<string, Session>, Map<string, Set<string>>>();
const accountOfKey = (k: string): string => k.slice(0, k.lastIndexOf(SEP));

function indexOf(rows: Record<string, Session>): Map<string, Set<string>> {
  let ix = sessionIndex.get(rows);
  if (!ix) {
    ix = new Map();
    for (const k of Object.keys(rows)) addKey(ix, k);
    sessionIndex.set(rows, ix);
  }
  return ix;
}
function addKey(ix: Map<string, Set<string>>, k: string): void {
  const a = accountOfKey(k);
  const set = ix.get(a);
  if (set) set.add(k);
  else ix.set(a, new Set([k]));
}

/** Adds or replaces a session (an own property: an id may be `__proto__`). */
export function putSession(l: Ledger, k: string, s: Session): void {
  const fresh = !Object.hasOwn(l.sessions, k);
  // Only `__proto__` is an accessor on Object.prototype: any other key is a plain data
  // property, and assignment is several times cheaper than defineProperty (~10⁴ per import).
  if (k !== '__proto__') l.sessions[k] = s;
  else
    Object.defineProperty(l.sessions, k, {
      value: s,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  const ix = sessionIndex.get(l.sessions);
  if (fresh && ix) addKey(ix, k);
}

export function deleteSession(l: Ledger, k: string): void {
  delete l.sessions[k];
  sessionIndex.get(l.sessions)?.get(accountOfKey(k))?.delete(k);
}

/** Deletes a record of any store (sessions through deleteSession). */
export function dropRecord(l: Ledger, store: StoreName, k: string): void {
  if (store === 'sessions') deleteSession(l, k);
  else delete (l[store] as Record<string, unknown>)[k];
}

/** Sessions of one account, from the index (no scan of the other accounts' sessions). */
export function sessionsOf(l: Ledger, platform: Platform, accountId: string): Session[] {
  const keys = indexOf(l.sessions).get(accKey(platform, accountId));
  const out: Session[] = [];
  for (const k of keys ?? []) {
    const s = Object.hasOwn(l.sessions, k) ? l.sessions[k] : undefined;
    if (s) out.push(s);
  }
  return out;
}

/** Compares ISO instants by time, whatever offset each was written with. */
export const isAfter = (a: string, b: string): boolean => Date.parse(a) > Date.parse(b);
