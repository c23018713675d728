import type { Locator, Page } from '@playwright/test';
import type { Platform } from '../../../src/history/model';

/**
 * The toolbar popup. Thin on purpose: locators go through the `data-testid` / `data-*` hooks
 * and accessible names the UI promises to keep, so restyling does not break the suite.
 */
export class PopupPage {
  constructor(readonly page: Page) {}

  /**
   * Resolves once the popup has rendered the fresh evaluation (or its empty state): not while
   * it still shows the last view it painted at once, marked stale ('…的数据，正在更新…').
   */
  async ready(): Promise<void> {
    await this.page.waitForFunction(() => {
      const main = document.querySelector('main');
      if (main === null || /读取中|Loading…/.test(main.textContent ?? '')) return false;
      return document.querySelector('[data-testid="updated"][data-stale="true"]') === null;
    });
  }

  /** The whole rendered text, for asserting the figures a seller would read. */
  async text(): Promise<string> {
    return this.page.locator('body').innerText();
  }

  /** All account cards of one platform. */
  accounts(platform: Platform): Locator {
    return this.page.locator(`[data-testid="account"][data-platform="${platform}"]`);
  }

  account(platform: Platform, accountId: string): Locator {
    return this.accounts(platform).and(this.page.locator(`[data-account="${accountId}"]`));
  }

  /** One task item row of an account card, by the rule pack's item id. */
  item(card: Locator, itemId: string): Locator {
    return card.locator(`[data-testid="item"][data-item="${itemId}"]`);
  }

  /** What remains of an item, as the seller reads it (e.g. "还差 1 小时 30 分"). */
  remaining(item: Locator): Locator {
    return item.getByTestId('remaining');
  }

  /** The 未确认账号 banner of the provisional account whose page showed `shown` (e.g. a shop name). */
  provisionalBanner(shown: string): Locator {
    return this.page.getByTestId('provisional-banner').filter({ hasText: shown });
  }

  /** Confirms a provisional account as `target` (an account id, or 'new') from its banner. */
  async confirmProvisional(shown: string, target: string): Promise<void> {
    const banner = this.provisionalBanner(shown);
    await banner.waitFor();
    await banner.getByTestId('provisional-target').selectOption(target);
    await banner.getByTestId('provisional-confirm').click();
  }
}
