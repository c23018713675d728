import { performance } from 'node:perf_hooks';
import { makeHistory } from '../../../tests/harness/history-data';
import { evaluate } from '../../../src/rules/engine';
import { loadPacks } from '../../../src/rules/packs';
import { measure, median, type Figure } from './figure';

/** The rules engine over 2 years × 6 accounts, in-process (the same code the worker runs). */
export function rulesFigure(now: Date): Promise<Figure> {
  return measure('rules over 2 years × 6 accounts', 'ms', 2, async () => {
    const history = makeHistory({ accounts: 3, days: 730, now });
    const packs = loadPacks();
    for (let i = 0; i < 5; i += 1) evaluate(packs, history, history.settings, now); // warm-up
    const runs: number[] = [];
    let items = 0;
    for (let i = 0; i < 30; i += 1) {
      const t0 = performance.now();
      const ev = evaluate(packs, history, history.settings, now);
      runs.push(performance.now() - t0);
      items = ev.accounts.reduce((s, a) => s + a.items.length, 0);
    }
    if (items === 0) throw new Error('engine returned no items (stub?)');
    return {
      value: median(runs),
      runs,
      note: `${history.accounts.length} accounts, ${items} items, 30 runs`,
    };
  });
}
