import type { Locator, Page } from '@playwright/test';
import type { Platform } from '../../../src/history/model';

/**
 * The in-page badge LivePace mounts on a console page. The UI marks its shadow host with
 * `data-livepace-badge="<platform>"`; its content lives in a shadow root.
 */
export class Badge {
  readonly host: Locator;

  constructor(
    readonly page: Page,
    readonly platform: Platform,
  ) {
    this.host = page.locator(`[data-livepace-badge="${platform}"]`);
  }

  /** Rendered text inside the shadow root (open or closed: read through the host's shadow). */
  async text(): Promise<string> {
    return this.host.evaluate((el) => {
      const root = el.shadowRoot;
      const node = root ?? el;
      return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
  }
}
