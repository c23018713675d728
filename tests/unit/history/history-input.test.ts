import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HistoryInput } from '../../../src/history/history-input';
import { applyRetention, removeAccounts } from '../../../src/history/housekeeping';
import { planImport } from '../../../src/history/import';
import { ensureAccount, ingest } from '../../../src/history/ingest';
import {
  accKey,
  emptyDirty,
  emptyLedger,
  type Dirty,
  type Ledger,
} from '../../../src/history/ledger';
import { applyManual } from '../../../src/history/manual';
import { mergeAccount } from '../../../src/history/merge-account';
import type { History, Platform } from '../../../src/history/model';
import { ledgerToHistory } from '../../../src/history/to-history';
import { indexHistory, type AccountHistory } from '../../../src/rules/history-index';
import { preparedIndexOf } from '../../../src/rules/prepared';
import { obs } from './helpers';

const AT = '2026-03-01T12:00:00+08:00';
const NOW = new Date('2026-03-01T12:00:00+08:00');
const ACCOUNTS: Array<{ platform: Platform; accountId: string }> = [
  { platform: 'jd', accountId: 'shop1' },
  { platform: 'jd', accountId: 'shop1 b' }, // "shop1" is a prefix of this id
  { platform: 'channels', accountId: 'ch-9' },
  { platform: 'alibaba', accountId: 'ali' },
];
const day = (d: number): string => `2026-02-${String(d).padStart(2, '0')}`;

/** Every kind of change the worker makes, each through the code the worker runs for it. */
type Op = (l: Ledger, dirty: Dirty) => Ledger;
const opArb: fc.Arbitrary<{ name: string; op: Op }> = fc.oneof(
  fc
    .record({ a: fc.nat(3), s: fc.nat(4), d: fc.integer({ min: 1, max: 28 }), v: fc.nat(1e6) })
    .map(({ a, s, d, v }) => ({
      name: 'observation',
      op: (l: Ledger, dirty: Dirty) => {
        const acc = ACCOUNTS[a]!;
        const o = obs(
          `${day(d)}T10:00:00+08:00`,
          { gmvFen: v, buyers: v % 97 },
          {
            ...acc,
            sessionId: `S${s}-${d}`,
            page: 'p',
          },
        );
        ingest(l, o, dirty);
        return l;
      },
    })),
  fc.record({ a: fc.nat(3), d: fc.integer({ min: 1, max: 28 }), v: fc.nat(1e5) }).map((r) => ({
    name: 'manual',
    op: (l: Ledger, dirty: Dirty) => {
      const e = {
        ...ACCOUNTS[r.a]!,
        kind: 'day' as const,
        key: day(r.d),
        metrics: { buyers: r.v },
      };
      applyManual(l, e, NOW, dirty);
      return l;
    },
  })),
  fc
    .record({
      a: fc.nat(3),
      c: fc.constantFrom<'consumer' | 'industrial'>('consumer', 'industrial'),
    })
    .map((r) => ({
      name: 'settings',
      op: (l: Ledger, dirty: Dirty) => {
        const acc = ACCOUNTS[r.a]!;
        ensureAccount(l, acc.platform, acc.accountId, undefined, dirty);
        const k = accKey(acc.platform, acc.accountId);
        l.settings[k] = { alibabaCategory: r.c };
        dirty.settings.add(k);
        return l;
      },
    })),
  fc.record({ a: fc.nat(3), d: fc.integer({ min: 1, max: 28 }) }).map((r) => ({
    name: 'merge',
    op: (l: Ledger, dirty: Dirty) => {
      const into = ACCOUNTS[r.a]!;
      const from = { platform: into.platform, accountId: `~p${r.d}` };
      ensureAccount(l, into.platform, into.accountId, undefined, dirty);
      ingest(
        l,
        obs(
          `${day(r.d)}T11:00:00+08:00`,
          { gmvFen: 5 },
          { ...from, provisional: true, sessionId: `P${r.d}` },
        ),
        dirty,
      );
      mergeAccount(l, from, into, dirty);
      return l;
    },
  })),
  fc.nat(3).map((a) => ({
    name: 'delete',
    op: (l: Ledger, dirty: Dirty) => {
      removeAccounts(l, [ACCOUNTS[a]!], dirty);
      return l;
    },
  })),
  fc.integer({ min: 1, max: 40 }).map((days) => ({
    name: 'retention',
    op: (l: Ledger, dirty: Dirty) => {
      applyRetention(l, days, NOW, dirty);
      return l;
    },
  })),
  fc.record({ a: fc.nat(3), d: fc.integer({ min: 1, max: 28 }), v: fc.nat(1e6) }).map((r) => ({
    name: 'import',
    op: (l: Ledger, dirty: Dirty) => {
      const acc = ACCOUNTS[r.a]!;
      const at = `${day(r.d)}T20:00:00+08:00`;
      const h: History = {
        ...ledgerToHistory(emptyLedger(), AT),
        accounts: [{ ...acc, displayName: 'imported' }],
        days: [
          { ...acc, day: day(r.d), metrics: { gmvFen: { value: r.v, source: 'network', at } } },
        ],
      };
      const plan = planImport(l, h);
      for (const s of Object.keys(dirty) as (keyof Dirty)[])
        for (const k of plan.written[s]) dirty[s].add(k);
      return plan.next;
    },
  })),
);

