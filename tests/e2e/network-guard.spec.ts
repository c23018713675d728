/// <reference types="chrome" />
import { test, expect } from './fixtures';
import { findChromium } from '../../scripts/lib/chromium';
import { extensionIdOf, extensionWorker, launchWithExtension } from '../../scripts/lib/launch';
import { installNetworkGuard } from '../../scripts/lib/network-guard';

// The guard is what lets the suite claim "the extension makes zero requests of its own", so it
// must itself be shown to catch them. It runs in a browser of its own: the violations it
// provokes on purpose would otherwise fail the fixture's guard.
test('the network guard catches extension requests and anything off the console hosts', async () => {
  const chromium = findChromium();
  if (!chromium) throw new Error('no Chromium');
  const context = await launchWithExtension({ executablePath: chromium.path, headless: true });
  try {
    const guard = await installNetworkGuard(context);
    const worker = await extensionWorker(context);
    const id = extensionIdOf(worker);

    const page = await context.newPage();
    const console404 = await page.goto('https://jlive.jd.com/bigScreen?id=1');
    expect(console404?.status()).toBe(404);
    const elsewhere = await page.goto('https://example.org/');
    expect(elsewhere?.status()).toBe(404);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await popup.evaluate(() => fetch('https://jlive.jd.com/from-popup').catch(() => null));
    await worker.evaluate(() => fetch('https://example.net/from-worker').catch(() => null));
    await expect.poll(() => guard.violations().length).toBe(3);

    expect(guard.violations().sort()).toEqual([
      'request left the console hosts: GET https://example.org/ (page)',
      'the extension itself requested GET https://example.net/from-worker (extension-worker)',
      'the extension itself requested GET https://jlive.jd.com/from-popup (extension-page)',
    ]);
    const unrouted = guard.entries.filter((e) => e.unrouted).map((e) => e.url);
    expect(unrouted).toContain('https://jlive.jd.com/bigScreen?id=1');
  } finally {
    await context.close();
  }
});
