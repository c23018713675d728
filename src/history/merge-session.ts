import {
  conflictKey,
  deleteSession,
  isAfter,
  manualKey,
  putSession,
  SEP,
  sessKey,
  sessionsOf,
  type Dirty,
  type Ledger,
} from './ledger';
import { mergeTracks } from './merge-track';
import { METRIC_KIND } from './metric-kinds';
import type { MetricKey, Metrics, Platform, Session } from './model';
import { setConflicts } from './rollup';
import { refreshFlags, refreshSessionMetrics, SAME_START_MS } from './sessions';
import { newTrack } from './tracks';

/**
 * Moving one session of a provisional account onto the account it turned out to be, with the
 * dedupe rules two tabs get: the same stream (same id, or the same start where an id is
 * derived from the start) becomes ONE session whose cumulative figures are combined by
 * mergeTracks, never added up.
 */

const isStartId = (id: string): boolean => id.startsWith('start:');

/** [start, end or last seen] of a session, in ms. */
const span = (s: Session): [number, number] => [
  Date.parse(s.start),
  Date.parse(s.end ?? s.lastSeenAt),
];

/**
 * The target's session that is the same stream: same id; else, where either id is derived
 * from a start (the page showed no live id), the same start (± SAME_START_MS) or a time span
 * that overlaps — one account cannot stream two lives at once, and a page that shows neither
 * id nor start only knows when it first saw the live.
 */
function sameStream(l: Ledger, s: Session, accountId: string): Session | undefined {
  const byId = l.sessions[sessKey(s.platform, accountId, s.sessionId)];
  if (byId) return byId;
  const [a0, a1] = span(s);
  const candidates = sessionsOf(l, s.platform, accountId).filter(
    (t) => isStartId(t.sessionId) || isStartId(s.sessionId),
  );
  const near = candidates.find((t) => Math.abs(span(t)[0] - a0) <= SAME_START_MS);
  return near ?? candidates.find((t) => span(t)[0] <= a1 && a0 <= span(t)[1]);
}

/** Moves one session of the provisional account onto the target, combining it with the same stream there. */
export function mergeSession(l: Ledger, s: Session, accountId: string, dirty: Dirty): Session {
  const match = sameStream(l, s, accountId);
  if (!match) return rekey(l, s, accountId, s.sessionId, dirty);
  // A console's own live id beats one derived from the start instant.
  const id = isStartId(match.sessionId) && !isStartId(s.sessionId) ? s.sessionId : match.sessionId;
  const t = rekey(l, match, accountId, id, dirty);
  const tk = sessKey(t.platform, accountId, id);
  const sk = sessKey(s.platform, s.accountId, s.sessionId);
  const tt = l.tracks[tk] ?? newTrack(t.platform, accountId, id);
  l.tracks[tk] = mergeTracks(tt, l.tracks[sk] ?? newTrack(s.platform, s.accountId, s.sessionId));
  // Live state comes from whichever page was seen last, as ingest does for two tabs.
  if (isAfter(s.lastSeenAt, t.lastSeenAt)) {
    Object.assign(t, { live: s.live, end: s.end, lastSeenAt: s.lastSeenAt });
    t.flags = { ...t.flags, ...definedFlags(s) };
  }
  if (isAfter(t.start, s.start)) t.start = s.start;
  for (const [m, v] of Object.entries(s.metrics) as [MetricKey, Metrics[MetricKey]][]) {
    if (!t.metrics[m] && v) t.metrics[m] = v;
  }
  mergeManual(
    l,
    manualKey(s.platform, s.accountId, 'session', s.sessionId),
    manualKey(t.platform, accountId, 'session', id),
    dirty,
  );
  dropSessionRecords(l, s, dirty);
  refreshSessionMetrics(l, t);
  refreshFlags(t);
  const manual = l.manual[manualKey(t.platform, accountId, 'session', id)];
  setConflicts(
    l,
    { platform: t.platform, accountId, kind: 'session', key: id },
    manual?.metrics ?? {},
    l.tracks[tk].scraped,
    dirty,
  );
  dirty.sessions.add(tk);
  dirty.tracks.add(tk);
  return t;
}

const definedFlags = (s: Session): Session['flags'] =>
  Object.fromEntries(
    (['noCart', 'realPerson'] as const)
      .filter((f) => s.flags[f] !== undefined)
      .map((f) => [f, s.flags[f]]),
  );

/** Re-files a session (and its track, manual values, conflicts) under another account / id. */
function rekey(l: Ledger, s: Session, accountId: string, sessionId: string, dirty: Dirty): Session {
  const ok = sessKey(s.platform, s.accountId, s.sessionId);
  const nk = sessKey(s.platform, accountId, sessionId);
  if (ok === nk) return s;
  const moved: Session = { ...s, accountId, sessionId, flags: { ...s.flags } };
  putSession(l, nk, moved);
  dirty.sessions.add(nk);
  const track = l.tracks[ok];
  if (track) {
    l.tracks[nk] = { ...track, accountId, sessionId };
    dirty.tracks.add(nk);
  }
  mergeManual(
    l,
    manualKey(s.platform, s.accountId, 'session', s.sessionId),
    manualKey(s.platform, accountId, 'session', sessionId),
    dirty,
  );
  for (const m of Object.keys(METRIC_KIND) as MetricKey[]) {
    const c = l.conflicts[conflictKey({ ...s, kind: 'session', key: s.sessionId, metric: m })];
    if (!c) continue;
    const nc = { ...c, accountId, key: sessionId };
    l.conflicts[conflictKey(nc)] = nc;
    dirty.conflicts.add(conflictKey(nc));
  }
  dropSessionRecords(l, s, dirty);
  return moved;
}

/** Deletes a session's own records (after they were moved). */
function dropSessionRecords(l: Ledger, s: Session, dirty: Dirty): void {
  const k = sessKey(s.platform, s.accountId, s.sessionId);
  deleteSession(l, k);
  delete l.tracks[k];
  dirty.sessions.add(k);
  dirty.tracks.add(k);
  const mk = manualKey(s.platform, s.accountId, 'session', s.sessionId);
  if (l.manual[mk]) {
    delete l.manual[mk];
    dirty.manual.add(mk);
  }
  for (const m of Object.keys(METRIC_KIND) as MetricKey[]) {
    const ck = conflictKey({ ...s, kind: 'session', key: s.sessionId, metric: m });
    if (l.conflicts[ck]) {
      delete l.conflicts[ck];
      dirty.conflicts.add(ck);
    }
  }
}

/** Manual values move along; where both accounts have one for the same metric, the target's wins. */
export function mergeManual(l: Ledger, fromKey: string, toKey: string, dirty: Dirty): void {
  const src = l.manual[fromKey];
  if (!src || fromKey === toKey) return;
  const [platform, accountId, kind, key] = toKey.split(SEP) as [
    Platform,
    string,
    'day' | 'session',
    string,
  ];
  const dst = l.manual[toKey];
  l.manual[toKey] = {
    platform,
    accountId,
    kind,
    key,
    metrics: { ...src.metrics, ...(dst?.metrics ?? {}) },
  };
  dirty.manual.add(toKey);
}