/** Runs `ops` on a fresh ledger, comparing the cached input with a full rebuild after each. */
function check(ops: Array<{ op: Op }>): void {
  let l = emptyLedger();
  const input = new HistoryInput();
  expect(input.build(l, AT)).toEqual(ledgerToHistory(l, AT));
  for (const { op } of ops) {
    const dirty = emptyDirty();
    try {
      l = op(l, dirty);
    } catch {
      // A refused merge changes nothing; the next build must still match.
    }
    input.touched(dirty);
    const h = input.build(l, AT);
    const full = ledgerToHistory(l, AT);
    expect(JSON.stringify(h)).toBe(JSON.stringify(full));
    // The engine's index, patched per changed record, is the one built from scratch.
    const index = preparedIndexOf(h)!.accounts;
    const scratch = indexHistory(full).filter((a) => !a.account.mergedInto);
    expect(index.map(shape)).toEqual(scratch.map(shape));
    // latestMs may stay above the truth (it never goes down), never below it.
    index.forEach((a, i) => expect(a.latestMs).toBeGreaterThanOrEqual(scratch[i]!.latestMs));
  }
}

/** An index, its sessions by id in its own order (by start; each day's in key order). */
const shape = (a: AccountHistory) => ({
  key: a.key,
  account: a.account,
  days: [...a.days],
  dayNums: a.dayNums,
  sessions: a.sessions.map((ix) => [ix.s.sessionId, ix.s]),
  byDay: [...a.sessionsByDay]
    .sort(([x], [y]) => x - y)
    .map(([d, list]) => [d, list.map((ix) => ix.s.sessionId)]),
  open: a.open,
});

const KINDS = ['manual', 'settings', 'merge', 'delete', 'retention', 'import'];

describe('incremental engine input (HistoryInput)', () => {
  it.each(KINDS)('follows a %s change made after observations', (kind) => {
    const seed = fc.array(opArb, { minLength: 5, maxLength: 12 });
    const only = opArb.filter((o) => o.name === kind);
    fc.assert(
      fc.property(seed, fc.array(only, { minLength: 1, maxLength: 4 }), (base, ops) => {
        check([...base.filter((o) => o.name === 'observation'), ...ops]);
      }),
      { seed: 7, numRuns: 40 },
    );
  });

  it('equals a full rebuild after any sequence of changes', () => {
    fc.assert(fc.property(fc.array(opArb, { minLength: 1, maxLength: 25 }), check), {
      seed: 20260301,
      numRuns: 150,
    });
  });

  it('refreshes only what a change reports: an unreported edit stays unseen', () => {
    const l = emptyLedger();
    const input = new HistoryInput();
    const d1 = emptyDirty();
    ingest(l, obs('2026-02-03T10:00:00+08:00', { gmvFen: 100 }, { sessionId: 'A' }), d1);
    input.touched(d1);
    expect(input.build(l, AT).sessions.map((s) => s.metrics.gmvFen?.value)).toEqual([100]);
    // Edited behind the cache's back (no Dirty): the cached input keeps the old record…
    const k = Object.keys(l.sessions)[0]!;
    l.sessions[k] = {
      ...l.sessions[k]!,
      metrics: { gmvFen: { value: 999, source: 'network', at: AT } },
    };
    expect(input.build(l, AT).sessions[0]!.metrics.gmvFen?.value).toBe(100);
    // …and reporting it (as every worker change does) makes it seen.
    const d2 = emptyDirty();
    d2.sessions.add(k);
    input.touched(d2);
    expect(input.build(l, AT).sessions[0]!.metrics.gmvFen?.value).toBe(999);
    // A ledger replaced wholesale (import, reload) is read in full without any report.
    const other = { ...l, sessions: {} };
    expect(input.build(other, AT).sessions).toEqual([]);
  });
});
