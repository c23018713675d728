/// <reference types="chrome" />
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { findChromium } from '../harness/chromium';
import {
  EXTENSION_DIR,
  assertBuilt,
  extensionIdOf,
  extensionWorker,
  launchWithExtension,
} from '../harness/launch';
import { installNetworkGuard } from '../harness/network-guard';

/** The page the probe content scripts run on (a console host, so the host rule cannot help). */
const PROBE_PAGE = 'https://jlive.jd.com/probe-page';

/**
 * A copy of the built extension with two more content scripts that make a request each: one
 * in the isolated world (like jd.js), one in the MAIN world (like the tap). Both request a
 * console host, which the guard allows for the page itself, so only the guard's attribution
 * to content scripts can catch them.
 */
function extensionWithProbes(): string {
  assertBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'livepace-probe-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts: Array<Record<string, unknown>>;
  };
  const matches = [`${PROBE_PAGE}*`];
  manifest.content_scripts.push(
    { matches, js: ['probe-isolated.js'], run_at: 'document_start' },
    { matches, js: ['probe-main.js'], run_at: 'document_start', world: 'MAIN' },
  );
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(
    join(dir, 'probe-isolated.js'),
    "fetch('https://jlive.jd.com/from-content-script').catch(() => null);\n",
  );
  writeFileSync(
    join(dir, 'probe-main.js'),
    "setTimeout(() => fetch('https://jlive.jd.com/from-main-world').catch(() => null), 0);\n",
  );
  return dir;
}

// The guard is what lets the suite claim "the extension makes zero requests of its own", so it
// must itself be shown to catch them, from every kind of extension context. It runs in a
// browser of its own: the violations it provokes on purpose would otherwise fail the fixture's
// guard.
test('the network guard catches requests of the extension (worker, pages, content scripts) and anything off the console hosts', async () => {
  const chromium = findChromium();
  if (!chromium) throw new Error('no Chromium');
  const context = await launchWithExtension({
    executablePath: chromium.path,
    headless: true,
    extensionDir: extensionWithProbes(),
  });
  try {
    const guard = await installNetworkGuard(context);
    const worker = await extensionWorker(context);
    const id = extensionIdOf(worker);
    // The probe page fetches from its own host: page traffic, allowed. It passes through the
    // tap's wrapped fetch, so tap.js is on its stack (innermost) and must not make it ours.
    await context.route(`${PROBE_PAGE}*`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: "<!doctype html><title>probe</title><script>fetch('/api/from-page')</script>",
      }),
    );

    const page = await context.newPage();
    const console404 = await page.goto('https://jlive.jd.com/bigScreen?id=1');
    expect(console404?.status()).toBe(404);
    const elsewhere = await page.goto('https://example.org/');
    expect(elsewhere?.status()).toBe(404);

    const probed = await context.newPage();
    await probed.goto(PROBE_PAGE);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await popup.evaluate(() => fetch('https://jlive.jd.com/from-popup').catch(() => null));
    await worker.evaluate(() => fetch('https://example.net/from-worker').catch(() => null));
    await expect.poll(() => guard.violations().length).toBe(5);

    expect(guard.violations().sort()).toEqual([
      `a content script requested GET https://jlive.jd.com/from-content-script (chrome-extension://${id}/probe-isolated.js)`,
      `a content script requested GET https://jlive.jd.com/from-main-world (chrome-extension://${id}/probe-main.js)`,
      'request left the console hosts: GET https://example.org/ (page)',
      'the extension itself requested GET https://example.net/from-worker (extension-worker)',
      'the extension itself requested GET https://jlive.jd.com/from-popup (extension-page)',
    ]);
    const fromPage = guard.entries.filter((e) => e.url === 'https://jlive.jd.com/api/from-page');
    expect(fromPage.map((e) => e.initiator)).toEqual(['page']);
    const unrouted = guard.entries.filter((e) => e.unrouted).map((e) => e.url);
    expect(unrouted).toContain('https://jlive.jd.com/bigScreen?id=1');
    expect(unrouted).toContain('https://jlive.jd.com/from-content-script');
  } finally {
    await context.close();
  }
});
