import type { BrowserContext, CDPSession } from '@playwright/test';
import type { ConsolesModule } from '../consoles';
import { launchWithExtension } from '../launch';
import { letExtensionUrlsThrough } from '../network-guard';
import { measure, median, type Figure } from './figure';

interface JdSlot {
  get(): { gmvFen: number };
  set(p: { gmvFen: number }): void;
}

async function scriptSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = metrics.find((x) => x.name === 'ScriptDuration');
  if (!m) throw new Error('no ScriptDuration metric');
  return m.value;
}

/** Script time of the same fixture consoles with and without LivePace, same run, medians. */
export function overheadFigure(
  mod: ConsolesModule,
  chromium: string,
  urls: string[],
): Promise<Figure> {
  return measure('console script time with / without LivePace', '×', 1.03, async () => {
    const withExt: number[] = [];
    const without: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      for (const ext of [true, false]) {
        const context = await launchWithExtension({
          executablePath: chromium,
          headless: true,
          extensionDir: ext ? undefined : null,
        });
        await mod.serveConsoles(context, { pollMs: 500 });
        if (ext) await letExtensionUrlsThrough(context);
        const sessions: CDPSession[] = [];
        for (const url of urls) {
          const page = await context.newPage();
          const cdp = await context.newCDPSession(page);
          await cdp.send('Performance.enable');
          await page.goto(url);
          sessions.push(cdp);
        }
        await new Promise((r) => setTimeout(r, 10_000));
        let total = 0;
        for (const cdp of sessions) total += await scriptSeconds(cdp);
        (ext ? withExt : without).push(total * 1000);
        await context.close();
      }
    }
    const ratio = median(withExt) / median(without);
    return {
      value: ratio,
      runs: [...withExt, ...without],
      note: `ScriptDuration ${median(withExt).toFixed(0)} vs ${median(without).toFixed(0)} ms over 10 s, 3 runs`,
    };
  });
}

/** Value change on the console → stored → badge redrawn, measured inside the page. */
export function badgeLagFigure(context: BrowserContext, jd: JdSlot, url: string): Promise<Figure> {
  return measure('value change → stored → badge', 'ms', 1000, async () => {
    const page = await context.newPage();
    await page.goto(url);
    await page
      .locator('[data-livepace-badge="jd"]')
      .waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForTimeout(3000);
    await page.evaluate(() => {
      const w = window as unknown as { __lp: { t: number; text: string }[] };
      const root = document.querySelector('[data-livepace-badge="jd"]')!.shadowRoot!;
      w.__lp = [];
      new MutationObserver(() =>
        w.__lp.push({ t: performance.now(), text: root.textContent ?? '' }),
      ).observe(root, { subtree: true, childList: true, characterData: true });
    });
    const runs: number[] = [];
    for (let i = 1; i <= 5; i += 1) {
      const before = await page.evaluate(
        () => document.querySelector('[data-livepace-badge="jd"]')!.shadowRoot!.textContent ?? '',
      );
      const response = page.waitForResponse((r) => r.url().includes('generalData'));
      jd.set({ gmvFen: jd.get().gmvFen + 50_000 * i });
      await response;
      const lag = await page.waitForFunction(
        (prev) => {
          const w = window as unknown as { __lp: { t: number; text: string }[] };
          const polls = performance
            .getEntriesByType('resource')
            .filter((e) => e.name.includes('generalData'));
          const arrived = (polls.at(-1) as PerformanceResourceTiming | undefined)?.responseEnd;
          const hit = w.__lp.find(
            (c) => arrived !== undefined && c.t >= arrived && c.text !== prev,
          );
          return hit && arrived !== undefined ? hit.t - arrived : null;
        },
        before,
        { timeout: 15_000 },
      );
      runs.push((await lag.jsonValue()) as number);
    }
    await page.close();
    return {
      value: median(runs),
      runs,
      note: '5 changes; console response end → badge text changed',
    };
  });
}
