import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHistory } from '../../harness/history-data';
import { applyRetention, removeAccounts } from '../../../src/history/housekeeping';
import { planImport } from '../../../src/history/import';
import { ingest } from '../../../src/history/ingest';
import {
  deleteSession,
  emptyDirty,
  putSession,
  SEP,
  sessionsOf,
  type Ledger,
} from '../../../src/history/ledger';
import { applyManual } from '../../../src/history/manual';
import { mergeAccount } from '../../../src/history/merge-account';
import { historyToLedger } from '../../../src/history/to-history';
import { obs } from './helpers';

const now = new Date('2026-03-01T12:00:00+08:00');

/** What sessionsOf must return: the old full scan, in the object's key order. */
const scan = (l: Ledger, platform: string, accountId: string) =>
  Object.entries(l.sessions)
    .filter(([k]) => k.startsWith(platform + SEP + accountId + SEP))
    .map(([, s]) => s);

/** Every account the ledger knows, plus every account a session names. */
function expectInSync(l: Ledger): number {
  const accounts = new Set(Object.values(l.sessions).map((s) => s.platform + SEP + s.accountId));
  for (const a of Object.values(l.accounts)) accounts.add(a.platform + SEP + a.accountId);
  let n = 0;
  for (const a of accounts) {
    const [p, id] = a.split(SEP) as ['jd', string];
    const got = sessionsOf(l, p, id);
    expect(got, a).toEqual(scan(l, p, id));
    n += got.length;
  }
  expect(n).toBe(Object.keys(l.sessions).length);
  return n;
}

describe('per-account session index', () => {
  it('stays in sync across ingest, manual, merge, delete, retention and import', () => {
    const h = makeHistory({ accounts: 3, days: 90, now, seed: 5 });
    const l = historyToLedger(h);
    const total = expectInSync(l); // builds the index
    expect(total).toBeGreaterThan(100);
    const d = emptyDirty();

    // Ingest: a new live session of a new account, then of an existing one.
    ingest(l, obs('2026-03-01T10:00:00+08:00', { gmvFen: 100 }, { sessionId: 'N1' }), d);
    const first = h.accounts[0]!;
    ingest(l, obs('2026-03-01T11:00:00+08:00', { gmvFen: 5 }, { ...first, sessionId: 'N2' }), d);
    expect(expectInSync(l)).toBe(total + 2);
    expect(sessionsOf(l, 'jd', 'shop1').map((s) => s.sessionId)).toEqual(['N1']);

    // A manual session, typed by the seller.
    applyManual(
      l,
      { ...first, kind: 'session', key: 'M1', start: '2026-02-28T20:00:00+08:00', metrics: {} },
      now,
      d,
    );
    expect(expectInSync(l)).toBe(total + 3);

    // Merge: a provisional account's session moves to another account.
    ingest(
      l,
      obs(
        '2026-03-01T09:00:00+08:00',
        { gmvFen: 9 },
        { accountId: '~shop:x', provisional: true, sessionId: 'P1' },
      ),
      d,
    );
    mergeAccount(
      l,
      { platform: 'jd', accountId: '~shop:x' },
      { platform: 'jd', accountId: 'shop1' },
      d,
    );
    expect(sessionsOf(l, 'jd', '~shop:x')).toEqual([]);
    expect(sessionsOf(l, 'jd', 'shop1').map((s) => s.sessionId)).toEqual(['N1', 'P1']);
    expectInSync(l);

    // Delete an account; retention drops the old sessions of the rest.
    removeAccounts(l, [first], d);
    expect(sessionsOf(l, first.platform, first.accountId)).toEqual([]);
    expectInSync(l);
    const before = Object.keys(l.sessions).length;
    expect(applyRetention(l, 30, now, d)).toBeGreaterThan(0);
    expect(Object.keys(l.sessions).length).toBeLessThan(before);
    expectInSync(l);

    // Re-adding a deleted key appends it, as the object does.
    const some = Object.values(l.sessions)[0]!;
    const k = [some.platform, some.accountId, some.sessionId].join(SEP);
    deleteSession(l, k);
    putSession(l, k, some);
    expectInSync(l);

    // Import: the plan's ledger is a new sessions object with its own index.
    const plan = planImport(l, makeHistory({ accounts: 4, days: 20, now, seed: 6 }));
    expectInSync(plan.next);
    expectInSync(l);
  });
});

/** Files that add or remove records of `l.sessions` without the index's mutators. */
const WRITES = [
  /\bsessions\[[^\]]+\]\s*(=(?!=)|\?\?=|\|\|=)/,
  /\bdelete\s+[\w.]*sessions\[/,
  /\bdelete\s+\(\s*\w+\[/,
  /Object\.(assign|defineProperty)\(\s*[\w.]*sessions\b/,
];
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('only ledger.ts writes l.sessions directly', () => {
  it('the patterns see each kind of direct write', () => {
    const samples = [
      'l.sessions[sk] = s;',
      'l.sessions[k] ??= s',
      'delete l.sessions[k];',
      'delete (l[store] as Record<string, unknown>)[k];',
      'Object.assign(l.sessions, more)',
    ];
    for (const s of samples)
      expect(
        WRITES.some((re) => re.test(s)),
        s,
      ).toBe(true);
    expect(WRITES.some((re) => re.test('if (l.sessions[k] === s) return;'))).toBe(false);
  });

  it('no other file under src/ does', () => {
    const offenders = sources('src')
      .filter((p) => !p.endsWith(join('history', 'ledger.ts')))
      .flatMap((p) =>
        readFileSync(p, 'utf8')
          .split('\n')
          .map((line, i) => `${p}:${i + 1}: ${line.trim()}`)
          .filter((line) => WRITES.some((re) => re.test(line))),
      );
    expect(offenders).toEqual([]);
  });
});
