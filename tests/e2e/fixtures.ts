/// <reference types="chrome" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../harness/chromium';
import {
  extensionIdOf,
  extensionWorker,
  launchWithExtension,
  stopExtensionWorker,
} from '../harness/launch';
import {
  installNetworkGuard,
  letExtensionUrlsThrough,
  type NetworkGuard,
} from '../harness/network-guard';
import { serveConsoles, type ConsoleSim, type SimOptions } from '../fixtures/consoles';

/** Screenshots that tests take on purpose; kept as CI artifacts, never committed. */
export const SCREENSHOT_DIR = join('test-results', 'screenshots');

export interface ExtensionFixtures {
  /** Every web request of the test; the test fails on teardown if any broke the privacy promise. */
  guard: NetworkGuard;
  extensionId: string;
  /** The extension's service worker (one handle across restarts; evaluate waits while stopped). */
  worker: () => Promise<Worker>;
  /** Starts a stopped worker the way the UI does: a protocol message from an extension page. */
  wakeWorker: () => Promise<Worker>;
  /** Stops the service worker the way Chrome does when it idles. */
  stopWorker: () => Promise<void>;
  /** Opens popup.html in a tab sized like the toolbar popup. */
  openPopup: (query?: string) => Promise<Page>;
  openOptions: () => Promise<Page>;
  /** Console errors and uncaught exceptions of every page in the context. */
  pageErrors: string[];
  saveScreenshot: (page: Page, name: string) => Promise<string>;
  /** Serves the simulated consoles at their real URLs (after the guard, so they take precedence). */
  serve: (opts?: SimOptions) => Promise<ConsoleSim>;
}

export const test = base.extend<ExtensionFixtures & { context: BrowserContext }>({
  // The guard must route before any fixture console does, so it is set up with the context.
  // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring form
  context: async ({}, use) => {
    const found = findChromium();
    if (!found) throw new Error(HOW_TO_GET_CHROMIUM);
    const context = await launchWithExtension({ executablePath: found.path, headless: true });
    await use(context);
    await context.close();
  },
  guard: [
    async ({ context }, use, testInfo) => {
      const guard = await installNetworkGuard(context);
      await use(guard);
      await testInfo.attach('network.json', {
        body: JSON.stringify(guard.entries, null, 2),
        contentType: 'application/json',
      });
      const bad = guard.violations();
      if (bad.length > 0) throw new Error(`Network guard:\n  ${bad.join('\n  ')}`);
    },
    { auto: true },
  ],
  extensionId: async ({ context }, use) => {
    await use(extensionIdOf(await extensionWorker(context)));
  },
  worker: async ({ context, extensionId }, use) => {
    await use(() => extensionWorker(context, extensionId));
  },
  wakeWorker: async ({ context, extensionId }, use) => {
    await use(async () => {
      const origin = `chrome-extension://${extensionId}/`;
      let page = context.pages().find((p) => p.url().startsWith(origin));
      if (!page) {
        page = await context.newPage();
        await page.goto(`${origin}popup.html`);
      }
      // storageEstimate is read-only, so waking the worker changes nothing it stores.
      await page.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'storageEstimate', payload: {} }).catch(() => null),
      );
      return extensionWorker(context, extensionId);
    });
  },
  stopWorker: async ({ context, extensionId }, use) => {
    await use(() => stopExtensionWorker(context, extensionId));
  },
  pageErrors: async ({ context }, use) => {
    const errors: string[] = [];
    context.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${msg.location().url}: ${msg.text()}`);
    });
    context.on('weberror', (err) => errors.push(`uncaught: ${err.error().message}`));
    await use(errors);
  },
  serve: async ({ context }, use) => {
    const sims: ConsoleSim[] = [];
    await use(async (opts) => {
      const sim = await serveConsoles(context, opts);
      await letExtensionUrlsThrough(context);
      sims.push(sim);
      return sim;
    });
    for (const sim of sims) await sim.stop();
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use(async (query = '') => {
      const page = await context.newPage();
      // The toolbar popup is at most 800×600; test at a typical popup width.
      await page.setViewportSize({ width: 420, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      return page;
    });
  },
  openOptions: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    });
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring form
  saveScreenshot: async ({}, use) => {
    await use(async (page, name) => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    });
  },
});

export { expect } from '@playwright/test';
