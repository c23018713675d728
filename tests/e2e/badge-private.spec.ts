import { test, expect } from './fixtures';
import { CONSOLE_URLS } from '../fixtures/consoles';
import { OPEN_SHADOW_KEY } from '../../src/ui/badge/test-hooks';

/**
 * The product badge's shadow root is closed: a console page cannot read the seller's targets
 * and progress through it. (The rest of the suite opens it through the extension's storage.)
 */
test('the badge is drawn on the console, and the page cannot read into it', async ({
  context,
  worker,
  serve,
}) => {
  await (await worker()).evaluate((key) => chrome.storage.local.remove(key), OPEN_SHADOW_KEY);
  await serve();
  const page = await context.newPage();
  await page.goto(CONSOLE_URLS.jdBigScreen);
  const host = page.locator('[data-livepace-badge="jd"]');
  await expect(host).toBeAttached();
  // What a page script can see of it: the host element, no shadow root, none of its text.
  const seen = await page.evaluate(() => {
    const el = document.querySelector('[data-livepace-badge="jd"]')!;
    const box = el.getBoundingClientRect();
    return {
      shadowRoot: el.shadowRoot === null,
      text: el.textContent,
      inBody: document.body.innerText.includes('开播进度'),
      box: box.width + box.height,
    };
  });
  expect(seen).toEqual({ shadowRoot: true, text: '', inBody: false, box: 0 });
  // It is drawn: somewhere on the page a point hits the host (events retarget to it).
  await expect
    .poll(() =>
      page.evaluate(() => {
        const el = document.querySelector('[data-livepace-badge="jd"]');
        for (let x = 5; x < innerWidth; x += 20)
          for (let y = 5; y < innerHeight; y += 20)
            if (document.elementFromPoint(x, y) === el) return true;
        return false;
      }),
    )
    .toBe(true);
});
