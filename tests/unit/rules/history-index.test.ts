import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Account, Day, History, Metrics, Session } from '../../../src/history/model';
import { accountKey, emptyHistory } from '../../../src/history/model';
import { dayNumOfDayKey } from '../../../src/rules/instant';
import {
  daysIn,
  indexAccount,
  indexHistory,
  liveSession,
  sessionsIn,
  type AccountHistory,
} from '../../../src/rules/history-index';
import { dayNumOf, dayNumOfKey, type DayNum } from '../../../src/time/beijing';

/**
 * The index as it was built before it was made lazy (Maps filled record by record, a stable sort
 * by start, Date.parse): the reference every answer of the lazy index must equal, whatever the
 * record order, duplicates or unparsable values.
 */
function reference(h: History) {
  type Ix = { s: Session; startMs: number; startDay: DayNum };
  const byKey = new Map<string, ReturnType<typeof empty>>();
  function empty(account: Account) {
    return {
      key: accountKey(account),
      account,
      days: new Map<DayNum, Day>(),
      dayNums: [] as DayNum[],
      sessions: [] as Ix[],
      byDay: new Map<DayNum, Ix[]>(),
      open: false,
      latestMs: -Infinity,
    };
  }
  const latestAt = (m: Metrics, from: number) =>
    Object.values(m).reduce((a, v) => (Date.parse(v.at) > a ? Date.parse(v.at) : a), from);
  for (const a of h.accounts) if (!a.hidden) byKey.set(accountKey(a), empty(a));
  for (const d of h.days) {
    const acc = byKey.get(accountKey(d));
    if (!acc) continue;
    const n = dayNumOfKey(d.day);
    acc.days.set(n, d);
    acc.dayNums.push(n);
    acc.latestMs = Math.max(acc.latestMs, latestAt(d.metrics, -Infinity));
  }
  for (const s of h.sessions) {
    const acc = byKey.get(accountKey(s));
    if (!acc) continue;
    const startMs = Date.parse(s.start);
    const ix = { s, startMs, startDay: dayNumOf(startMs) };
    acc.sessions.push(ix);
    acc.byDay.set(ix.startDay, [...(acc.byDay.get(ix.startDay) ?? []), ix]);
    const end = s.end === null ? -Infinity : Date.parse(s.end);
    const own = Math.max(startMs, end, Date.parse(s.lastSeenAt));
    acc.latestMs = Math.max(acc.latestMs, latestAt(s.metrics, Number.isNaN(own) ? -Infinity : own));
    if (s.live && s.end === null) acc.open = true;
  }
  for (const acc of byKey.values()) {
    acc.dayNums.sort((a, b) => a - b);
    acc.sessions.sort((a, b) => a.startMs - b.startMs);
  }
  return [...byKey.values()];
}

const ids = (xs: Array<{ s: Session }> | undefined) => xs?.map((ix) => ix.s);

/** Every answer the rules can get from an account's index, on the days and instants given. */
function answers(acc: AccountHistory, probeDays: DayNum[], probeMs: number[]) {
  return {
    key: acc.key,
    account: acc.account,
    open: acc.open,
    latestMs: acc.latestMs,
    dayNums: acc.dayNums,
    days: [...acc.days],
    get: probeDays.map((n) => acc.days.get(n)),
    sessions: acc.sessions.map((ix) => [ix.s, ix.startMs, ix.startDay]),
    byDayAll: [...acc.sessionsByDay].map(([n, xs]) => [n, ids(xs)]),
    byDay: probeDays.map((n) => ids(acc.sessionsByDay.get(n))),
    daysIn: probeDays.map((n) => daysIn(acc, n - 3, n + 3)),
    sessionsIn: probeDays.map((n) => ids(sessionsIn(acc, n - 1, n + 1))),
    live: probeMs.map((ms) => liveSession(acc, ms)?.s),
  };
}

