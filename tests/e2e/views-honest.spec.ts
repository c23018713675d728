import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PopupPage } from '../harness/pages/popup';
import { CONSOLE_URLS } from '../fixtures/consoles';
import {
  CHANNELS,
  POLL_MS,
  STORED_TIMEOUT,
  badgeRow,
  badgeStrip,
  beijingToday,
  jdStartToday,
  openConsole,
  saveAccountSettings,
  toolbarBadgeText,
} from './support/stream';
import type { Platform } from '../../src/history/model';

/**
 * Issue 15: on each console's layout-changed variant, the figures the page could not read are
 * named as 未读到 in the badge and the popup, never with an ETA or an on-track status, and the
 * toolbar badge shows no figure derived from them.
 */

/** The badge row of an unread figure: 未读到 in the figure column, no ETA. */
async function expectUnreadRow(page: Page, platform: Platform, itemId: string): Promise<void> {
  // One row per pack that has the item (JD growth and North Star both have a daily DAU).
  const rows = badgeRow(page, platform, itemId);
  await expect(rows.first()).toHaveAttribute('data-status', 'unread', { timeout: STORED_TIMEOUT });
  for (const row of await rows.all()) {
    await expect(row).toHaveAttribute('data-status', 'unread');
    await expect(row.getByTestId('badge-remaining')).toHaveText('未读到');
    await expect(row.locator('.eta')).toHaveText('');
  }
}

/** The popup row of an unread figure: 未读到, with what to do, no ETA, no 进度正常. */
async function expectUnreadItem(popup: PopupPage, platform: Platform, itemId: string) {
  const item = popup.page.locator(
    `[data-testid=account][data-platform=${platform}] [data-testid=item][data-item="${itemId}"]`,
  );
  await expect(item.first()).toHaveAttribute('data-status', 'unread', { timeout: STORED_TIMEOUT });
  await expect(item.first().getByTestId('status')).toHaveText('? 未读到');
  await expect(item.first().getByTestId('progress-text')).toContainText('未读到 /');
  await expect(item.first().getByTestId('unread-hint')).toContainText('手动录入');
  await expect(item.first()).not.toContainText('按当前速度');
  await expect(item.first()).not.toContainText('进度正常');
}

async function shots(
  page: Page,
  popup: PopupPage,
  name: string,
  save: (p: Page, n: string) => Promise<string>,
) {
  await save(page, `${name}-badge-expanded`);
  const toggle = badgeStrip(page, name.split('-')[0] as Platform).locator('button[aria-expanded]');
  await toggle.click();
  await save(page, `${name}-badge-collapsed`);
  await toggle.click();
  await popup.page.reload();
  await popup.ready();
  await save(popup.page, `${name}-popup`);
}

test('JD bigScreen layout changed: GMV and 访问人数 are 未读到 in badge, popup and toolbar', async ({
  context,
  serve,
  openPopup,
  saveScreenshot,
  worker,
}) => {
  const sim = await serve({ pollMs: POLL_MS, jd: { startedAt: jdStartToday() } });
  sim.jd.set({ variant: 'changed' });
  const page = await openConsole(context, CONSOLE_URLS.jdBigScreenChanged);
  for (const id of ['daily-2-dau', 'daily-3-gmv']) await expectUnreadRow(page, 'jd', id);
  await expect(badgeStrip(page, 'jd').getByTestId('badge-unread')).toHaveText(
    '没读到：在线人数、访问人数、成交人数、成交金额',
  );
  // The column heads say what the figures are.
  await expect(badgeStrip(page, 'jd').locator('.th')).toContainText(['还差预计达成']);
  const popup = new PopupPage(await openPopup());
  await popup.ready();
  for (const id of ['daily-2-dau', 'daily-3-gmv']) await expectUnreadItem(popup, 'jd', id);
  await expect(popup.page.getByTestId('urgent')).toHaveText(/^最紧急.*未读到/);
  expect(['', '?']).toContain(await toolbarBadgeText(await worker()));
  await shots(page, popup, 'jd-changed', saveScreenshot);
});

test('Channels liveBuild layout changed: benchmark GMV and duration are 未读到', async ({
  context,
  serve,
  openPopup,
  saveScreenshot,
  worker,
}) => {
  await serve({ pollMs: POLL_MS });
  const setup = await openPopup();
  const { day } = beijingToday();
  await saveAccountSettings(setup, CHANNELS, {
    channelsBenchmark: [{ day, gmvTargetFen: 3_000_000 }],
  });
  const page = await openConsole(context, CONSOLE_URLS.channelsLiveChanged);
  for (const id of ['benchmark-duration', 'benchmark-gmv'])
    await expectUnreadRow(page, 'channels', id);
  const popup = new PopupPage(await openPopup());
  await popup.ready();
  for (const id of ['benchmark-duration', 'benchmark-gmv'])
    await expectUnreadItem(popup, 'channels', id);
  expect(['', '?']).toContain(await toolbarBadgeText(await worker()));
  await shots(page, popup, 'channels-changed', saveScreenshot);
});

test('1688 workbench layout changed: shop facts named, no green "all done", no 落后进度', async ({
  context,
  serve,
  openPopup,
  saveScreenshot,
}) => {
  await serve({ pollMs: POLL_MS });
  const page = await openConsole(context, CONSOLE_URLS.alibabaWorkbenchChanged);
  const strip = badgeStrip(page, 'alibaba');
  await expect(strip.getByTestId('badge-unread')).toContainText('交易勋章', {
    timeout: STORED_TIMEOUT,
  });
  await expect(strip).not.toContainText('今日任务已全部达成');
  const popup = new PopupPage(await openPopup());
  await popup.ready();
  await expect(popup.page.locator('[data-testid=status]', { hasText: '落后进度' })).toHaveCount(0);
  await expect(strip.locator('.dn')).toHaveCount(0);
  await shots(page, popup, 'alibaba-changed', saveScreenshot);
});
