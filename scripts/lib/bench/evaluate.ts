import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { HistoryService } from '../../../src/background/service';
import { makeHistory } from '../../../tests/harness/history-data';
import { openHistoryDb } from '../../../src/history/db';
import { historyToLedger } from '../../../src/history/to-history';
import { beijingIso } from '../../../src/time/calendar';
import { evaluate } from '../../../src/rules/engine';
import { loadPacks } from '../../../src/rules/packs';
import { measure, median, type Figure } from './figure';

/**
 * What the worker does per observation batch, as it does it: `HistoryService.observe` applies
 * one live reading to a ledger of `accounts` accounts × 2 years, brings the engine's input and
 * index up to date and runs the packs for the accounts that need it (the write is scheduled,
 * not timed). In-process, on the worker's code; the clock moves 5 s per batch, so some of the
 * 20 timed batches start a new Beijing minute and re-run every account.
 */
export function observeFigure(accounts: number, now: Date): Promise<Figure> {
  return measure(`evaluate per observation batch, ${accounts} accounts`, 'ms', 2, async () => {
    const h = makeHistory({ accounts: accounts / 2, days: 730, now });
    const packs = loadPacks();
    const db = await openHistoryDb({ name: `bench-observe-${accounts}-${Date.now()}` });
    let clock = now.getTime();
    const svc = await HistoryService.start({
      db,
      now: () => clock,
      evaluate: (hist, settings, at) => evaluate(packs, hist, settings, at),
      onEvaluated: async () => undefined,
    });
    // The history as if loaded from disk (writing 10⁵ rows to fake-indexeddb is not the point).
    svc.ledger = historyToLedger(h);
    const acc = h.accounts[0]!;
    const reading = (i: number) => ({
      id: `bench:${i}`,
      platform: acc.platform,
      accountId: acc.accountId,
      scope: 'session' as const,
      sessionId: 'bench-live',
      observedAt: beijingIso(clock),
      page: 'bench',
      live: true,
      metrics: { gmvFen: { value: 1000 + i * 100, source: 'network' as const } },
    });
    const pending: Promise<unknown>[] = [];
    const runs: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      clock += 5000;
      const t0 = performance.now();
      pending.push(svc.observe([reading(i)]).catch(() => undefined));
      if (i >= 5) runs.push(performance.now() - t0); // the first ones warm up (and start a session)
    }
    await svc.flush().catch(() => undefined);
    await Promise.all(pending);
    db.close();
    const items = svc.evaluation?.accounts.reduce((s, a) => s + a.items.length, 0) ?? 0;
    if (items === 0) throw new Error('engine returned no items');
    return {
      value: median(runs),
      runs: runs.map((r) => Number(r.toFixed(2))),
      note:
        `${h.accounts.length} accounts × 730 days, ${items} items, ingest + input + engine, 20 runs; ` +
        `max ${Math.max(...runs).toFixed(2)} ms (a batch in a new Beijing minute re-runs every ` +
        `account, the others only the live and touched ones: src/rules/eval-cache.ts)`,
    };
  });
}
