import { performance } from 'node:perf_hooks';
import { makeHistory } from '../../../tests/harness/history-data';
import { median, type Figure } from './figure';

/**
 * The baseline of the rows timed in Node (rules, evaluate per batch): JSON.stringify + JSON.parse
 * of the same generated 2 years × 6 accounts, in the same process and run, median of 9. It is
 * plain CPU and allocation work of the kind the engine does, so `figure ÷ baseline` says how
 * the engine compares with this machine's speed, comparable across machines.
 */
export function nodeBaseline(now: Date): NonNullable<Figure['baseline']> {
  const h = makeHistory({ accounts: 3, days: 730, now });
  const runs: number[] = [];
  for (let i = 0; i < 12; i += 1) {
    const t0 = performance.now();
    const back = JSON.parse(JSON.stringify(h)) as { sessions: unknown[] };
    if (back.sessions.length !== h.sessions.length) throw new Error('round trip lost records');
    if (i >= 3) runs.push(performance.now() - t0); // 3 warm-ups
  }
  return { name: 'JSON round trip of the 2-year history (Node)', value: median(runs) };
}

/** Attaches a baseline to the figures whose names start with one of `prefixes`. */
export function withBaseline(
  figures: Figure[],
  prefixes: string[],
  baseline: Figure['baseline'],
): Figure[] {
  return figures.map((f) =>
    prefixes.some((p) => f.name.startsWith(p)) && f.value !== null ? { ...f, baseline } : f,
  );
}
