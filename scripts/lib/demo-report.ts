import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { PLATFORM_META, type Platform } from '../../src/platforms/ids';
import { Badge } from '../../tests/harness/pages/badge';
import { PopupPage } from '../../tests/harness/pages/popup';

const platformTitle = (p: Platform): string =>
  `${PLATFORM_META[p].names.zh} ${PLATFORM_META[p].names.en}`;

export interface ReportInput {
  context: BrowserContext;
  extensionId: string;
  pages: { name: string; page: Page }[];
  out: string;
  platforms: Platform[];
}

/** Prints what the popup says per platform and saves screenshots of popup, badges and options. */
export async function report(r: ReportInput): Promise<void> {
  const shots: string[] = [];
  const popupPage = await r.context.newPage();
  await popupPage.setViewportSize({ width: 420, height: 900 });
  await popupPage.goto(`chrome-extension://${r.extensionId}/popup.html`);
  const popup = new PopupPage(popupPage);
  await popup.ready();
  for (const platform of r.platforms) {
    const cards = popup.accounts(platform);
    const texts = await cards.allInnerTexts();
    console.log(`\n── 弹窗 Popup · ${platformTitle(platform)} ──`);
    console.log(texts.length > 0 ? texts.join('\n\n') : '(no account shown)');
  }
  shots.push(await shoot(popupPage, r.out, 'popup'));

  for (const { name, page } of r.pages) {
    const platform = r.platforms.find((p) => name.toLowerCase().includes(p));
    if (platform) {
      const badge = new Badge(page, platform);
      const shown = (await badge.host.count()) > 0 ? await badge.text() : '(no badge on this page)';
      console.log(`\n── 页内徽标 Badge · ${name} ──\n${shown}`);
    }
    shots.push(await shoot(page, r.out, `console-${name.replace(/[^\w.-]+/g, '_')}`));
  }

  const options = await r.context.newPage();
  await options.goto(`chrome-extension://${r.extensionId}/options.html`);
  await options.waitForLoadState('load');
  shots.push(await shoot(options, r.out, 'options'));
  console.log(`\n截图 Screenshots saved in ${r.out}:\n  ${shots.join('\n  ')}`);
}

async function shoot(page: Page, dir: string, name: string): Promise<string> {
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
