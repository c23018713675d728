import type { Locator, Page } from '@playwright/test';
import type { Platform } from '../../../src/history/model';

/**
 * The in-page badge LivePace mounts on a console page. The UI marks its shadow host with
 * `data-livepace-badge="<platform>"`; its content lives in a shadow root.
 */
export class Badge {
  /**
   * The shadow host. It has no box of its own (the badge inside is position: fixed), so
   * Playwright calls it hidden: wait for it with `state: 'attached'` / `toBeAttached()`.
   */
  readonly host: Locator;

  constructor(
    readonly page: Page,
    readonly platform: Platform,
  ) {
    this.host = page.locator(`[data-livepace-badge="${platform}"]`);
  }

  /**
   * Rendered text inside the shadow root. innerText skips what is not rendered, so the
   * stylesheet WXT injects into the shadow <head> stays out.
   */
  async text(): Promise<string> {
    return this.host.evaluate((el) => {
      const root = el.shadowRoot ?? el;
      return [...root.children]
        .filter((n): n is HTMLElement => n instanceof HTMLElement && n.tagName !== 'STYLE')
        .map((n) => n.innerText)
        .join('\n')
        .trim();
    });
  }
}
