import { dayOf } from '../time/calendar';
import type { Observation } from '../messaging';
import { accKey, dayRecKey, isAfter, manualKey, sessKey, type Dirty, type Ledger } from './ledger';
import { putSession } from './ledger';
import type { MetricKey, Platform } from './model';
import { rollupDay, setConflicts } from './rollup';
import {
  daysTouched,
  newSession,
  refreshFlags,
  refreshSessionMetrics,
  resolveSessionId,
} from './sessions';
import { applyReading, instanceOf, newTrack } from './tracks';

export interface IngestResult {
  /** Already applied (same id seen before): nothing changed. */
  duplicate: boolean;
  sessionStarted: boolean;
  sessionEnded: boolean;
  changed: boolean;
}

/** Observation ids older than this are forgotten; content scripts resend within minutes. */
export const PROCESSED_TTL_MS = 3 * 24 * 3600_000;

/**
 * The account a payload's records belong to: a merged provisional account's tombstone sends
 * them to the account it was merged into (followed at most a few hops, never in a loop).
 */
export function routeAccount(l: Ledger, platform: Platform, accountId: string): string {
  let id = accountId;
  for (let hop = 0; hop < 8; hop += 1) {
    const next = l.accounts[accKey(platform, id)]?.mergedInto;
    if (!next || next === accountId) return id;
    id = next;
  }
  return id;
}

/** Rewrites a payload's account id to where its records go (the same object when unchanged). */
export function routed<T extends { platform: Platform; accountId: string; provisional?: true }>(
  l: Ledger,
  p: T,
): T {
  const accountId = routeAccount(l, p.platform, p.accountId);
  if (accountId === p.accountId) return p;
  // The target is a confirmed account: the payload is no longer provisional.
  const { provisional: _drop, ...rest } = p;
  return { ...rest, accountId } as T;
}

/**
 * Creates the account on first sight. `provisional` only marks a NEW account: a payload never
 * turns an existing account provisional or confirms one (confirmAccount / mergeAccount do).
 */
export function ensureAccount(
  l: Ledger,
  platform: Platform,
  accountId: string,
  name: string | undefined,
  dirty: Dirty,
  provisional?: boolean,
): void {
  const k = accKey(platform, accountId);
  const existing = l.accounts[k];
  if (existing) {
    // A placeholder (the id, e.g. when settings were saved before the first page visit) gives
    // way to the name the console shows; a name the seller chose (renameAccount) never does.
    if (name && existing.displayName === accountId && name !== accountId) {
      l.accounts[k] = { ...existing, displayName: name };
      dirty.accounts.add(k);
    }
    return;
  }
  l.accounts[k] = {
    platform,
    accountId,
    displayName: name ?? accountId,
    ...(provisional ? { provisional: true as const } : {}),
  };
  dirty.accounts.add(k);
}

/**
 * Applies one observation to the ledger (mutating it) and records what must be written.
 * Pure apart from that mutation: no I/O, no clock. Replays are harmless twice over: the id is
 * remembered, and values are cumulative, so the same reading from a second tab changes nothing.
 */
