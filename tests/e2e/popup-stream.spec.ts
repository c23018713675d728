import { test, expect } from './fixtures';
import { PopupPage } from '../harness/pages/popup';
import { CONSOLE_URLS } from '../fixtures/consoles';
import { CHANNELS_DEFAULT, JD_DEFAULT } from '../fixtures/sim/values';
import {
  ALIBABA,
  CHANNELS,
  JD,
  POLL_MS,
  STORED_TIMEOUT,
  beijingToday,
  durationLeftTexts,
  hm,
  jdEnrolledAllMonth,
  jdStartToday,
  moneyLeft,
  openConsole,
  saveAccountSettings,
  wanLeft,
} from './support/stream';

/**
 * Use 1 of the design card: a seller glances at the popup mid-stream. Each platform's console
 * is open on its fixture; the popup must say exactly what remains, in the seller's words.
 */

const OPEN = ['on_track', 'behind', 'unreachable_today'];
/** The card's one freshness line: seconds-old page data (network or rendered DOM). */
const PAGE_FRESH = /^数据 (刚刚|1 分钟前) · 页面(数据|显示)$/;

test('JD mid-stream: daily GMV, DAU and duration remaining, freshness, live first', async ({
  context,
  serve,
  openPopup,
  saveScreenshot,
  pageErrors,
}) => {
  const startedAt = jdStartToday();
  await serve({ pollMs: POLL_MS, jd: { startedAt } });
  const settingsPage = await openPopup();
  await saveAccountSettings(settingsPage, JD, jdEnrolledAllMonth());
  await openConsole(context, CONSOLE_URLS.jdBigScreen);

  const before = Date.now();
  const popup = new PopupPage(await openPopup());
  await popup.ready();
  const card = popup.account('jd', JD.accountId);
  const gmv = popup.item(card, 'daily-3-gmv').and(popup.page.locator('[data-pack="jd-growth"]'));
  // ¥15,000 − ¥12,345.67 = ¥2,654.33, rounded up so "还差" never understates.
  await expect(popup.remaining(gmv)).toHaveText(moneyLeft(1_500_000, JD_DEFAULT.gmvFen), {
    timeout: STORED_TIMEOUT,
  });
  expect(moneyLeft(1_500_000, JD_DEFAULT.gmvFen)).toBe('还差 ¥2,655');
  expect(OPEN).toContain(await gmv.getAttribute('data-status'));
  await expect(gmv.getByTestId('progress-text')).toHaveText('¥1.23万 / ¥1.5万');

  // DAU 15,230 ≥ 1,000: achieved, so no "还差" line at all.
  const dau = popup.item(card, 'daily-2-dau').and(popup.page.locator('[data-pack="jd-growth"]'));
  await expect(dau).toHaveAttribute('data-status', 'done');
  await expect(popup.remaining(dau)).toHaveCount(0);

  // 4 h − (now − start): whole minutes, read somewhere between page open and now.
  const dur = popup
    .item(card, 'daily-1-duration')
    .and(popup.page.locator('[data-pack="jd-growth"]'));
  const shown = (await popup.remaining(dur).textContent()) ?? '';
  expect(durationLeftTexts(240, startedAt, before - 15_000, Date.now())).toContain(shown);
  if (beijingToday().sinceMs > 3 * 3_600_000) expect(shown).toMatch(/^还差 1小时(29|30)分$/);

  // Monthly GMV with enrolment on the 1st: only today's ¥12,345.67 counts so far.
  const month = popup.item(card, 'monthly-3-gmv');
  if ((await month.getAttribute('data-status')) !== 'not_applicable') {
    await expect(popup.remaining(month)).toHaveText(wanLeft(45_000_000, JD_DEFAULT.gmvFen));
  }

  await expect(card.getByTestId('freshness')).toHaveText(PAGE_FRESH);
  await expect(card.locator('.live.on')).toHaveText('● 直播中');
  // The live account's platform comes first.
  await expect(popup.page.locator('[data-testid="account"]').first()).toHaveAttribute(
    'data-platform',
    'jd',
  );
  await saveScreenshot(popup.page, 'popup-jd-mid-stream');
  expect(pageErrors).toEqual([]);
});

