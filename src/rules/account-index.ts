import { SEP, type Ledger } from '../history/ledger';
import type { Account, Day, Session } from '../history/model';
import { dayNumOfKey, type DayNum } from '../time/beijing';
import { EvaluationCache } from './eval-cache';
import {
  indexAccount,
  parseDay,
  parseSession,
  type AccountHistory,
  type IndexedSession,
} from './history-index';
import type { PreparedIndex } from './prepared';

/** One account's day and session records, in key order. */
export interface AccountRecords {
  days: Day[];
  sessions: Session[];
}

/** What changed for one account: the suffixes (day key, session id) of its changed records. */
export interface AccountChanges {
  days: string[];
  sessions: string[];
}

/** Key order of two sessions of one account (its records' keys differ by the session id). */
const keyLt = (a: IndexedSession, b: IndexedSession): boolean => a.s.sessionId < b.s.sessionId;
/** The order `indexHistory` gives: by start, equal starts in key order. */
const before = (a: IndexedSession, b: IndexedSession): boolean =>
  a.startMs < b.startMs || (a.startMs === b.startMs && keyLt(a, b));

/**
 * `prev` with some records replaced, added or removed: a new object (the evaluation cache tells
 * changed accounts by identity) sharing what did not change; what `indexAccount` would build from
 * the same records, except that `latestMs` never goes down (a conservative bound: it only makes
 * the cache recompute). Shared maps and arrays are never mutated after they are built.
 */
function patchAccount(
  prev: AccountHistory,
  account: Account,
  l: Ledger,
  prefix: string,
  ch: AccountChanges,
): AccountHistory {
  const next: AccountHistory = { ...prev, account };
  if (ch.days.length > 0) {
    next.days = new Map(prev.days);
    let keysChanged = false;
    for (const dayKey of ch.days) {
      const d = Object.hasOwn(l.days, prefix + dayKey) ? l.days[prefix + dayKey] : undefined;
      const n = d ? parseDay(d).n : dayNumOfKey(dayKey);
      if (next.days.has(n) !== (d !== undefined)) keysChanged = true;
      if (!d) next.days.delete(n);
      else {
        next.days.set(n, d);
        next.latestMs = Math.max(next.latestMs, parseDay(d).latestMs);
      }
    }
    if (keysChanged) {
      // Ascending, and the map in that order too (`indexHistory` inserts days in key order).
      next.dayNums = [...next.days.keys()].sort((a, b) => a - b);
      const days = next.days;
      next.days = new Map(next.dayNums.map((n) => [n, days.get(n)!]));
    }
  }
  if (ch.sessions.length > 0) patchSessions(next, prev, l, prefix, ch.sessions);
  return next;
}

function patchSessions(
  next: AccountHistory,
  prev: AccountHistory,
  l: Ledger,
  prefix: string,
  ids: string[],
): void {
  const gone = new Set(ids);
  const days = new Set<DayNum>();
  const list: IndexedSession[] = [];
  for (const ix of prev.sessions)
    if (gone.has(ix.s.sessionId)) days.add(ix.startDay);
    else list.push(ix);
  for (const id of ids) {
    const s = Object.hasOwn(l.sessions, prefix + id) ? l.sessions[prefix + id] : undefined;
    if (!s) continue;
    const ix = parseSession(s);
    let i = list.length;
    while (i > 0 && before(ix, list[i - 1]!)) i -= 1; // new and changed sessions are mostly the latest
    list.splice(i, 0, ix);
    days.add(ix.startDay);
    next.latestMs = Math.max(next.latestMs, ix.latestMs);
  }
  next.sessions = list;
  next.open = list.some((ix) => ix.s.live && ix.s.end === null);
  // Each day's list in key order, as `indexHistory` appends records in key order.
  const inKeyOrder = (xs: IndexedSession[]) => xs.sort((a, b) => (keyLt(a, b) ? -1 : 1));
  next.sessionsByDay = new Map(prev.sessionsByDay);
  for (const day of days) {
    const of = inKeyOrder(list.filter((ix) => ix.startDay === day));
    if (of.length > 0) next.sessionsByDay.set(day, of);
    else next.sessionsByDay.delete(day);
  }
}

/**
 * The engine's index (`AccountHistory` per account) kept between evaluations: an account is
 * re-indexed only when one of its records was reported changed, and then as a new object, so
 * the evaluation cache (./eval-cache.ts) can tell a changed account by identity.
 */
export class AccountIndex {
  /** By ledger account key (`accKey`). */
  private byAccount = new Map<string, AccountHistory>();
  private list: AccountHistory[] = [];
  private cache = new EvaluationCache();

  /**
   * `sorted`: every ledger account key, ascending (the export's order, which `indexHistory`
   * keeps); `changed`: the accounts whose records changed since the last update, or null for
   * all of them (a new ledger).
   */
  update(
    l: Ledger,
    sorted: string[],
    changed: Map<string, AccountChanges> | null,
    recordsOf: (accKey: string) => AccountRecords,
  ): PreparedIndex {
    if (changed === null) this.byAccount.clear();
    for (const k of changed?.keys() ?? sorted) {
      const a = Object.hasOwn(l.accounts, k) ? l.accounts[k] : undefined;
      // Hidden accounts are not evaluated; a merged tombstone holds no history.
      if (!a || a.hidden || a.mergedInto) {
        this.byAccount.delete(k);
        continue;
      }
      const prev = this.byAccount.get(k);
      const ch = changed?.get(k);
      if (prev && ch) this.byAccount.set(k, patchAccount(prev, a, l, k + SEP, ch));
      else this.byAccount.set(k, indexAccount(a, recordsOf(k).days, recordsOf(k).sessions));
    }
    if (changed === null || changed.size > 0) {
      const list: AccountHistory[] = [];
      for (const k of sorted) {
        const acc = this.byAccount.get(k);
        if (acc) list.push(acc);
      }
      this.list = list;
      this.cache.keepOnly(new Set(list.map((acc) => acc.key)));
    }
    return { accounts: this.list, cache: this.cache };
  }
}
