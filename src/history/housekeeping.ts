import { addDays, dayOf } from '../time/calendar';
import { pruneProcessed } from './ingest';
import { dropRecord, SEP, STORE_NAMES, type Dirty, type Ledger, type StoreName } from './ledger';
import type { Platform } from './model';

/** A "live" session not seen for this long has ended without us seeing the end. */
export const STALE_LIVE_MS = 15 * 60_000;

/** Marks silent live sessions as ended (end unknown = null, as the model says). */
export function closeStaleSessions(l: Ledger, now: Date, dirty: Dirty): number {
  let n = 0;
  for (const [k, s] of Object.entries(l.sessions)) {
    if (s.live && now.getTime() - Date.parse(s.lastSeenAt) > STALE_LIVE_MS) {
      s.live = false;
      dirty.sessions.add(k);
      n += 1;
    }
  }
  return n;
}

/** Deletes history older than `retentionDays` Beijing days (null = keep everything). */
export function applyRetention(
  l: Ledger,
  retentionDays: number | null,
  now: Date,
  dirty: Dirty,
): number {
  if (retentionDays === null) return 0;
  const cutoff = addDays(dayOf(now), -retentionDays);
  let n = 0;
  const drop = (store: StoreName, k: string) => {
    dropRecord(l, store, k);
    dirty[store].add(k);
    n += 1;
  };
  for (const [k, s] of Object.entries(l.sessions)) {
    if (dayOf(s.start) < cutoff && !s.live) {
      drop('sessions', k);
      if (l.tracks[k]) drop('tracks', k);
    }
  }
  for (const store of ['days', 'reports'] as const) {
    for (const [k, d] of Object.entries(l[store])) if (d.day < cutoff) drop(store, k);
  }
  for (const [k, m] of Object.entries(l.manual)) {
    if (m.kind === 'day' ? m.key < cutoff : !l.sessions[[m.platform, m.accountId, m.key].join(SEP)])
      drop('manual', k);
  }
  for (const [k, c] of Object.entries(l.conflicts)) {
    if (c.kind === 'day' ? c.key < cutoff : !l.sessions[[c.platform, c.accountId, c.key].join(SEP)])
      drop('conflicts', k);
  }
  pruneProcessed(l, now, dirty);
  return n;
}

/** Removes every record of the given accounts (delete account, clear demo data). */
export function removeAccounts(
  l: Ledger,
  accounts: Array<{ platform: Platform; accountId: string }>,
  dirty: Dirty,
): void {
  const prefixes = accounts.map((a) => a.platform + SEP + a.accountId);
  const hit = (k: string) => prefixes.some((p) => k === p || k.startsWith(p + SEP));
  // Every store keyed by account; `processed` (observation ids) stays for dedupe.
  for (const store of STORE_NAMES.filter((n) => n !== 'processed')) {
    for (const k of Object.keys(l[store])) {
      if (hit(k)) {
        dropRecord(l, store, k);
        dirty[store].add(k);
      }
    }
  }
}
