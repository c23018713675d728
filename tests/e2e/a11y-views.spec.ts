import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PopupPage } from '../harness/pages/popup';
import { CONSOLE_URLS } from '../fixtures/consoles';
import { POLL_MS, STORED_TIMEOUT, badgeStrip, jdStartToday, openConsole } from './support/stream';

/** axe violations as "rule: target" lines, so a failure names what to fix. */
async function violations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const r = await builder.analyze();
  return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

for (const scheme of ['light', 'dark'] as const) {
  test(`popup (${scheme}, every fold open) and the JD badge: no axe violations`, async ({
    context,
    serve,
    openPopup,
  }) => {
    await serve({ pollMs: POLL_MS, jd: { startedAt: jdStartToday() } });
    const page = await openConsole(context, CONSOLE_URLS.jdBigScreen);
    await page.emulateMedia({ colorScheme: scheme });
    await expect(badgeStrip(page, 'jd').locator('li[data-item]').first()).toBeVisible({
      timeout: STORED_TIMEOUT,
    });
    // The badge lives in an open shadow root; axe walks into it.
    expect(await violations(page, '[data-livepace-badge="jd"]')).toEqual([]);
    const popup = new PopupPage(await openPopup());
    await popup.page.emulateMedia({ colorScheme: scheme });
    await popup.ready();
    await popup.page
      .locator('details')
      .evaluateAll((ds) => ds.forEach((d) => d.setAttribute('open', '')));
    expect(await violations(popup.page)).toEqual([]);
  });
}
