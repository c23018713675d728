import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';

/** The options tabs, in the order of the tablist (src/ui/options/App.tsx). */
export const OPTION_TABS = [
  'accounts',
  'platform',
  'manual',
  'bindings',
  'data',
  'general',
  'team',
  'history',
] as const;
export type OptionTab = (typeof OPTION_TABS)[number];

/** The options page: settings, manual entry, history chart, export/import. */
export class OptionsPage {
  constructor(readonly page: Page) {}

  tab(id: OptionTab): Locator {
    return this.page.getByTestId(`tab-${id}`);
  }

  panel(): Locator {
    return this.page.getByRole('tabpanel');
  }

  /** Selects a tab the way a seller does (click) and waits for it to be the selected one. */
  async show(id: OptionTab): Promise<void> {
    await this.tab(id).click();
    await this.page.waitForFunction(
      (t) => document.getElementById(`tab-${t}`)?.getAttribute('aria-selected') === 'true',
      id,
    );
  }

  /** On the history tab: picks an account (`platform:accountId`) and a metric. */
  async history(account: string, metric = 'durationSec'): Promise<void> {
    await this.show('history');
    await this.page.getByTestId('account-select').selectOption(account);
    await this.page.getByTestId('history-metric').selectOption(metric);
  }

  /** Opens every "show as table" <details> on the page. */
  async openTables(): Promise<void> {
    for (const s of await this.page.locator('.lp-chart-details > summary').all()) {
      if (!(await s.evaluate((e) => (e.parentElement as HTMLDetailsElement).open))) await s.click();
    }
  }

  /** Clicks the JSON export button and returns the downloaded file's name and text. */
  async exportJson(): Promise<{ filename: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: /导出.*JSON|Export.*JSON/i }).click();
    const file = await download;
    const path = await file.path();
    return { filename: file.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /** Removes everything `npm run demo` seeded (the one-click removal the demo promises). */
  async clearDemoData(): Promise<void> {
    await this.page.getByRole('button', { name: /删除演示数据|Remove demo data/i }).click();
  }
}
