/// <reference types="chrome" />
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { OPEN_SHADOW_KEY } from '../../src/ui/badge/test-hooks';

/** Where `npm run build` (wxt build) writes the Chrome MV3 extension. */
/** `LIVEPACE_EXTENSION_DIR` lets parallel local runs use a private copy of the build. */
export const EXTENSION_DIR = resolve(process.env.LIVEPACE_EXTENSION_DIR ?? '.output/chrome-mv3');

export interface LaunchOptions {
  executablePath: string;
  headless: boolean;
  /** Unpacked extension to load; null launches a plain browser (bench baseline). */
  extensionDir?: string | null;
  userDataDir?: string;
  viewport?: { width: number; height: number } | null;
}

/** Flags that keep Chromium from calling home, so the network log shows only our traffic. */
const QUIET_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-sync',
  '--lang=zh-CN',
];

export function assertBuilt(dir: string = EXTENSION_DIR): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${dir} (manifest.json missing). Run \`npm run build\` first ` +
        '(`npm test` builds before the e2e suite).',
    );
  }
}

/** Launches Chromium with a fresh profile and, unless told otherwise, LivePace loaded. */
export async function launchWithExtension(opts: LaunchOptions): Promise<BrowserContext> {
  const ext = opts.extensionDir === undefined ? EXTENSION_DIR : opts.extensionDir;
  if (ext) assertBuilt(ext);
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'livepace-profile-'));
  const extArgs = ext
    ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`]
    : ['--disable-extensions'];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: opts.executablePath,
    headless: opts.headless,
    args: [...QUIET_ARGS, ...extArgs],
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: opts.viewport === undefined ? { width: 1280, height: 800 } : opts.viewport,
  });
  // The badge's shadow root is closed in the product; tests and the bench open it through the
  // extension's own storage, which no console page can write (src/ui/badge/shadow.ts).
  if (ext) {
    const worker = await extensionWorker(context);
    await worker.evaluate((key) => chrome.storage.local.set({ [key]: true }), OPEN_SHADOW_KEY);
  }
  return context;
}

const isExtensionWorker = (w: Worker, id?: string): boolean =>
  w.url().startsWith(id ? `chrome-extension://${id}/` : 'chrome-extension://');

/**
 * The extension's service worker. MV3 stops idle workers; Playwright keeps one Worker handle
 * per extension across stops and restarts (a restarted worker has a fresh global scope).
 * evaluate() on it waits while the worker is stopped, so wake it first (send it a message).
 */
export async function extensionWorker(
  context: BrowserContext,
  extensionId?: string,
  timeoutMs = 15_000,
): Promise<Worker> {
  const ours = (w: Worker): boolean => isExtensionWorker(w, extensionId);
  const known = context.serviceWorkers().find(ours);
  if (known) return known;
  return context.waitForEvent('serviceworker', { predicate: ours, timeout: timeoutMs });
}

export const extensionIdOf = (worker: Worker): string => new URL(worker.url()).host;

/**
 * Stops the extension's service worker the way Chrome does when it idles. The DevTools
 * protocol cannot (ServiceWorker.stopAllWorkers and Target.closeTarget leave extension workers
 * running), so this presses Stop on chrome://serviceworker-internals. The next event the worker
 * listens to (a message, an alarm, storage) starts it again.
 */
export async function stopExtensionWorker(
  context: BrowserContext,
  extensionId: string,
): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto('chrome://serviceworker-internals/');
    const reg = page
      .locator('.serviceworker-registration')
      .filter({ hasText: `chrome-extension://${extensionId}/` });
    await reg.locator('.serviceworker-running-status .value').first().waitFor();
    // A streaming console page wakes the worker again within ~250–500 ms, so polling for
    // STOPPED can miss it: watch for the transition with an observer set up before the click.
    await page.evaluate((id) => {
      const w = window as unknown as { lpSawStopped?: boolean };
      w.lpSawStopped = false;
      new MutationObserver(() => {
        for (const r of document.querySelectorAll('.serviceworker-registration')) {
          if (!r.textContent?.includes(`chrome-extension://${id}/`)) continue;
          const s = r.querySelector('.serviceworker-running-status')?.textContent ?? '';
          if (/STOPPED/.test(s)) w.lpSawStopped = true;
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    }, extensionId);
    // A click that lands while the worker is between states can leave no STOPPED to see (seen
    // once in CI at full load): press Stop again rather than wait for the test's timeout.
    for (let attempt = 1; ; attempt += 1) {
      await reg.locator('[data-command="stop"]').first().click();
      const seen = await page
        .waitForFunction(
          () => (window as unknown as { lpSawStopped?: boolean }).lpSawStopped === true,
          undefined,
          { timeout: 10_000 },
        )
        .then(() => true)
        .catch(() => false);
      if (seen) break;
      if (attempt === 3) throw new Error('the worker never showed STOPPED after 3 presses of Stop');
    }
  } finally {
    await page.close();
  }
}

/** True when Chrome reports the extension's worker as running right now. */
export async function isWorkerRunning(
  context: BrowserContext,
  extensionId: string,
): Promise<boolean> {
  const page = await context.newPage();
  try {
    await page.goto('chrome://serviceworker-internals/');
    const registration = page
      .locator('.serviceworker-registration')
      .filter({ hasText: `chrome-extension://${extensionId}/` });
    const text = await registration
      .locator('.serviceworker-running-status .value')
      .first()
      .innerText();
    return text.trim() === 'RUNNING';
  } finally {
    await page.close();
  }
}
