import type { Account, Day, History, MetricKey, Session } from '../history/model';
import { accountKey } from '../history/model';
import { dayNumOf, dayNumOfKey, type DayNum } from './daymath';

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
  /** Sessions by the Beijing day they started on. */
  sessionsByDay: Map<DayNum, IndexedSession[]>;
}

function emptyAccount(account: Account): AccountHistory {
  const key = accountKey(account);
  return { key, account, days: new Map(), dayNums: [], sessions: [], sessionsByDay: new Map() };
}

/** One pass over the history: O(n log n) for the sort, everything else is map lookups. */
export function indexHistory(history: History): AccountHistory[] {
  const byKey = new Map<string, AccountHistory>();
  for (const a of history.accounts) if (!a.hidden) byKey.set(accountKey(a), emptyAccount(a));
  for (const d of history.days) {
    const acc = byKey.get(accountKey(d));
    if (!acc) continue;
    const n = dayNumOfKey(d.day);
    acc.days.set(n, d);
    acc.dayNums.push(n);
  }
  for (const s of history.sessions) {
    const acc = byKey.get(accountKey(s));
    if (!acc) continue;
    const startMs = Date.parse(s.start);
    const ix: IndexedSession = {
      s,
      startMs,
      endMs: s.end === null ? null : Date.parse(s.end),
      lastSeenMs: Date.parse(s.lastSeenAt),
      startDay: dayNumOf(startMs),
    };
    acc.sessions.push(ix);
    const list = acc.sessionsByDay.get(ix.startDay);
    if (list) list.push(ix);
    else acc.sessionsByDay.set(ix.startDay, [ix]);
  }
  for (const acc of byKey.values()) {
    acc.dayNums.sort((a, b) => a - b);
    acc.sessions.sort((a, b) => a.startMs - b.startMs);
  }
  return [...byKey.values()];
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

export function dayMetric(acc: AccountHistory, day: DayNum, metric: MetricKey) {
  return acc.days.get(day)?.metrics[metric];
}
