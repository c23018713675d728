import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { HistoryService } from '../../../src/background/service';
import { openHistoryDb } from '../../../src/history/db';
import { planImport } from '../../../src/history/import';
import { accKey, emptyLedger, type Ledger } from '../../../src/history/ledger';
import type { History } from '../../../src/history/model';
import { historyToLedger, ledgerToHistory } from '../../../src/history/to-history';
import { evaluate } from '../../../src/rules/engine';
import { loadPacks } from '../../../src/rules/packs';
import type { AccountEvaluation, Evaluation } from '../../../src/rules/result';
import { beijingIso } from '../../../src/time/calendar';
import { makeHistory } from '../../harness/history-data';
import { obs } from '../history/helpers';

const packs = loadPacks();
const START = Date.parse('2026-03-31T23:58:50+08:00');

const scratch = (l: Ledger, nowMs: number): Evaluation => {
  const h = ledgerToHistory(l, beijingIso(nowMs));
  return evaluate(packs, h, h.settings, nowMs);
};
const byId = (ev: Evaluation) => new Map(ev.accounts.map((a) => [a.accountId, a]));

async function start() {
  let clock = START;
  const db = await openHistoryDb({ name: `incr-eval-${Math.random()}` });
  const svc = await HistoryService.start({
    db,
    now: () => clock,
    evaluate: (h, settings, now) => evaluate(packs, h, settings, now),
    onEvaluated: async () => undefined,
  });
  const h = makeHistory({ accounts: 3, days: 30, now: new Date(START) });
  svc.ledger = historyToLedger(h); // as if loaded from disk
  const set = (ms: number) => (clock = ms);
  return { svc, accounts: h.accounts, set, now: () => clock };
}

describe('the worker evaluates incrementally (HistoryService with the real engine)', () => {
  it('re-runs only the touched or live accounts, everything when the minute turns, and matches a full evaluation', async () => {
    const { svc, accounts, set, now } = await start();
    const first = svc.reevaluate();
    expect(first).toEqual(scratch(svc.ledger, now()));
    const jd = accounts.find((a) => a.platform === 'jd')!;
    const other = accounts.find((a) => a.platform === 'alibaba')!;

    // A live reading for one account 3 s later: it is recomputed, the five others are reused.
    set(START + 3000);
    await svc.observe([
      obs(beijingIso(now()), { gmvFen: 12_300 }, { accountId: jd.accountId, sessionId: 'X' }),
    ]);
    const second = svc.evaluation!;
    const before = byId(first);
    for (const a of second.accounts) {
      if (a.accountId === jd.accountId) {
        expect(a.live).toBe(true);
        expect(a).not.toBe(before.get(a.accountId));
        expect(a).toEqual(byId(scratch(svc.ledger, now())).get(a.accountId));
      } else expect(a).toBe(before.get(a.accountId));
    }
    // Reused results are exactly the full evaluation's at the instant they were computed.
    const atFirst = byId(scratch(svc.ledger, START));
    for (const a of second.accounts)
      if (a.accountId !== jd.accountId) expect(a).toEqual(atFirst.get(a.accountId));

    // A settings change re-runs that account only; the live one is re-run on every evaluation.
    set(START + 6000);
    await svc.mutate((l, dirty) => {
      const k = accKey(other.platform, other.accountId);
      l.settings[k] = { ...l.settings[k], alibabaCategory: 'industrial' };
      dirty.settings.add(k);
    });
    const third = svc.evaluation!;
    const fresh = byId(scratch(svc.ledger, now()));
    const ali = third.accounts.find((a) => a.accountId === other.accountId)!;
    expect(ali).not.toBe(byId(second).get(other.accountId));
    expect(ali).toEqual(fresh.get(other.accountId));
    expect(third.accounts.find((a) => a.accountId === jd.accountId)).toEqual(
      fresh.get(jd.accountId),
    );

    // Past Beijing midnight (and the month end): every account is recomputed for the new day.
    set(Date.parse('2026-04-01T00:00:00.250+08:00'));
    const fourth = svc.reevaluate();
    expect(fourth).toEqual(scratch(svc.ledger, now()));
    const prev = byId(third);
    for (const a of fourth.accounts) expect(a).not.toBe(prev.get(a.accountId));

    // An import switches the ledger: everything is re-indexed and recomputed.
    set(now() + 2000);
    const file: History = {
      ...ledgerToHistory(emptyLedger(), ''),
      accounts: [{ ...other, displayName: 'renamed by import' }],
      days: [
        {
          platform: other.platform,
          accountId: other.accountId,
          day: '2026-03-30',
          metrics: { buyers: { value: 4321, source: 'network', at: beijingIso(START) } },
        },
      ],
    };
    await svc.applyImport((cur) => {
      const p = planImport(cur, file);
      return { next: p.next, written: p.written, result: null };
    });
    const fifth = svc.current();
    expect(fifth).toEqual(scratch(svc.ledger, now()));
    const renamed = fifth.accounts.find((a) => a.accountId === other.accountId);
    expect(renamed?.displayName).toBe('renamed by import');
    const prior = byId(fourth);
    for (const a of fifth.accounts) expect(a).not.toBe(prior.get(a.accountId) as AccountEvaluation);
  });

  it('an evaluation at a past instant (a review) is computed afresh and leaves the cache alone', async () => {
    const { svc, now } = await start();
    const current = svc.reevaluate();
    const past = START - 3 * 3600_000;
    expect(svc.reevaluate(new Date(past))).toEqual(scratch(svc.ledger, past));
    // Same minute, a little later: the results of `current` are reused, not the past ones.
    const later = svc.reevaluate(new Date(now() + 1000));
    later.accounts.forEach((a, i) => expect(a).toBe(current.accounts[i]));
  });
});
