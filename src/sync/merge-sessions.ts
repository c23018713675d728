import type { Conflict, MetricKey, Session, Value } from '../history/model';
import { effectiveEnd, SAME_START_MS, sessionSeconds } from '../history/sessions';
import { isValidSession } from '../rules/valid-session';
import { dayNumOf } from '../time/beijing';
import { cand, pick, type Cand } from './merge-values';

/**
 * One account's sessions from every machine, made one list. The dedupe of two tabs
 * (src/history/merge-session.ts sameStream / sessions.ts sameStart): the same session id is
 * one session, and where either id is derived from a start (`start:…`, the page showed no live
 * id) a start within ±SAME_START_MS is the same stream. merge-session.ts itself works on a
 * ledger (tracks, manual store) that documents do not carry, so its rules are applied here on
 * the export shapes; SAME_START_MS, effectiveEnd and sessionSeconds are reused as they are.
 */

/** A session as one machine holds it, with that machine's conflicts of the session. */
export interface Held {
  s: Session;
  machine: string;
  conflicts: Conflict[];
}

const isStartId = (id: string): boolean => id.startsWith('start:');
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Groups of held sessions that are one stream (union-find; independent of input order). */
function clusters(held: Held[]): Held[][] {
  const rows = held
    .map((h) => ({ h, ms: Date.parse(h.s.start) }))
    .sort(
      (a, b) =>
        a.ms - b.ms || cmp(a.h.s.sessionId, b.h.s.sessionId) || cmp(a.h.machine, b.h.machine),
    );
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (i: number, j: number): void => {
    const [a, b] = [find(i), find(j)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const byId = new Map<string, number>();
  rows.forEach((r, i) => {
    const first = byId.get(r.h.s.sessionId);
    if (first === undefined) byId.set(r.h.s.sessionId, i);
    else join(first, i);
    for (let j = i + 1; j < rows.length && rows[j]!.ms - r.ms <= SAME_START_MS; j++) {
      if (isStartId(r.h.s.sessionId) || isStartId(rows[j]!.h.s.sessionId)) join(i, j);
    }
  });
  const groups = new Map<number, Held[]>();
  rows.forEach((r, i) => {
    const g = groups.get(find(i));
    if (g) g.push(r.h);
    else groups.set(find(i), [r.h]);
  });
  return [...groups.values()];
}

/** Latest seen first; ties by machine id, then id: the member whose live state is current. */
const bySeen = (a: Held, b: Held): number =>
  Date.parse(b.s.lastSeenAt) - Date.parse(a.s.lastSeenAt) ||
  cmp(a.machine, b.machine) ||
  cmp(a.s.sessionId, b.s.sessionId) ||
  cmp(a.s.lastSeenAt, b.s.lastSeenAt);

/** One session from the members of a cluster, with the conflicts the merge keeps. */
function mergeCluster(group: Held[]): { session: Session; conflicts: Conflict[] } {
  const one = group[0]!;
  // One machine's session without conflicts (most sessions): what the general path gives.
  if (group.length === 1 && one.conflicts.length === 0) {
    const flags = definedFlags(one.s.flags);
    return { session: { ...one.s, flags, metrics: { ...one.s.metrics } }, conflicts: [] };
  }
  const members = [...group].sort(bySeen);
  const latest = members[0]!;
  // A console's own live id beats one derived from the start; the earliest start is kept.
  const id = members
    .map((m) => m.s.sessionId)
    .sort((a, b) => Number(isStartId(a)) - Number(isStartId(b)) || cmp(a, b))[0]!;
  const start = members
    .map((m) => m.s.start)
    .sort((a, b) => Date.parse(a) - Date.parse(b) || cmp(a, b))[0]!;
  let flags: Session['flags'] = {};
  for (const m of [...members].reverse()) flags = { ...flags, ...definedFlags(m.s.flags) };
  const cands = new Map<MetricKey, Cand[]>();
  const add = (m: MetricKey, v: Value | undefined, machine: string): void => {
    if (v) (cands.get(m) ?? cands.set(m, []).get(m)!).push(cand(v, machine));
  };
  for (const h of members) {
    for (const [m, v] of Object.entries(h.s.metrics) as [MetricKey, Value][]) add(m, v, h.machine);
    // The scraped figure a machine's manual value overruled is a figure of this session too.
    for (const c of h.conflicts) add(c.metric, c.scraped, h.machine);
  }
  const { platform, accountId } = latest.s;
  const session: Session = {
    ...latest.s,
    sessionId: id,
    start,
    flags,
    metrics: {},
  };
  const conflicts: Conflict[] = [];
  for (const m of [...cands.keys()].sort()) {
    const p = pick(cands.get(m)!);
    if (!p) continue;
    session.metrics[m] = p.value;
    if (p.clash)
      conflicts.push({ platform, accountId, kind: 'session', key: id, metric: m, ...p.clash });
  }
  // Derived flags follow the merged span (one machine's own session is already refreshed).
  if (members.length > 1) refreshFlags(session);
  return { session, conflicts };
}

/**
 * sessions.ts refreshFlags, with beijing.ts day numbers: its calendar dayOf costs 20–60 µs a
 * call, seconds for a year of sessions held by two machines.
 */
function refreshFlags(s: Session): void {
  const secs = sessionSeconds(s);
  const start = Date.parse(s.start);
  s.flags.over24h = secs >= 24 * 3600;
  s.flags.crossedMidnight = dayNumOf(start) !== dayNumOf(Math.max(start, effectiveEnd(s) - 1));
  if (s.live) delete s.flags.under15min;
  else s.flags.under15min = !isValidSession(secs);
}

const definedFlags = (f: Session['flags']): Session['flags'] =>
  Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined));

/** The account's merged sessions (sorted by id) and session conflicts. */
export function mergeSessions(held: Held[]): { sessions: Session[]; conflicts: Conflict[] } {
  const sessions: Session[] = [];
  const conflicts: Conflict[] = [];
  for (const g of clusters(held)) {
    const r = mergeCluster(g);
    sessions.push(r.session);
    conflicts.push(...r.conflicts);
  }
  sessions.sort((a, b) => cmp(a.sessionId, b.sessionId));
  conflicts.sort((a, b) => cmp(a.key, b.key) || cmp(a.metric, b.metric));
  return { sessions, conflicts };
}
