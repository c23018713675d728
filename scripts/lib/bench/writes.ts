import type { BrowserContext, Worker } from '@playwright/test';
import type { ConsoleSim } from '../consoles';
import { measure, type Figure } from './figure';

const readWrites = (worker: Worker): Promise<number | null> =>
  worker.evaluate(() => {
    const s = (globalThis as { __livepaceStats?: { writes: number } }).__livepaceStats;
    return s ? s.writes : null;
  });

/**
 * Committed history transactions per minute while ONE account (the JD fixture) streams live:
 * the console polls every second and its numbers change on every tick. Read from the
 * worker's own counter (src/background/stats.ts, in the bench build only), so it counts real
 * commits.
 */
export function writesFigure(
  context: BrowserContext,
  worker: Worker,
  sim: ConsoleSim,
  url: string,
  minutes = 2,
): Promise<Figure> {
  return measure('history writes per minute while live, per account', 'writes/min', 6, async () => {
    const page = await context.newPage();
    const stop = sim.autoTick(1000);
    try {
      await page.goto(url);
      await page.locator('[data-livepace-badge="jd"]').waitFor({ state: 'attached' });
      await page.waitForTimeout(5000); // past the session-start write
      const w0 = await readWrites(worker);
      if (w0 === null) throw new Error('the worker exposes no write counter');
      await page.waitForTimeout(minutes * 60_000);
      const w1 = await readWrites(worker);
      if (w1 === null || w1 < w0) throw new Error('the worker restarted during the minute');
      return {
        value: (w1 - w0) / minutes,
        runs: [w1 - w0],
        note: `1 live JD account, console ticking every 1 s, ${minutes} min, committed transactions`,
      };
    } finally {
      stop();
      await page.close();
    }
  });
}
