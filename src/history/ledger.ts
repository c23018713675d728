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

export const emptyLedger = (): Ledger => ({
  accounts: {},
  settings: {},
  sessions: {},
  tracks: {},
  reports: {},
  manual: {},
  days: {},
  conflicts: {},
  processed: {},
  health: {},
});

export type Dirty = Record<StoreName, Set<string>>;

export const emptyDirty = (): Dirty => ({
  accounts: new Set(),
  settings: new Set(),
  sessions: new Set(),
  tracks: new Set(),
  reports: new Set(),
  manual: new Set(),
  days: new Set(),
  conflicts: new Set(),
  processed: new Set(),
  health: new Set(),
});

export function mergeDirty(into: Dirty, from: Dirty): void {
  for (const s of STORE_NAMES) for (const k of from[s]) into[s].add(k);
}

export const dirtyCount = (d: Dirty): number => STORE_NAMES.reduce((n, s) => n + d[s].size, 0);

/** Sessions of one account (scan; a few thousand per account at most). */
export function sessionsOf(l: Ledger, platform: Platform, accountId: string): Session[] {
  const prefix = accKey(platform, accountId) + SEP;
  return Object.entries(l.sessions)
    .filter(([k]) => k.startsWith(prefix))
    .map(([, s]) => s);
}

/** Compares ISO instants by time, whatever offset each was written with. */
export const isAfter = (a: string, b: string): boolean => Date.parse(a) > Date.parse(b);
