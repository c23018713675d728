import type { Account, Day, History, Platform, Session } from '../history/model';
import { accountKey } from '../history/model';
import type { DayNum } from '../time/beijing';
import { LazyAccountHistory } from './account-history';

/** A session with its instants parsed once, so rules never re-parse ISO strings in loops. */
export interface IndexedSession {
  s: Session;
  startMs: number;
  /** End, or the last instant seen for a session without an end. */
  endMs: number | null;
  lastSeenMs: number;
  startDay: DayNum;
}

/** The reading half of a Map by day: what rules ask of an account's days. */
export interface DayLookup<T> extends Iterable<[DayNum, T]> {
  get(n: DayNum): T | undefined;
}

/** One account's records as the rules read them (built on use: ./account-history.ts). */
export interface AccountHistory {
  readonly key: string;
  readonly account: Account;
  readonly days: DayLookup<Day>;
  /** Day numbers that have a record, ascending. */
  readonly dayNums: DayNum[];
  /** By start; equal starts in record order. */
  readonly sessions: IndexedSession[];
  /** Sessions by the Beijing day they started on, each day's in record order. */
  readonly sessionsByDay: DayLookup<IndexedSession[]>;
  /** A session is open (live, no end): the evaluation moves with `now` (src/rules/eval-cache.ts). */
  readonly open: boolean;
  /** The latest instant any record of the account carries (start, end, last seen, value `at`). */
  readonly latestMs: number;
}

/**
 * One account's index from its records in key order (what `indexHistory` gives for it): the
 * incremental engine input (src/history/history-input.ts) rebuilds only changed accounts with it.
 * The index is built on use, so it keeps copies of the lists (records themselves never change:
 * a changed record is a new object).
 */
export const indexAccount = (account: Account, days: Day[], sessions: Session[]): AccountHistory =>
  new LazyAccountHistory(account, days.slice(), sessions.slice());

interface Records {
  account: Account;
  days: Day[];
  sessions: Session[];
}

/**
 * The account a record belongs to. Exports list records grouped by account, so the previous
 * record's account is almost always the answer: reuse it instead of building a key string and
 * looking it up for each of ~10⁴ records.
 */
function accountFinder(byKey: Map<string, Records>) {
  let last: Records | undefined;
  let lastPlatform = '';
  let lastId = '';
  return (r: { platform: Platform; accountId: string }): Records | undefined => {
    if (r.platform !== lastPlatform || r.accountId !== lastId) {
      last = byKey.get(accountKey(r));
      lastPlatform = r.platform;
      lastId = r.accountId;
    }
    return last;
  };
}

/** One pass over the history, grouping records by account; each account indexes itself on use. */
export function indexHistory(history: History): AccountHistory[] {
  const byKey = new Map<string, Records>();
  for (const a of history.accounts)
    if (!a.hidden) byKey.set(accountKey(a), { account: a, days: [], sessions: [] });
  const accountOfDay = accountFinder(byKey);
  const accountOfSession = accountFinder(byKey);
  for (const d of history.days) accountOfDay(d)?.days.push(d);
  for (const s of history.sessions) accountOfSession(s)?.sessions.push(s);
  // Lists made here and handed over: no copy needed.
  return [...byKey.values()].map((r) => new LazyAccountHistory(r.account, r.days, r.sessions));
}

/** The session that is live at `nowMs` (latest start wins when a tab left a stale one). */
export function liveSession(acc: AccountHistory, nowMs: number): IndexedSession | null {
  if (!acc.open) return null; // no session is live with no end: none can be live at nowMs
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

/** First index of an ascending array of day numbers whose value is ≥ `target` (binary search). */
function firstDayAtLeast(nums: DayNum[], target: number): number {
  let lo = 0;
  let hi = nums.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index of sessions in start order whose start day is ≥ `target` (binary search). */
function firstSessionAtLeast(list: IndexedSession[], target: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as IndexedSession).startDay < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Day numbers with a record in [from, to], ascending, without scanning the whole history. */
export function daysIn(acc: AccountHistory, from: DayNum, to: DayNum): DayNum[] {
  const nums = acc.dayNums;
  return nums.slice(firstDayAtLeast(nums, from), firstDayAtLeast(nums, to + 1));
}

/** Sessions that started in [fromDay, toDay], ascending by start. */
export function sessionsIn(acc: AccountHistory, fromDay: DayNum, toDay: DayNum): IndexedSession[] {
  const list = acc.sessions;
  return list.slice(firstSessionAtLeast(list, fromDay), firstSessionAtLeast(list, toDay + 1));
}
