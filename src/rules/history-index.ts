import type { Account, Day, History, Platform, Session } from '../history/model';
import { accountKey } from '../history/model';
import { dayNumOf, dayNumOfKey, type DayNum } from '../time/beijing';
import { parseInstant } from './instant';

/** A session with its instants parsed once, so rules never re-parse ISO strings in loops. */
export interface IndexedSession {
  s: Session;
  startMs: number;
  /** End, or the last instant seen for a session without an end. */
  endMs: number | null;
  lastSeenMs: number;
  startDay: DayNum;
}

export interface AccountHistory {
  key: string;
  account: Account;
  days: Map<DayNum, Day>;
  /** Day numbers that have a record, ascending. */
  dayNums: DayNum[];
  sessions: IndexedSession[];
  /** Sessions by the Beijing day they started on (a lookup: the order of its days means nothing). */
  sessionsByDay: Map<DayNum, IndexedSession[]>;
  /** A session is open (live, no end): the evaluation moves with `now` (src/rules/eval-cache.ts). */
  open: boolean;
  /** The latest instant any record of the account carries (start, end, last seen, value `at`). */
  latestMs: number;
}

function emptyAccount(account: Account): AccountHistory {
  const key = accountKey(account);
  const acc = {
    key,
    account,
    days: new Map(),
    dayNums: [],
    sessions: [],
    sessionsByDay: new Map(),
  };
  return { ...acc, open: false, latestMs: -Infinity };
}

// Parsing ISO strings dominates the cost of indexing (3 per session, one per value; see
// ./instant.ts). The background re-evaluates the same, mostly unchanged records on every
// observation, so parsed forms are cached per record object; a changed record is a new object
// and is parsed again.
const parsedSessions = new WeakMap<Session, IndexedSession & { latestMs: number }>();
const parsedDays = new WeakMap<Day, { n: DayNum; latestMs: number }>();

/** Latest `at` of a record's values (NaN-safe: an unparsable instant counts as none). */
function latestAt(m: Session['metrics'], from: number): number {
  let latest = from;
  for (const v of Object.values(m)) {
    const at = parseInstant(v.at);
    if (at > latest) latest = at;
  }
  return latest;
}

export function parseSession(s: Session): IndexedSession & { latestMs: number } {
  let ix = parsedSessions.get(s);
  if (!ix) {
    const startMs = parseInstant(s.start);
    const endMs = s.end === null ? null : parseInstant(s.end);
    const lastSeenMs = parseInstant(s.lastSeenAt);
    const own = Math.max(startMs, endMs ?? -Infinity, lastSeenMs);
    const latestMs = latestAt(s.metrics, Number.isNaN(own) ? -Infinity : own);
    ix = { s, startMs, endMs, lastSeenMs, startDay: dayNumOf(startMs), latestMs };
    parsedSessions.set(s, ix);
  }
  return ix;
}

export function parseDay(d: Day): { n: DayNum; latestMs: number } {
  let p = parsedDays.get(d);
  if (p === undefined) {
    p = { n: dayNumOfKey(d.day), latestMs: latestAt(d.metrics, -Infinity) };
    parsedDays.set(d, p);
  }
  return p;
}

function addDay(acc: AccountHistory, d: Day): void {
  const { n, latestMs } = parseDay(d);
  acc.days.set(n, d);
  acc.dayNums.push(n);
  if (latestMs > acc.latestMs) acc.latestMs = latestMs;
}

function addSession(acc: AccountHistory, s: Session): void {
  const ix = parseSession(s);
  acc.sessions.push(ix);
  const list = acc.sessionsByDay.get(ix.startDay);
  if (list) list.push(ix);
  else acc.sessionsByDay.set(ix.startDay, [ix]);
  if (ix.latestMs > acc.latestMs) acc.latestMs = ix.latestMs;
  if (s.live && s.end === null) acc.open = true;
}

/** Sorts what the add functions appended (a stable sort: equal starts keep record order). */
function finish(acc: AccountHistory): AccountHistory {
  acc.dayNums.sort((a, b) => a - b);
  acc.sessions.sort((a, b) => a.startMs - b.startMs);
  return acc;
}

/**
 * One account's index from its records in key order (what `indexHistory` gives for it): the
 * incremental engine input (src/history/history-input.ts) rebuilds only changed accounts with it.
 */
export function indexAccount(account: Account, days: Day[], sessions: Session[]): AccountHistory {
  const acc = emptyAccount(account);
  for (const d of days) addDay(acc, d);
  for (const s of sessions) addSession(acc, s);
  return finish(acc);
}

/**
 * The account a record belongs to. Exports list records grouped by account, so the previous
 * record's account is almost always the answer: reuse it instead of building a key string and
 * looking it up for each of ~10⁴ records.
 */
function accountFinder(byKey: Map<string, AccountHistory>) {
  let last: AccountHistory | undefined;
  let lastPlatform = '';
  let lastId = '';
  return (r: { platform: Platform; accountId: string }): AccountHistory | undefined => {
    if (r.platform !== lastPlatform || r.accountId !== lastId) {
      last = byKey.get(accountKey(r));
      lastPlatform = r.platform;
      lastId = r.accountId;
    }
    return last;
  };
}

/** One pass over the history: O(n log n) for the sort, everything else is map lookups. */
export function indexHistory(history: History): AccountHistory[] {
  const byKey = new Map<string, AccountHistory>();
  for (const a of history.accounts) if (!a.hidden) byKey.set(accountKey(a), emptyAccount(a));
  const accountOfDay = accountFinder(byKey);
  const accountOfSession = accountFinder(byKey);
  for (const d of history.days) {
    const acc = accountOfDay(d);
    if (acc) addDay(acc, d);
  }
  for (const s of history.sessions) {
    const acc = accountOfSession(s);
    if (acc) addSession(acc, s);
  }
  return [...byKey.values()].map(finish);
}

/** The session that is live at `nowMs` (latest start wins when a tab left a stale one). */
export function liveSession(acc: AccountHistory, nowMs: number): IndexedSession | null {
  for (let i = acc.sessions.length - 1; i >= 0; i--) {
    const ix = acc.sessions[i] as IndexedSession;
    if (ix.s.live && ix.s.end === null && ix.startMs <= nowMs) return ix;
  }
  return null;
}

/** Effective end of a session for duration math: its end, now while live, else last seen. */
export function sessionEndMs(ix: IndexedSession, nowMs: number): number {
  if (ix.endMs !== null) return ix.endMs;
  return ix.s.live ? Math.max(ix.startMs, nowMs) : ix.lastSeenMs;
}

/** First index in a sorted array whose key is ≥ `target` (binary search). */
function lowerBound<T>(arr: T[], key: (x: T) => number, target: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(arr[mid] as T) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Day numbers with a record in [from, to], ascending, without scanning the whole history. */
export function daysIn(acc: AccountHistory, from: DayNum, to: DayNum): DayNum[] {
  const id = (n: DayNum) => n;
  return acc.dayNums.slice(lowerBound(acc.dayNums, id, from), lowerBound(acc.dayNums, id, to + 1));
}

/** Sessions that started in [fromDay, toDay], ascending by start. */
export function sessionsIn(acc: AccountHistory, fromDay: DayNum, toDay: DayNum): IndexedSession[] {
  const key = (s: IndexedSession) => s.startDay;
  return acc.sessions.slice(
    lowerBound(acc.sessions, key, fromDay),
    lowerBound(acc.sessions, key, toDay + 1),
  );
}
