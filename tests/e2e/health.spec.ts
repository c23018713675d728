import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PopupPage } from '../harness/pages/popup';
import { CONSOLE_URLS, type ConsoleSim } from '../fixtures/consoles';
import {
  ALIBABA,
  CHANNELS,
  JD,
  POLL_MS,
  STORED_TIMEOUT,
  jdStartToday,
  moneyLeft,
  openConsole,
  rpc,
  type AccountRef,
} from './support/stream';

/**
 * A console that changed its layout: the popup names what could not be read, in Chinese, and
 * nothing unreadable is stored as 0 (the item stays unknown). When the layout is back, so are
 * the numbers.
 */

interface Stored {
  days: { metrics: Record<string, { value: number }> }[];
  sessions: { metrics: Record<string, { value: number }> }[];
}

/** Every stored value of `metric` for an account, across its days and sessions. */
async function storedValues(page: Page, account: AccountRef, metric: string): Promise<number[]> {
  const h = (await rpc(page, 'historyOf', { account })) as Stored;
  return [...h.days, ...h.sessions].flatMap((r) => {
    const v = r.metrics[metric];
    return v ? [v.value] : [];
  });
}

async function healthLines(popup: PopupPage): Promise<string[]> {
  return popup.page.getByTestId('health').locator('li').allInnerTexts();
}

test('JD bigScreen layout changed: 成交金额 named as missing, GMV unknown (not ¥0), then recovers', async ({
  context,
  serve,
  openPopup,
  saveScreenshot,
}) => {
  const sim: ConsoleSim = await serve({ pollMs: POLL_MS, jd: { startedAt: jdStartToday() } });
  sim.jd.set({ variant: 'changed' });
  const page = await openConsole(context, CONSOLE_URLS.jdBigScreen);
  const popup = new PopupPage(await openPopup());
  await expect
    .poll(() => healthLines(popup), { timeout: STORED_TIMEOUT })
    .toEqual(['⚠ 京东大屏读取失败：在线人数、访问人数、成交人数、成交金额未找到']);
  // The account is known (from the header) and live, but its GMV and DAU are not.
  const card = popup.account('jd', JD.accountId);
  const gmv = popup.item(card, 'daily-3-gmv').and(popup.page.locator('[data-pack="jd-growth"]'));
  await expect(gmv).toHaveAttribute('data-status', 'unread');
  await expect(gmv.getByTestId('progress-text')).toHaveText('未读到 / ¥1.5万');
  await expect(popup.remaining(gmv)).toHaveCount(0);
  await expect(card).not.toContainText('¥0');
  expect(await storedValues(popup.page, JD, 'gmvFen')).toEqual([]);
  expect(await storedValues(popup.page, JD, 'dau')).toEqual([]);
  await saveScreenshot(popup.page, 'popup-jd-layout-changed');

  sim.jd.set({ variant: 'default' });
  await page.reload();
  await expect(popup.remaining(gmv)).toHaveText(moneyLeft(1_500_000, sim.jd.get().gmvFen), {
    timeout: STORED_TIMEOUT,
  });
  await expect.poll(() => healthLines(popup), { timeout: STORED_TIMEOUT }).toEqual([]);
});

test('Channels liveBuild layout changed: missing metrics named, nothing stored as 0', async ({
  context,
  serve,
  openPopup,
}) => {
  await serve({ pollMs: POLL_MS });
  await openConsole(context, CONSOLE_URLS.channelsLiveChanged);
  const popup = new PopupPage(await openPopup());
  await expect
    .poll(() => healthLines(popup), { timeout: STORED_TIMEOUT })
    .toEqual(['⚠ 视频号直播控制台读取失败：在线人数、观看人数、直播时长、成交金额未找到']);
  for (const metric of ['gmvFen', 'dau', 'durationSec', 'online']) {
    expect(await storedValues(popup.page, CHANNELS, metric), metric).toEqual([]);
  }
});

test('1688 workbench layout changed: shop facts named in Chinese, level unknown', async ({
  context,
  serve,
  openPopup,
}) => {
  await serve({ pollMs: POLL_MS });
  await openConsole(context, CONSOLE_URLS.alibabaWorkbenchChanged);
  const popup = new PopupPage(await openPopup());
  await expect
    .poll(() => healthLines(popup), { timeout: STORED_TIMEOUT })
    .toEqual(['⚠ 1688 工作台读取失败：交易勋章、BSR货描、BSR发货、粉丝数未找到']);
  const s = (await rpc(popup.page, 'getSettings', {})) as {
    accountSettings: Record<string, { shop?: Record<string, unknown> }>;
  };
  const shop = s.accountSettings[`${ALIBABA.platform}:${ALIBABA.accountId}`]?.shop ?? {};
  for (const fact of ['medal', 'bsrDesc', 'bsrShip', 'fans'])
    expect(shop[fact], fact).toBeUndefined();
});
