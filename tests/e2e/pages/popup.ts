import type { Locator, Page } from '@playwright/test';
import type { Platform } from '../../../src/history/model';
import { PLATFORM_NAME } from './platforms';

/**
 * The toolbar popup. Thin on purpose: locators go through roles, accessible names and
 * `data-*` hooks the UI promises to keep, so restyling does not break the suite.
 */
export class PopupPage {
  constructor(readonly page: Page) {}

  /** The whole rendered text, for asserting the figures a seller would read. */
  async text(): Promise<string> {
    return this.page.locator('body').innerText();
  }

  /** One account's card (region named after the platform and account). */
  account(platform: Platform, name?: string | RegExp): Locator {
    const region = this.page.getByRole('region', { name: PLATFORM_NAME[platform] });
    return name === undefined ? region : region.filter({ hasText: name });
  }

  /** One task item row inside an account card, found by its label (e.g. 有效开播时长). */
  item(platform: Platform, label: string | RegExp): Locator {
    return this.account(platform).getByRole('listitem').filter({ hasText: label });
  }
}
