/// <reference types="chrome" />
import type { BrowserContext, Page } from '@playwright/test';
import { makeHistory } from '../../../tests/harness/history-data';
import { extensionPage, sendToBackground } from '../extension-rpc';
import { measure, median, type Figure } from './figure';
import { jsonBaselineMs, stageText, transferMs } from './transfer';

/**
 * Import and export of 2 years × 6 and × 60 accounts through the transfer (chunks posted to the
 * worker), each followed
 * by popup open → first account card (painted from the remembered view), with the popup's
 * element count and longest task at 60 accounts. The 6-account rows keep their names (and so
 * their keys in bench/results.json); the 60-account rows are for information (no target).
 */
export async function historyFigures(
  context: BrowserContext,
  extensionId: string,
  now: Date,
): Promise<Figure[]> {
  const page = await extensionPage(context, extensionId);
  const figures: Figure[] = [];
  for (const [accounts, runs, target] of [
    [6, 5, 300],
    [60, 3, null],
  ] as const) {
    const suffix = accounts === 6 ? '' : `, ${accounts} accounts`;
    // In-page JSON.parse / JSON.stringify of each imported file: the rows' baselines.
    const json: { parse: number; stringify: number }[] = [];
    figures.push(
      await measure(`import 2 years × ${accounts} accounts`, 'ms', target, async () => {
        const times: number[] = [];
        let chunks = 0;
        // A different seed each run, so every import really writes rather than finds no change,
        // and each into an emptied history (the accounts deleted first, untimed): seeds differ
        // in their session days, so on top of the last run's history run k rewrote buckets
        // holding the union of k files (6 accounts: 4,797 sessions in run 1, 7,743 by run 5).
        // The files are made first: generating 2 years of history is the harness's own heavy
        // work (GC included), and on 2 cores it must not run beside a timed import.
        const texts: string[] = [];
        for (let seed = 1; seed <= runs; seed += 1)
          texts.push(JSON.stringify(makeHistory({ accounts: accounts / 2, days: 730, now, seed })));
        for (const text of texts) {
          await deleteAllAccounts(page);
          await stageText(page, text);
          await page.waitForTimeout(SETTLE_MS);
          const r = await transferMs(page, 'import');
          times.push(r.ms);
          chunks = r.chunks;
          json.push(await jsonBaselineMs(page));
        }
        return {
          value: median(times),
          runs: times,
          note: `${runs} runs, each into an emptied history; upload to the worker (${chunks} chunks) + apply`,
          baseline: { name: 'JSON.parse of the file', value: median(json.map((j) => j.parse)) },
        };
      }),
    );
    figures.push(
      await measure(`export 2 years × ${accounts} accounts (JSON)`, 'ms', target, async () => {
        const times: number[] = [];
        let chunks = 0;
        for (let i = 0; i < runs; i += 1) {
          const r = await transferMs(page, 'export');
          times.push(r.ms);
          chunks = r.chunks;
        }
        return {
          value: median(times),
          runs: times,
          note: `${runs} runs, export from the worker, ${chunks} chunks`,
          baseline: {
            name: 'JSON.stringify of the file',
            value: median(json.map((j) => j.stringify)),
          },
        };
      }),
    );
    figures.push(
      ...(await popupFigures(context, extensionId, page, suffix, accounts === 6 ? 7 : 5)),
    );
  }
  await page.close();
  return figures;
}

/**
 * Popup open → first account card, each open alternating with a blank extension page's open
 * (the baseline of the same run: popup.html with script execution off, navigation start →
 * load), so the figure is also reported as a ratio comparable across machines.
 */