function referenceAnswers(
  acc: ReturnType<typeof reference>[number],
  probeDays: DayNum[],
  probeMs: number[],
) {
  // The binary search daysIn and sessionsIn make (on an unsorted array it answers something).
  const lower = <T>(xs: T[], key: (x: T) => number, t: number) => {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(xs[mid]!) < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const sIn = (from: DayNum, to: DayNum) =>
    acc.sessions.slice(
      lower(acc.sessions, (x) => x.startDay, from),
      lower(acc.sessions, (x) => x.startDay, to + 1),
    );
  const dIn = (from: DayNum, to: DayNum) =>
    acc.dayNums.slice(
      lower(acc.dayNums, (x) => x, from),
      lower(acc.dayNums, (x) => x, to + 1),
    );
  const live = (ms: number) =>
    [...acc.sessions].reverse().find((ix) => ix.s.live && ix.s.end === null && ix.startMs <= ms)?.s;
  return {
    key: acc.key,
    account: acc.account,
    open: acc.open,
    latestMs: acc.latestMs,
    dayNums: acc.dayNums,
    days: [...acc.days],
    get: probeDays.map((n) => acc.days.get(n)),
    sessions: acc.sessions.map((ix) => [ix.s, ix.startMs, ix.startDay]),
    byDayAll: [...acc.byDay].map(([n, xs]) => [n, ids(xs)]),
    byDay: probeDays.map((n) => ids(acc.byDay.get(n))),
    daysIn: probeDays.map((n) => dIn(n - 3, n + 3)),
    sessionsIn: probeDays.map((n) => ids(sIn(n - 1, n + 1))),
    live: probeMs.map(live),
  };
}

// Instants and day keys mostly in order and well formed, some not: the index's fast path
// (records already in order) and its general path must both answer as the reference does.
const instant = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 20 * 86_400 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, -2) },
);
const BASE = Date.UTC(2026, 1, 20, 0, 0, 0);
const iso = (sec: number): string =>
  sec === -1
    ? 'not an instant'
    : sec === -2
      ? '2026-02-30T10:00:00.5+08:00'
      : `${new Date(BASE + sec * 1000 + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
const dayKey = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: 0, max: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, -2, -3) },
);
const keyOf = (n: number): string =>
  n === -1
    ? '2026-02-30'
    : n === -2
      ? '0050-01-01'
      : n === -3
        ? 'someday'
        : iso(n * 86_400).slice(0, 10);

const accountIds = ['a', 'b', 'c'];
const metrics = fc
  .array(instant, { maxLength: 3 })
  .map(
    (ats) =>
      Object.fromEntries(
        ats.map((at, i) => [
          ['gmvFen', 'buyers', 'durationSec'][i]!,
          { value: i, source: 'network', at: iso(at) },
        ]),
      ) as Metrics,
  );
const dayArb = fc.record({ a: fc.nat(2), n: dayKey, m: metrics }).map(({ a, n, m }): Day => ({
  platform: 'jd',
  accountId: accountIds[a]!,
  day: keyOf(n),
  metrics: m,
}));
const sessionArb = fc
  .record({
    a: fc.nat(2),
    id: fc.nat(50),
    start: instant,
    len: fc.nat(20_000),
    end: fc.boolean(),
    live: fc.boolean(),
    m: metrics,
  })
  .map((r): Session => ({
    platform: 'jd',
    accountId: accountIds[r.a]!,
    sessionId: `s${r.id}`,
    start: iso(r.start),
    end: r.end ? iso(r.start < 0 ? r.start : r.start + r.len) : null,
    live: r.live,
    metrics: r.m,
    flags: {},
    lastSeenAt: iso(r.start < 0 ? r.start : r.start + r.len),
  }));
/** Records in order (sorted by day / start, as the ledger gives them) or as drawn. */
const historyArb = fc
  .record({
    days: fc.array(dayArb, { maxLength: 30 }),
    sessions: fc.array(sessionArb, { maxLength: 30 }),
    sorted: fc.boolean(),
    hidden: fc.boolean(),
  })
  .map(({ days, sessions, sorted, hidden }): History => {
    const by =
      <T>(k: (x: T) => string) =>
      (a: T, b: T) =>
        k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0;
    return {
      ...emptyHistory('2026-03-20T00:00:00+08:00'),
      accounts: accountIds.map((id, i) => ({
        platform: 'jd' as const,
        accountId: id,
        displayName: id,
        ...(hidden && i === 2 ? { hidden: true } : {}),
      })),
      days: sorted ? [...days].sort(by((d) => d.accountId + d.day)) : days,
      sessions: sorted ? [...sessions].sort(by((s) => s.accountId + s.start)) : sessions,
    };
  });

describe('the lazy index answers as the index built in full did', () => {
  it('for records in any order, with duplicates and unparsable values', () => {
    const probeDays = [-2, ...Array.from({ length: 24 }, (_, i) => 20_504 + i), NaN];
    const probeMs = [BASE - 1, BASE + 5 * 86_400_000, BASE + 30 * 86_400_000];
    fc.assert(
      fc.property(historyArb, (h) => {
        const got = indexHistory(h).map((a) => answers(a, probeDays, probeMs));
        const want = reference(h).map((a) => referenceAnswers(a, probeDays, probeMs));
        expect(got).toEqual(want);
      }),
      { seed: 16, numRuns: 3000 },
    );
    // 1.2 s plain; `npm run mutate` runs it instrumented, several times slower (a limit, not a check).
  }, 60_000);

  it('reads day keys as dayNumOfKey does', () => {
    const key = fc.oneof(
      fc
        .integer({ min: -1e5, max: 1e5 })
        .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10)),
      fc
        .tuple(fc.nat(9999), fc.nat(99), fc.nat(99))
        .map(
          ([y, m, d]) =>
            `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(key, (k) => Object.is(dayNumOfDayKey(k), dayNumOfKey(k))),
      {
        seed: 16,
        numRuns: 20_000,
      },
    );
    for (const k of [
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '0050-01-01',
      '2026-1-01',
      ' 2026-01-01',
      '2026-01-01T08:00',
    ])
      expect([k, dayNumOfDayKey(k)]).toEqual([k, dayNumOfKey(k)]);
  });

  it('answers for the records it was built from, whatever happens to the lists afterwards', () => {
    const h = fc
      .sample(historyArb, { seed: 16, numRuns: 40 })
      .find((x) => x.days.length > 3 && x.sessions.length > 3)!;
    const acc = h.accounts[0]!;
    const days = h.days.filter((d) => d.accountId === acc.accountId);
    const sessions = h.sessions.filter((s) => s.accountId === acc.accountId);
    const probe = Array.from({ length: 24 }, (_, i) => 20_504 + i);
    const want = answers(indexAccount(acc, days, sessions), probe, [BASE]);
    const ix = indexAccount(acc, days, sessions); // nothing built yet: parts are built on use
    days.reverse().push(days[0]!);
    sessions.splice(0, 1);
    expect(answers(ix, probe, [BASE])).toEqual(want);
  });
});
