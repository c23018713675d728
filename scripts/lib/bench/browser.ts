/// <reference types="chrome" />
import type { BrowserContext, Page } from '@playwright/test';
import { makeHistory } from '../../../tests/harness/history-data';
import { extensionPage, sendToBackground } from '../extension-rpc';
import { measure, median, type Figure } from './figure';

/** Times one background round trip from inside an extension page (no Playwright overhead). */
async function timedSend(page: Page, type: string, payload: unknown): Promise<number> {
  return page.evaluate(
    async ([t, p]) => {
      const t0 = performance.now();
      const reply: unknown = await chrome.runtime.sendMessage({ type: t, payload: p });
      if (reply && typeof reply === 'object' && 'error' in reply)
        throw new Error(String(reply.error));
      return performance.now() - t0;
    },
    [type, payload] as const,
  );
}

/** Import and export of 2 years × 6 accounts, then popup open → first account card rendered. */
export async function historyFigures(
  context: BrowserContext,
  extensionId: string,
  now: Date,
): Promise<Figure[]> {
  const page = await extensionPage(context, extensionId);
  const figures: Figure[] = [];
  figures.push(
    await measure('import 2 years × 6 accounts', 'ms', 300, async () => {
      const runs: number[] = [];
      // A different seed each run, so every import really writes rather than finds no change.
      for (let seed = 1; seed <= 5; seed += 1) {
        const text = JSON.stringify(makeHistory({ accounts: 3, days: 730, now, seed }));
        runs.push(await timedSend(page, 'importApply', { text }));
      }
      return { value: median(runs), runs, note: '5 runs, importApply round trip' };
    }),
  );
  figures.push(
    await measure('export 2 years × 6 accounts (JSON)', 'ms', 300, async () => {
      const runs: number[] = [];
      for (let i = 0; i < 5; i += 1)
        runs.push(await timedSend(page, 'exportHistory', { format: 'json' }));
      return { value: median(runs), runs, note: '5 runs, exportHistory round trip' };
    }),
  );
  figures.push(
    await measure('popup open → data rendered', 'ms', 50, async () => {
      const accounts = (await sendToBackground(page, 'getSettings', {})) as { accounts: unknown[] };
      if (accounts.accounts.length === 0) throw new Error('no accounts imported');
      const runs: number[] = [];
      for (let i = 0; i < 7; i += 1) runs.push(await popupRenderMs(context, extensionId));
      return { value: median(runs), runs, note: '7 opens; navigation start → first account card' };
    }),
  );
  await page.close();
  return figures;
}

async function popupRenderMs(context: BrowserContext, extensionId: string): Promise<number> {
  const popup = await context.newPage();
  // Records the instant the first account card enters the DOM, relative to navigation start.
  await popup.addInitScript(() => {
    const w = window as unknown as { __lpRendered?: number };
    new MutationObserver((_m, obs) => {
      if (document.querySelector('[data-testid="account"]')) {
        w.__lpRendered = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const handle = await popup.waitForFunction(
    () => (window as unknown as { __lpRendered?: number }).__lpRendered,
    undefined,
    { timeout: 30_000 },
  );
  const ms = (await handle.jsonValue()) as number;
  await popup.close();
  return ms;
}
