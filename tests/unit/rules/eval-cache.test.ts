import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HistoryInput } from '../../../src/history/history-input';
import { planImport } from '../../../src/history/import';
import { ingest } from '../../../src/history/ingest';
import {
  accKey,
  emptyDirty,
  emptyLedger,
  type Dirty,
  type Ledger,
} from '../../../src/history/ledger';
import { applyManual } from '../../../src/history/manual';
import type { History } from '../../../src/history/model';
import { historyToLedger, ledgerToHistory } from '../../../src/history/to-history';
import { evaluate } from '../../../src/rules/engine';
import { loadPacks } from '../../../src/rules/packs';
import { EvaluationCache } from '../../../src/rules/eval-cache';
import { indexAccount } from '../../../src/rules/history-index';
import { preparedIndexOf } from '../../../src/rules/prepared';
import type { AccountEvaluation, Evaluation } from '../../../src/rules/result';
import { beijingIso, dayOf } from '../../../src/time/calendar';
import { makeHistory } from '../../harness/history-data';
import { obs } from '../history/helpers';

const packs = loadPacks();
const MINUTE = 60_000;

/** The same 40-day history for every run: 6 accounts on all platforms, generated for `start`. */
const made = new Map<number, History>();
function ledgerAt(start: number): Ledger {
  if (!made.has(start))
    made.set(start, makeHistory({ accounts: 3, days: 40, now: new Date(start) }));
  return historyToLedger(made.get(start)!);
}

interface World {
  l: Ledger;
  clock: number;
  ids: Array<{ platform: History['accounts'][number]['platform']; accountId: string }>;
}

/** Every kind of change the worker makes, through the code it runs for each, and clock moves. */
type Op = (w: World, dirty: Dirty) => void;
const at = (w: World) => beijingIso(w.clock);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  // A live reading (starts the session on its first one), or the reading that ends it; some
  // from a tab whose clock runs ahead of the worker's (future-dated records).
  fc
    .record({
      a: fc.nat(5),
      s: fc.nat(2),
      v: fc.nat(5e5),
      end: fc.boolean(),
      ahead: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 90_000 })),
    })
    .map(({ a, s, v, end, ahead }) => (w: World, dirty: Dirty) => {
      const acc = w.ids[a]!;
      const metrics = { gmvFen: v, buyers: v % 97, durationSec: v % 7200 };
      const extra = { ...acc, sessionId: `L${s}`, page: 'p', live: !end };
      ingest(w.l, obs(beijingIso(w.clock + ahead), metrics, extra), dirty);
    }),
  fc
    .record({ a: fc.nat(5), back: fc.nat(2), v: fc.nat(1e5) })
    .map(({ a, back, v }) => (w: World, dirty: Dirty) => {
      const key = dayOf(new Date(w.clock - back * 86_400_000));
      const e = { ...w.ids[a]!, kind: 'day' as const, key, metrics: { buyers: v } };
      applyManual(w.l, e, new Date(w.clock), dirty);
    }),
  fc
    .record({ a: fc.nat(5), n: fc.nat(20), m: fc.boolean() })
    .map(({ a, n, m }) => (w: World, dirty: Dirty) => {
      const k = accKey(w.ids[a]!.platform, w.ids[a]!.accountId);
      const cat = m ? ('consumer' as const) : ('industrial' as const);
      w.l.settings[k] = { ...w.l.settings[k], jdNorthstarMember: m, jdAnchorLevel: n };
      if (w.ids[a]!.platform === 'alibaba') w.l.settings[k].alibabaCategory = cat;
      dirty.settings.add(k);
    }),
  fc
    .record({ a: fc.nat(5), hidden: fc.boolean() })
    .map(({ a, hidden }) => (w: World, dirty: Dirty) => {
      const k = accKey(w.ids[a]!.platform, w.ids[a]!.accountId);
      w.l.accounts[k] = { ...w.l.accounts[k]!, hidden };
      dirty.accounts.add(k);
    }),
  // An import: the worker switches to the planned ledger (a new object).
  fc.record({ a: fc.nat(5), v: fc.nat(1e6) }).map(({ a, v }) => (w: World) => {
    const acc = w.ids[a]!;
    const day = dayOf(new Date(w.clock - 86_400_000));
    const h: History = {
      ...ledgerToHistory(emptyLedger(), at(w)),
      accounts: [{ ...acc, displayName: 'imported' }],
      days: [{ ...acc, day, metrics: { gmvFen: { value: v, source: 'network', at: at(w) } } }],
    };
    w.l = planImport(w.l, h).next;
  }),
  // The clock: a few ms, seconds within a minute, or a minute or more (midnight, month end).
  fc
    .oneof(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1000, max: 150_000 }))
    .map((ms) => (w: World) => {
      w.clock += ms;
    }),
);

const evalScratch = (l: Ledger, nowMs: number): Evaluation => {
  const h = ledgerToHistory(l, beijingIso(nowMs));
  return evaluate(packs, h, h.settings, nowMs);
};

/**
 * Runs `ops`; after each, the incremental evaluation (what the worker runs) must equal a
 * from-scratch one account by account: at `now` for every account recomputed now, and for an
 * account served from the cache, at the instant it was computed, which must be in the same
 * Beijing minute and no later than `now` (the rule in src/rules/eval-cache.ts).
 */
