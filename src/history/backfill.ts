import type { Backfill } from '../messaging';
import { putSession, sessKey, sessionsOf, type Dirty, type Ledger } from './ledger';
import type { MetricKey, Session } from './model';
import { ensureAccount } from './ingest';
import { rollupDay, setConflicts } from './rollup';
import { daysTouched, newSession, refreshFlags, refreshSessionMetrics } from './sessions';
import { manualKey } from './ledger';
import { newTrack } from './tracks';

/** A backfilled row within this much of a captured session's start is that session. */
export const BACKFILL_MATCH_MS = 5 * 60_000;

function findMatch(l: Ledger, b: Backfill, sessionId: string, start: string): Session | undefined {
  const byId = l.sessions[sessKey(b.platform, b.accountId, sessionId)];
  if (byId) return byId;
  const t = Date.parse(start);
  return sessionsOf(l, b.platform, b.accountId).find(
    (s) => Math.abs(Date.parse(s.start) - t) <= BACKFILL_MATCH_MS,
  );
}

/**
 * Creates or completes past sessions from a history/list page. A session already captured
 * live is matched (by id, else by start time) and completed, never added a second time; its
 * totals become the console's final figures (source 'backfill') unless the seller typed one.
 * A session still live and seen recently is left to live capture.
 */
export function applyBackfill(l: Ledger, b: Backfill, dirty: Dirty): number {
  ensureAccount(l, b.platform, b.accountId, b.accountName, dirty);
  let touched = 0;
  for (const row of b.sessions) {
    const existing = findMatch(l, b, row.sessionId, row.start);
    if (existing?.live) continue;
    const s =
      existing ?? newSession(b.platform, b.accountId, row.sessionId, row.start, b.observedAt);
    const sk = sessKey(s.platform, s.accountId, s.sessionId);
    const daysBefore = existing ? daysTouched(existing) : [];
    putSession(l, sk, s);
    const track = (l.tracks[sk] ??= newTrack(s.platform, s.accountId, s.sessionId));
    for (const [m, v] of Object.entries(row.metrics) as [MetricKey, number][]) {
      const old = track.scraped[m];
      if (old && old.source !== 'backfill' && Date.parse(old.at) > Date.parse(b.observedAt))
        continue;
      track.scraped[m] = { value: v, source: 'backfill', at: b.observedAt };
    }
    if (row.end) s.end = row.end;
    s.live = false;
    if (row.hasCart !== undefined) s.flags.noCart = !row.hasCart;
    refreshSessionMetrics(l, s);
    refreshFlags(s);
    const manual = l.manual[manualKey(s.platform, s.accountId, 'session', s.sessionId)];
    setConflicts(
      l,
      { platform: s.platform, accountId: s.accountId, kind: 'session', key: s.sessionId },
      manual?.metrics ?? {},
      track.scraped,
      dirty,
    );
    dirty.sessions.add(sk);
    dirty.tracks.add(sk);
    for (const d of new Set([...daysBefore, ...daysTouched(s)]))
      rollupDay(l, s.platform, s.accountId, d, dirty);
    touched += 1;
  }
  return touched;
}
