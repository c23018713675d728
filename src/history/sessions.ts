import { dayOf } from '../time/calendar';
import type { Observation } from '../messaging';
import { manualKey, sessKey, sessionsOf, type Ledger } from './ledger';
import type { Metrics, Platform, Session } from './model';
import { isValidSession } from '../rules/valid-session';

/** A live session silent for this long is not "the current one" for id-less readings. */
export const OPEN_SESSION_GAP_MS = 30 * 60_000;
const H24 = 24 * 3600;

export const derivedSessionId = (start: string | number): string =>
  `start:${new Date(start).toISOString()}`;

/** Starts this close are one live read by two pages (a start derived from a duration is floored to the minute). */
export const SAME_START_MS = 2 * 60_000;

/** The account's session that started at `start` (± SAME_START_MS), a real live id first. */
function sameStart(l: Ledger, obs: Observation, start: string): Session | undefined {
  const t = Date.parse(start);
  return sessionsOf(l, obs.platform, obs.accountId)
    .filter((s) => Math.abs(Date.parse(s.start) - t) <= SAME_START_MS)
    .sort(
      (a, b) => Number(a.sessionId.startsWith('start:')) - Number(b.sessionId.startsWith('start:')),
    )[0];
}

/**
 * Which session an observation belongs to: its live id, else its start instant, else the
 * account's live session seen recently (same stream read from a page that shows no id),
 * else a new session starting now. One live read by a page that shows its id and a page
 * that shows only its start is one session: a reading with only a start joins the session
 * of that start, and a reading with a live id nobody has seen joins a start-only session
 * of the same start (so neither page opens a second session).
 */
export function resolveSessionId(l: Ledger, obs: Observation): string {
  if (obs.sessionId) {
    if (l.sessions[sessKey(obs.platform, obs.accountId, obs.sessionId)]) return obs.sessionId;
    const m = obs.sessionStart ? sameStart(l, obs, obs.sessionStart) : undefined;
    return m?.sessionId.startsWith('start:') ? m.sessionId : obs.sessionId;
  }
  if (obs.sessionStart)
    return sameStart(l, obs, obs.sessionStart)?.sessionId ?? derivedSessionId(obs.sessionStart);
  const at = Date.parse(obs.observedAt);
  const open = sessionsOf(l, obs.platform, obs.accountId)
    .filter((s) => s.live && Math.abs(at - Date.parse(s.lastSeenAt)) < OPEN_SESSION_GAP_MS)
    .sort((a, b) => Date.parse(b.lastSeenAt) - Date.parse(a.lastSeenAt))[0];
  if (open) return open.sessionId;
  const dur = obs.metrics.durationSec?.value ?? 0;
  return derivedSessionId(at - dur * 1000);
}

/** Seconds the session lasted (or has lasted so far). */
export function sessionSeconds(s: Session): number {
  const d = s.metrics.durationSec?.value;
  if (d !== undefined) return d;
  const endMs = Date.parse(s.end ?? s.lastSeenAt);
  return Math.max(0, (endMs - Date.parse(s.start)) / 1000);
}

/** The instant the session's duration runs to: start + duration. */
export const effectiveEnd = (s: Session): number => Date.parse(s.start) + sessionSeconds(s) * 1000;

/** Recomputes derived flags; `noCart` and `realPerson` come from observations and stay. */
export function refreshFlags(s: Session): void {
  const secs = sessionSeconds(s);
  s.flags.over24h = secs >= H24;
  s.flags.crossedMidnight =
    dayOf(s.start) !== dayOf(Math.max(Date.parse(s.start), effectiveEnd(s) - 1));
  // Only a finished session can be "too short"; a live one is still growing.
  if (s.live) delete s.flags.under15min;
  else s.flags.under15min = !isValidSession(secs);
}

/** session.metrics = manual value where the seller typed one, else the scraped total. */
export function refreshSessionMetrics(l: Ledger, s: Session): void {
  const track = l.tracks[sessKey(s.platform, s.accountId, s.sessionId)];
  const manual = l.manual[manualKey(s.platform, s.accountId, 'session', s.sessionId)];
  const metrics: Metrics = { ...(track?.scraped ?? {}), ...(manual?.metrics ?? {}) };
  // Sessions imported without a track keep their own values for metrics nobody re-observed.
  for (const [m, v] of Object.entries(s.metrics) as [keyof Metrics, Metrics[keyof Metrics]][]) {
    if (metrics[m] === undefined && v) metrics[m] = v;
  }
  s.metrics = metrics;
}

export function newSession(
  platform: Platform,
  accountId: string,
  sessionId: string,
  start: string,
  at: string,
): Session {
  return {
    platform,
    accountId,
    sessionId,
    start,
    end: null,
    live: false,
    metrics: {},
    flags: {},
    lastSeenAt: at,
  };
}

/** Beijing days a session touches: from its start to its effective end. */
export function daysTouched(s: Session): string[] {
  const out = new Set<string>([dayOf(s.start)]);
  const endMs = Math.max(Date.parse(s.start), effectiveEnd(s) - 1);
  for (let t = Date.parse(s.start); t <= endMs; t += 12 * 3600_000) out.add(dayOf(t));
  out.add(dayOf(endMs));
  return [...out];
}
