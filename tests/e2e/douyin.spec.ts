import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PopupPage } from '../harness/pages/popup';
import { DOUYIN_URLS } from '../fixtures/douyin/router';
import { DOUYIN_DEFAULT, DOUYIN_ERRORS } from '../fixtures/douyin/values';
import { historyOf, rpcPage, sessionById, values, waitForStored } from './support/history';
import {
  POLL_MS,
  STORED_TIMEOUT,
  badgeRow,
  badgeStrip,
  changeAndPoll,
  openConsole,
  saveAccountSettings,
  type AccountRef,
} from './support/stream';

/**
 * Douyin end to end (issue 10): each Douyin page's figures land in history in their units
 * (GMV in fen from a `price` value, viewers from `watch_ucnt`, duration from the timestamps),
 * the badge shows the seller's targets and follows the page, the popup shows remaining and ETA,
 * and an error envelope is unreadable with its message, never ¥0. Expected numbers are written
 * from tests/fixtures/douyin/values.ts.
 */
const DY: AccountRef = { platform: 'douyin', accountId: DOUYIN_DEFAULT.douyinId };
const ROOM = DOUYIN_DEFAULT.roomId;
const ELAPSED_S = 4865; // 1小时21分5秒
const KEYS = ['durationSec', 'dau', 'gmvFen', 'buyers', 'clubLive', 'clubShop', 'newFans'];

const TARGETS = {
  douyinTargets: [
    {
      id: 'club',
      label: '每场新加直播团',
      metric: 'clubLive' as const,
      threshold: 100,
      period: 'session' as const,
      reward: '流量券',
    },
    {
      id: 'gmv',
      label: '每场成交',
      metric: 'gmvFen' as const,
      threshold: 5_000_000,
      period: 'session' as const,
      reward: '',
    },
  ],
  // Seller-entered levels (no official numbers exist): level 3 caps e-commerce intimacy at 100.
  douyinLevels: {
    club: 'live' as const,
    levels: [
      { level: 1, intimacy: 0 },
      { level: 3, intimacy: 600, dailyEcommerceCap: 100 },
    ],
  },
};

/** A live that started ELAPSED_S ago by the 罗盘 server's own (fixed) clock. */
function liveNow() {
  const startTs = Math.floor(Date.now() / 1000) - ELAPSED_S;
  return { douyin: { startTs }, douyinClock: () => (startTs + ELAPSED_S) * 1000 };
}

const storedSession = (rpc: Page, id: string, expected: Record<string, number | undefined>) =>
  waitForStored(
    rpc,
    DY,
    (h) => {
      const s = sessionById(h, id);
      return s ? values(s.metrics, Object.keys(expected)) : null;
    },
    expected,
    STORED_TIMEOUT,
  );

test('罗盘 专业版: figures in their units, badge follows the page, popup remaining and ETA', async ({
  context,
  extensionId,
  serve,
  openPopup,
  pageErrors,
}) => {
  const sim = await serve({ pollMs: POLL_MS, ...liveNow() });
  const rpc = await rpcPage(context, extensionId);
  await saveAccountSettings(rpc, DY, TARGETS);
  const page = await openConsole(context, DOUYIN_URLS.screenPro);

  // pay_amt {unit price, value 4567890} is fen already; watch_ucnt, never online_user_cnt (880).
  const h = await storedSession(rpc, ROOM, {
    durationSec: ELAPSED_S,
    dau: 12_345,
    gmvFen: 4_567_890,
    buyers: 321,
    clubLive: 56,
    clubShop: 23,
    newFans: 410,
  });
  expect(sessionById(h, ROOM)?.metrics.gmvFen?.source).toBe('network');
  expect(h.sessions.some((s) => Object.values(s.metrics).some((v) => v?.value === 880))).toBe(
    false,
  );

  // The badge names the club and follows the page: 100 − 56, then 100 − 70.
  const club = badgeRow(page, 'douyin', 'growth-club');
  await expect(club).toContainText('直播团 · 每场新加直播团', { timeout: STORED_TIMEOUT });
  await expect(club.getByTestId('badge-remaining')).toHaveText('还差 44 人');
  await changeAndPoll(sim, 'core_data', () => sim.douyin.set({ clubLive: 70 }));
  await expect(club.getByTestId('badge-remaining')).toHaveText('还差 30 人', {
    timeout: STORED_TIMEOUT,
  });
  await expect(badgeStrip(page, 'douyin')).toBeVisible();

  // Popup: ¥50,000 − ¥45,678.90 = ¥4,321.10 left (rounded up), on pace with an ETA.
  const popup = new PopupPage(await openPopup());
  const card = popup.account('douyin', DY.accountId);
  const gmv = popup.item(card, 'growth-gmv');
  await expect(popup.remaining(gmv)).toHaveText('还差 ¥4,322', { timeout: STORED_TIMEOUT });
  await expect(gmv.getByTestId('eta')).toContainText(/按当前速度 .*\d{2}:\d{2} 达成/);
  await expect(popup.item(card, 'growth-club')).toContainText('直播团');
  await card.getByTestId('douyin-calc-line').locator('summary').click();
  await expect(card.getByTestId('douyin-calc-result')).toHaveText(
    '看满 30 分钟并买 ¥88 → 300 + 176 = 476 亲密度',
  );
  // The seller's entered cap applies in the popup too, as in Options: ¥88 → 176, capped at 100.
  await card.getByLabel('观众当前等级（用于商家录入的上限）').fill('3');
  await expect(card.getByTestId('douyin-calc-result')).toHaveText(
    '看满 30 分钟并买 ¥88 → 300 + 100 = 400 亲密度（已按商家录入的每日电商上限 100 计）',
  );
  expect(pageErrors).toEqual([]);
});

