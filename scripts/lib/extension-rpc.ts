/// <reference types="chrome" />
import type { BrowserContext, Page } from '@playwright/test';

/**
 * Talks to the extension's background the way the options page does: a runtime message from
 * an extension page. Used by the demo (seeding history) and the bench (export/import timing).
 */
export async function extensionPage(
  context: BrowserContext,
  extensionId: string,
  path = 'options.html',
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

export async function sendToBackground(
  page: Page,
  type: string,
  payload: unknown,
): Promise<unknown> {
  const reply: unknown = await page.evaluate(
    ([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }),
    [type, payload] as const,
  );
  if (reply && typeof reply === 'object' && 'error' in reply) {
    throw new Error(`${type}: ${String(reply.error)}`);
  }
  return reply;
}