async function popupFigures(
  context: BrowserContext,
  extensionId: string,
  page: Page,
  suffix: string,
  opens: number,
): Promise<Figure[]> {
  const shots: PopupShot[] = [];
  const blanks: number[] = [];
  const open = await measure(`popup open → data rendered${suffix}`, 'ms', 50, async () => {
    const accounts = (await sendToBackground(page, 'getSettings', {})) as { accounts: unknown[] };
    if (accounts.accounts.length === 0) throw new Error('no accounts imported');
    for (let i = 0; i < opens; i += 1) {
      blanks.push(await blankShot(context, extensionId));
      shots.push(await popupShot(context, page));
    }
    const runs = shots.map((s) => s.ms);
    const ratio = median(runs) / median(blanks);
    return {
      value: median(runs),
      runs,
      note:
        `${opens} opens; navigation start → first account card; ` +
        `blank extension page ${median(blanks).toFixed(1)} ms, ratio ${ratio.toFixed(2)}×`,
      baseline: { name: 'blank extension page', value: median(blanks) },
    };
  });
  const baseline: Figure[] = [
    {
      name: `blank extension page open (baseline)${suffix}`,
      unit: 'ms',
      target: null,
      kind: 'max',
      value: blanks.length ? round2(median(blanks)) : null,
      runs: blanks,
      note: 'popup.html with script execution off, navigation start → load, alternating with the popup opens',
    },
    {
      name: `popup open ÷ blank extension page${suffix}`,
      unit: '×',
      target: null,
      kind: 'max',
      value:
        shots.length && blanks.length
          ? round2(median(shots.map((s) => s.ms)) / median(blanks))
          : null,
      note: 'medians of the same run',
    },
  ];
  if (!suffix) return [open, ...baseline];
  const last = shots[shots.length - 1];
  return [
    open,
    ...baseline,
    {
      name: `popup elements${suffix}`,
      unit: 'elements',
      target: null,
      kind: 'max',
      value: last?.elements ?? null,
      note: last ? 'DOM elements 1.5 s after the first card (fresh view in place)' : open.note,
    },
    {
      name: `popup longest task${suffix}`,
      unit: 'ms',
      target: null,
      kind: 'max',
      value: shots.length ? median(shots.map((s) => s.longest)) : null,
      note: `median over ${shots.length} opens of the longest task (PerformanceObserver longtask)`,
    },
  ];
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Deletes every account and its history, as the seller does in Options (one by one). */
async function deleteAllAccounts(page: Page): Promise<void> {
  const { accounts } = (await sendToBackground(page, 'getSettings', {})) as {
    accounts: { platform: string; accountId: string }[];
  };
  for (const { platform, accountId } of accounts)
    await sendToBackground(page, 'deleteAccount', { account: { platform, accountId } });
}
/** A pause after handing a file to the page, so Playwright's copy of it is done with. */
const SETTLE_MS = 500;

/**
 * The baseline: an extension page with nothing of ours running (popup.html's markup and
 * stylesheet, scripts disabled through CDP), navigation start → load event.
 */
async function blankShot(context: BrowserContext, extensionId: string): Promise<number> {
  const blank = await context.newPage();
  const cdp = await context.newCDPSession(blank);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  await blank.goto(`chrome-extension://${extensionId}/popup.html`, { waitUntil: 'load' });
  // Back on only to read the timing; the page itself never ran a script.
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
  const ms = await blank.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    if (document.getElementById('app')?.childElementCount) throw new Error('popup scripts ran');
    return nav.loadEventEnd;
  });
  await blank.close();
  return ms;
}

interface PopupShot {
  ms: number;
  elements: number;
  longest: number;
}

async function popupShot(context: BrowserContext, page: Page): Promise<PopupShot> {
  // The URL the toolbar button opens now: the background sets it to carry the stamp of its
  // last evaluation (src/background/remember-view.ts), which the popup's first frame checks.
  const url = await page.evaluate(() => chrome.action.getPopup({}));
  const popup = await context.newPage();
  // Records the instant the first account card enters the DOM, relative to navigation start,
  // and the longest main-thread task of the page.
  await popup.addInitScript(() => {
    const w = window as unknown as { __lpRendered?: number; __lpLongest?: number };
    w.__lpLongest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__lpLongest = Math.max(w.__lpLongest ?? 0, e.duration);
    }).observe({ type: 'longtask', buffered: true });
    new MutationObserver((_m, obs) => {
      if (document.querySelector('[data-testid="account"]')) {
        w.__lpRendered = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await popup.goto(url);
  const handle = await popup.waitForFunction(
    () => (window as unknown as { __lpRendered?: number }).__lpRendered,
    undefined,
    { timeout: 60_000 },
  );
  const ms = (await handle.jsonValue()) as number;
  await popup.waitForTimeout(1500);
  const { elements, longest } = await popup.evaluate(() => ({
    elements: document.querySelectorAll('*').length,
    longest: (window as unknown as { __lpLongest?: number }).__lpLongest ?? 0,
  }));
  await popup.close();
  return { ms, elements, longest };
}