function check(start: number, ops: Op[]): void {
  const w: World = { l: ledgerAt(start), clock: start, ids: [] };
  w.ids = Object.values(w.l.accounts).map((a) => ({
    platform: a.platform,
    accountId: a.accountId,
  }));
  const input = new HistoryInput();
  let prev = new Map<string, unknown>();
  for (const op of [(): void => undefined, ...ops]) {
    const dirty = emptyDirty();
    op(w, dirty);
    input.touched(dirty);
    const h = input.build(w.l, beijingIso(w.clock));
    const inc = evaluate(packs, h, h.settings, w.clock);
    const scratch = new Map<number, Evaluation>();
    const scratchAt = (t: number) => scratch.get(t) ?? scratch.set(t, evalScratch(w.l, t)).get(t)!;
    const now = scratchAt(w.clock);
    expect(inc.now).toBe(now.now);
    expect(inc.accounts.map((a) => a.accountId)).toEqual(now.accounts.map((a) => a.accountId));
    const cache = preparedIndexOf(h)!.cache;
    const next = new Map<string, unknown>();
    inc.accounts.forEach((acc, i) => {
      const key = `${acc.platform}:${acc.accountId}`;
      const t = cache.computedAt(key)!;
      expect(t).toBeLessThanOrEqual(w.clock);
      expect(Math.floor(t / MINUTE)).toBe(Math.floor(w.clock / MINUTE));
      // Reused means the very same result as before, not a recomputation that happens to match.
      if (t !== w.clock) expect(acc).toBe(prev.get(key));
      if (acc.live) expect(t).toBe(w.clock);
      expect(acc).toEqual(scratchAt(t).accounts[i]);
      next.set(key, acc);
    });
    prev = next;
  }
}

// Just before a Beijing midnight that is also a month end (and, for the second, a year end).
const STARTS = [Date.parse('2026-01-31T23:57:10+08:00'), Date.parse('2026-12-31T23:58:40+08:00')];

describe('incremental evaluation (index kept per account, results cached per account)', () => {
  it('equals a from-scratch evaluation after any sequence of changes and clock moves', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STARTS),
        fc.array(opArb, { minLength: 1, maxLength: 14 }),
        (start, ops) => check(start, ops),
      ),
      { seed: 1602, numRuns: 30 },
    );
  }, 120_000);
});

describe('EvaluationCache: when a result may be reused', () => {
  const T = Date.parse('2026-05-10T10:20:30+08:00');
  const account = { platform: 'jd' as const, accountId: 'a', displayName: 'A' };
  const session = (end: string | null, live: boolean, lastSeenAt: string) => ({
    platform: 'jd' as const,
    accountId: 'a',
    sessionId: 's',
    start: '2026-05-10T09:00:00+08:00',
    end,
    live,
    metrics: {},
    flags: {},
    lastSeenAt,
  });
  /** Counts computations: each one returns a new result object. */
  function counted() {
    let runs = 0;
    const compute = () => ({ runs: (runs += 1) }) as unknown as AccountEvaluation;
    return { compute, runs: () => runs };
  }
  const settings = {};
  const ended = indexAccount(
    account,
    [],
    [session('2026-05-10T10:00:00+08:00', false, '2026-05-10T10:00:00+08:00')],
  );

  it('reuses within the minute, recomputes in the next one', () => {
    const cache = new EvaluationCache();
    const c = counted();
    const r = cache.evaluate(ended, settings, packs, T, c.compute);
    expect(cache.evaluate(ended, settings, packs, T + 29_000, c.compute)).toBe(r);
    expect(c.runs()).toBe(1);
    expect(cache.evaluate(ended, settings, packs, T + 30_000, c.compute)).not.toBe(r); // 10:21:00
    expect(c.runs()).toBe(2);
  });

  it('recomputes an open session every time, and a changed index, settings object or pack set', () => {
    const open = indexAccount(account, [], [session(null, true, '2026-05-10T10:20:00+08:00')]);
    const cache = new EvaluationCache();
    const c = counted();
    cache.evaluate(open, settings, packs, T, c.compute);
    cache.evaluate(open, settings, packs, T + 1, c.compute);
    expect(c.runs()).toBe(2);
    cache.evaluate(ended, settings, packs, T, c.compute);
    cache.evaluate(ended, { ...settings }, packs, T, c.compute);
    cache.evaluate(ended, { ...settings }, { ...packs }, T, c.compute);
    const again = indexAccount(account, [], [...ended.sessions.map((ix) => ix.s)]);
    cache.evaluate(again, settings, packs, T, c.compute);
    expect(c.runs()).toBe(6);
  });

  it('recomputes an account holding an instant after its computation (a tab clock ahead)', () => {
    const ahead = indexAccount(
      account,
      [],
      [session('2026-05-10T10:20:50+08:00', false, '2026-05-10T10:20:50+08:00')],
    );
    const cache = new EvaluationCache();
    const c = counted();
    cache.evaluate(ahead, settings, packs, T, c.compute);
    cache.evaluate(ahead, settings, packs, T + 10_000, c.compute);
    expect(c.runs()).toBe(2);
    // Once `now` has passed every instant it holds, it is reused like any other.
    cache.evaluate(ahead, settings, packs, T + 21_000, c.compute);
    cache.evaluate(ahead, settings, packs, T + 22_000, c.compute);
    expect(c.runs()).toBe(3);
  });

  it('never serves an earlier instant from a later result, nor lets it replace that result', () => {
    const cache = new EvaluationCache();
    const c = counted();
    const r = cache.evaluate(ended, settings, packs, T, c.compute);
    const past = cache.evaluate(ended, settings, packs, T - 5_000, c.compute);
    expect(past).not.toBe(r);
    expect(cache.evaluate(ended, settings, packs, T + 1_000, c.compute)).toBe(r);
    expect(cache.computedAt('jd:a')).toBe(T);
  });
});