test('基础版 screen, 百应 live control and the live list: each lands in history', async ({
  context,
  extensionId,
  serve,
}) => {
  const sim = await serve({ pollMs: POLL_MS, ...liveNow() });
  sim.douyin.set({ gmvFen: 1_234_500, dau: 2_222, buyers: 45, clubLive: 7 });
  const rpc = await rpcPage(context, extensionId);

  // 基础版: `gmv` is an integer in fen, 累计观看 is online_user_ucnt.
  const basic = await openConsole(context, DOUYIN_URLS.screenBasic);
  await storedSession(rpc, ROOM, {
    durationSec: ELAPSED_S,
    dau: 2_222,
    gmvFen: 1_234_500,
    buyers: 45,
    clubLive: 7,
  });
  await basic.close();

  // 直播中控台 (read by label, no metrics API): the figures it shows, on the same live.
  sim.douyin.set({ gmvFen: 1_300_000, dau: 2_500, buyers: 50 });
  const control = await openConsole(context, DOUYIN_URLS.control);
  await storedSession(rpc, ROOM, { dau: 2_500, gmvFen: 1_300_000, buyers: 50 });
  await expect(badgeStrip(control, 'douyin')).toBeVisible();
  await control.close();

  // The live list's display strings: "¥45,678.90" → fen, "12,345", "1小时21分5秒" → seconds;
  // a "--" cell is unread, not 0.
  await openConsole(context, DOUYIN_URLS.liveList);
  await storedSession(rpc, '7480000000000000001', {
    durationSec: ELAPSED_S,
    dau: 12_345,
    gmvFen: 4_567_890,
    buyers: 1_024,
    clubLive: 88,
    clubShop: 31,
  });
  const h = await historyOf(rpc, DY);
  const second = sessionById(h, '7480000000000000002');
  expect(values(second!.metrics, ['durationSec', 'gmvFen', 'clubLive', 'clubShop'])).toEqual({
    durationSec: 7_200,
    gmvFen: 987_600,
    clubLive: undefined,
    clubShop: 12,
  });
});

test('an error envelope is unreadable with its message, never ¥0', async ({
  context,
  extensionId,
  serve,
  openPopup,
}) => {
  await serve({ pollMs: POLL_MS, ...liveNow() });
  const rpc = await rpcPage(context, extensionId);
  await saveAccountSettings(rpc, DY, TARGETS);
  const e = DOUYIN_ERRORS.viewMismatch;
  await openConsole(context, `${DOUYIN_URLS.screenPro}&lpError=${e.st}`);

  const popup = new PopupPage(await openPopup());
  await expect(popup.page.getByTestId('health')).toContainText(`${e.st} ${e.msg}`, {
    timeout: STORED_TIMEOUT,
  });
  const card = popup.account('douyin', DY.accountId);
  const gmv = popup.item(card, 'growth-gmv');
  await expect(gmv).toHaveAttribute('data-status', /unread|unknown/);
  await expect(popup.remaining(gmv)).toHaveCount(0);
  await expect(card).not.toContainText('¥0');
  const h = await historyOf(rpc, DY);
  const stored = [...h.sessions, ...h.days].flatMap((r) => KEYS.map((k) => r.metrics[k as 'dau']));
  expect(stored.filter((v) => v !== undefined)).toEqual([]);
});