// eslint-disable-next-line max-lines-per-function -- one observation applied step by step to the ledger; the steps share the dirty set and are easier to check in order
export function ingest(l: Ledger, sent: Observation, dirty: Dirty): IngestResult {
  // A merged provisional account's readings land on its target before anything is applied.
  const obs = routed(l, sent);
  const res: IngestResult = {
    duplicate: false,
    sessionStarted: false,
    sessionEnded: false,
    changed: false,
  };
  // Own properties only: ids such as `constructor` or `__proto__` are ordinary ids here.
  if (Object.hasOwn(l.processed, obs.id)) return { ...res, duplicate: true };
  Object.defineProperty(l.processed, obs.id, {
    value: { id: obs.id, at: obs.observedAt },
    enumerable: true,
    writable: true,
    configurable: true,
  });
  dirty.processed.add(obs.id);
  ensureAccount(l, obs.platform, obs.accountId, obs.accountName, dirty, obs.provisional);
  const { platform, accountId } = obs;
  const entries = Object.entries(obs.metrics) as [
    MetricKey,
    { value: number; source: 'network' | 'dom' },
  ][];

  if (obs.scope === 'day') {
    const day = dayOf(obs.observedAt);
    const k = dayRecKey(platform, accountId, day);
    const rep = (l.reports[k] ??= { platform, accountId, day, metrics: {} });
    for (const [m, v] of entries) {
      const old = rep.metrics[m];
      if (old && isAfter(old.at, obs.observedAt)) continue;
      if (old && old.value === v.value) continue;
      rep.metrics[m] = { value: v.value, source: v.source, at: obs.observedAt };
      res.changed = true;
    }
    dirty.reports.add(k);
    if (res.changed) rollupDay(l, platform, accountId, day, dirty);
    return res;
  }

  const sessionId = resolveSessionId(l, obs);
  const sk = sessKey(platform, accountId, sessionId);
  let s = l.sessions[sk];
  const daysBefore = s ? daysTouched(s) : [];
  if (!s) {
    const dur = obs.metrics.durationSec?.value;
    const start =
      obs.sessionStart ??
      (sessionId.startsWith('start:') ? sessionId.slice(6) : undefined) ??
      new Date(Date.parse(obs.observedAt) - (dur ?? 0) * 1000).toISOString();
    s = newSession(platform, accountId, sessionId, start, obs.observedAt);
    putSession(l, sk, s);
    res.sessionStarted = obs.live !== false;
  }
  const track = (l.tracks[sk] ??= newTrack(platform, accountId, sessionId));
  for (const [m, v] of entries) {
    if (applyReading(track, m, v.value, v.source, obs.observedAt, instanceOf(obs.id)))
      res.changed = true;
  }
  const prevSeen = s.lastSeenAt;
  const newest = !isAfter(prevSeen, obs.observedAt);
  if (newest) {
    s.lastSeenAt = obs.observedAt;
    if (obs.hasCart !== undefined) s.flags.noCart = !obs.hasCart;
    if (obs.live === true && !s.live) {
      s.live = true;
      s.end = null;
    } else if (obs.live === false && s.live) {
      s.live = false;
      res.sessionEnded = true;
    } else if (obs.live === undefined && res.sessionStarted) s.live = true;
  }
  refreshSessionMetrics(l, s);
  if (!s.live && s.end === null && obs.live === false) {
    // The end is start + the console's duration; without one, the last instant seen live.
    const dur = s.metrics.durationSec?.value;
    if (dur !== undefined) s.end = new Date(Date.parse(s.start) + dur * 1000).toISOString();
    else if (res.sessionEnded) s.end = prevSeen;
  }
  refreshFlags(s);
  const manual = l.manual[manualKey(platform, accountId, 'session', sessionId)];
  setConflicts(
    l,
    { platform, accountId, kind: 'session', key: sessionId },
    manual?.metrics ?? {},
    track.scraped,
    dirty,
  );
  dirty.sessions.add(sk);
  dirty.tracks.add(sk);
  const days = new Set([...daysBefore, ...daysTouched(s), dayOf(obs.observedAt)]);
  for (const d of days) rollupDay(l, platform, accountId, d, dirty);
  res.changed ||= res.sessionStarted || res.sessionEnded;
  return res;
}

/** Forgets observation ids older than the TTL (they can no longer be resent). */
export function pruneProcessed(l: Ledger, now: Date, dirty: Dirty): number {
  const cutoff = new Date(now.getTime() - PROCESSED_TTL_MS).toISOString();
  let n = 0;
  for (const [id, p] of Object.entries(l.processed)) {
    if (isAfter(cutoff, p.at)) {
      delete l.processed[id];
      dirty.processed.add(id);
      n += 1;
    }
  }
  return n;
}