test('Channels mid-stream: the benchmark session shows hours and GMV remaining', async ({
  context,
  serve,
  openPopup,
  saveScreenshot,
  pageErrors,
}) => {
  await serve({ pollMs: POLL_MS });
  const settingsPage = await openPopup();
  await saveAccountSettings(settingsPage, CHANNELS, {
    channelsBenchmark: [{ day: beijingToday().day, gmvTargetFen: 5_000_000 }],
  });
  await openConsole(context, CONSOLE_URLS.channelsLive);

  const popup = new PopupPage(await openPopup());
  await popup.ready();
  const card = popup.account('channels', CHANNELS.accountId);
  const gmv = popup.item(card, 'benchmark-gmv');
  // ¥50,000 − ¥23,456 = ¥26,544 → "¥2.66万" (万 with two decimals, rounded up).
  await expect(popup.remaining(gmv)).toHaveText(wanLeft(5_000_000, CHANNELS_DEFAULT.gmvFen), {
    timeout: STORED_TIMEOUT,
  });
  expect(wanLeft(5_000_000, CHANNELS_DEFAULT.gmvFen)).toBe('还差 ¥2.66万');
  expect(OPEN).toContain(await gmv.getAttribute('data-status'));
  await expect(gmv.getByTestId('progress-text')).toHaveText('¥2.34万 / ¥5万');

  // The console reports 15,150 s (4小时12分30秒): 5 h − 252.5 min = 47.5 → "48分钟".
  const dur = popup.item(card, 'benchmark-duration');
  await expect(popup.remaining(dur)).toHaveText(
    `还差 ${hm(Math.ceil(300 - CHANNELS_DEFAULT.durationSec / 60))}`,
  );
  await expect(dur.getByTestId('progress-text')).toHaveText('4小时12分 / 5小时');
  await expect(card.getByTestId('freshness')).toHaveText(PAGE_FRESH);
  await expect(card.locator('.live.on')).toHaveText('● 直播中');
  await saveScreenshot(popup.page, 'popup-channels-mid-stream');
  expect(pageErrors).toEqual([]);
});

test('1688 workbench: the level card shows the 30-day figures once a category is set', async ({
  context,
  serve,
  openPopup,
  saveScreenshot,
  pageErrors,
}) => {
  await serve({ pollMs: POLL_MS });
  await openConsole(context, CONSOLE_URLS.alibabaWorkbench);
  const popup = new PopupPage(await openPopup());
  await popup.ready();
  const card = popup.account('alibaba', ALIBABA.accountId);
  // Without a category there is no threshold: one call to action, the window figures only.
  await expect(card.getByTestId('level-window')).toContainText('12 场 · 56 买家', {
    timeout: STORED_TIMEOUT,
  });
  await expect(card.getByTestId('level').getByTestId('setting-cta')).toContainText('选择类目');

  await saveAccountSettings(popup.page, ALIBABA, { alibabaCategory: 'consumer' });
  await popup.page.reload();
  await popup.ready();
  const level = card.getByTestId('level');
  await expect(level).toContainText('消费品');
  await expect(card.getByTestId('level-window')).toContainText('12 场 · 56 买家');
  // 荣耀主播 (consumer) needs 15 sessions and 300 buyers in 30 days: 3 and 244 to go.
  await expect(level.locator('[data-testid="requirement"]', { hasText: '场次' })).toContainText(
    '12 / 15',
  );
  await expect(level.locator('[data-testid="requirement"]', { hasText: '场次' })).toContainText(
    '还差 3 场',
  );
  await expect(level.locator('[data-testid="requirement"]', { hasText: '买家' })).toContainText(
    '还差 244 人',
  );
  await expect(card).toContainText('义乌市星禾日用品有限公司');
  await saveScreenshot(popup.page, 'popup-1688-workbench');
  expect(pageErrors).toEqual([]);
});
