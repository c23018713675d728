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

  /** Rendered text inside the shadow root, without the injected stylesheet. */
  async text(): Promise<string> {
    return this.host.evaluate((el) => {
      const root = el.shadowRoot ?? el;
      const parts = [...root.querySelectorAll('*')]
        .filter((n): n is HTMLElement => n instanceof HTMLElement && n.parentNode === root)
        .flatMap((n) => [...n.querySelectorAll<HTMLElement>(':scope > *'), n])
        .filter((n) => n.parentNode === root && !['STYLE', 'LINK', 'SCRIPT'].includes(n.tagName))
        .map((n) => n.innerText);
      return parts.join('\n').trim();
    });
  }
}
