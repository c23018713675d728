import type { Account, Day, Session } from '../history/model';
import { accountKey } from '../history/model';
import { dayNumOf, type DayNum } from '../time/beijing';
import type { AccountHistory, DayLookup, IndexedSession } from './history-index';
import { SessionRuns, SortedDays } from './day-lookup';
import { dayNumOfDayKey, parseInstant } from './instant';

// Parsing ISO strings dominates the cost of indexing (3 per session, one per value; see
// ./instant.ts). The background re-evaluates the same, mostly unchanged records on every
// observation, so parsed forms are cached per record object; a changed record is a new object
// and is parsed again.
const parsedSessions = new WeakMap<Session, IndexedSession>();
const latestOf = new WeakMap<Day | Session, number>();

export function parseSession(s: Session): IndexedSession {
  let ix = parsedSessions.get(s);
  if (!ix) {
    const startMs = parseInstant(s.start);
    const endMs = s.end === null ? null : parseInstant(s.end);
    const lastSeenMs = parseInstant(s.lastSeenAt);
    ix = { s, startMs, endMs, lastSeenMs, startDay: dayNumOf(startMs) };
    parsedSessions.set(s, ix);
  }
  return ix;
}

/** Latest `at` of a record's values (NaN-safe: an unparsable instant counts as none). */
function latestAt(m: Session['metrics'], from: number): number {
  let latest = from;
  for (const v of Object.values(m)) {
    const at = parseInstant(v.at);
    if (at > latest) latest = at;
  }
  return latest;
}

/** The latest instant a record carries: a session's start, end, last seen, and values' `at`. */
function latestOfRecord(r: Day | Session, ix: IndexedSession | null): number {
  let latest = latestOf.get(r);
  if (latest === undefined) {
    const own = ix ? Math.max(ix.startMs, ix.endMs ?? -Infinity, ix.lastSeenMs) : -Infinity;
    latest = latestAt(r.metrics, Number.isNaN(own) ? -Infinity : own);
    latestOf.set(r, latest);
  }
  return latest;
}

/**
 * One account's index, built part by part on first use from its records in record order:
 * an evaluation that never asks for an account's sessions by day (or its days, or its latest
 * instant) does not pay for them. Records already in order (what the ledger and exports give)
 * take the fast path; any other order, or an unparsable day or instant, takes the general one
 * (a sort and Maps), whose answers the fast path matches (tests/unit/rules/history-index.test.ts).
 */
export class LazyAccountHistory implements AccountHistory {
  readonly key: string;
  readonly open: boolean;
  private dayPart?: { nums: DayNum[]; lookup: DayLookup<Day> };
  private sessionPart?: { list: IndexedSession[]; byDay: DayLookup<IndexedSession[]> };
  private latest?: number;

  constructor(
    readonly account: Account,
    private dayRecords: Day[],
    private sessionRecords: Session[],
  ) {
    this.key = accountKey(account);
    this.open = sessionRecords.some((s) => s.live && s.end === null);
  }

  get dayNums(): DayNum[] {
    return (this.dayPart ??= this.indexDays()).nums;
  }

  get days(): DayLookup<Day> {
    return (this.dayPart ??= this.indexDays()).lookup;
  }

  get sessions(): IndexedSession[] {
    return (this.sessionPart ??= this.indexSessions()).list;
  }

  get sessionsByDay(): DayLookup<IndexedSession[]> {
    return (this.sessionPart ??= this.indexSessions()).byDay;
  }

  get latestMs(): number {
    if (this.latest === undefined) {
      let latest = -Infinity;
      for (const d of this.dayRecords) latest = Math.max(latest, latestOfRecord(d, null));
      for (const s of this.sessionRecords)
        latest = Math.max(latest, latestOfRecord(s, parseSession(s)));
      this.latest = latest;
    }
    return this.latest;
  }

  private indexDays() {
    const nums: DayNum[] = [];
    let inOrder = true; // ascending (ties allowed), no NaN
    for (const d of this.dayRecords) {
      const n = dayNumOfDayKey(d.day);
      if (!(n >= (nums[nums.length - 1] ?? -Infinity))) inOrder = false;
      nums.push(n);
    }
    if (inOrder) return { nums, lookup: new SortedDays(nums, this.dayRecords) };
    const lookup = new Map<DayNum, Day>();
    this.dayRecords.forEach((d, i) => lookup.set(nums[i] as DayNum, d));
    return { nums: nums.sort((a, b) => a - b), lookup };
  }

  private indexSessions() {
    const list: IndexedSession[] = [];
    let inOrder = true; // by start (ties allowed), no NaN
    let prev = -Infinity;
    for (const s of this.sessionRecords) {
      const ix = parseSession(s);
      if (!(ix.startMs >= prev)) inOrder = false;
      prev = ix.startMs;
      list.push(ix);
    }
    if (inOrder) return { list, byDay: new SessionRuns(list) };
    // Each day's sessions in record order, the list by start (a stable sort: ties keep it).
    const byDay = new Map<DayNum, IndexedSession[]>();
    for (const ix of list) {
      const of = byDay.get(ix.startDay);
      if (of) of.push(ix);
      else byDay.set(ix.startDay, [ix]);
    }
    return { list: list.sort((a, b) => a.startMs - b.startMs), byDay };
  }
}
