import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

/** The options page: settings, manual entry, history chart, export/import. */
export class OptionsPage {
  constructor(readonly page: Page) {}

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
