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
  hm,
  jdEnrolledAllMonth,
  moneyLeft,
  openConsole,
  saveAccountSettings,
  wanLeft,
} from './support/stream';
import { jdCycleOf } from './support/history';
import { freshnessLine, paceStatus, shownEvaluation } from './support/popup-instant';
import { dayStart } from '../../src/time/calendar';

/**
 * Use 1 of the design card: a seller glances at the popup mid-stream. Each platform's console
 * is open on its fixture; the popup must say exactly what remains, in the seller's words.
 */

const OPEN = ['on_track', 'behind', 'unreachable_today'];

test('JD mid-stream: daily GMV, DAU and duration remaining, freshness, live first', async ({
  context,
  serve,
  openPopup,
  saveScreenshot,
  pageErrors,
}) => {
  const pageNow = Date.now();
  const { day, sinceMs } = beijingToday(pageNow);
  // Whole minutes since the live started: 2 h 30 m, or fewer just after Beijing midnight, so
  // the live never crosses it.
  const elapsedMin = Math.min(150, Math.max(1, Math.floor(sinceMs / 60_000) - 1));
  const startedAt = pageNow - elapsedMin * 60_000;
  await serve({ pollMs: POLL_MS, jd: { startedAt } });
  const settingsPage = await openPopup();
  await saveAccountSettings(settingsPage, JD, jdEnrolledAllMonth());
  // The console's clock stands still at pageNow, so its 已播 reads elapsedMin whole minutes
  // (the first paint, made by the fixture server a moment later, may add seconds, never a
  // minute), whatever the real time while the test runs.
  const consolePage = await context.newPage();
  await consolePage.clock.setFixedTime(pageNow);
  await consolePage.goto(CONSOLE_URLS.jdBigScreen);

  const popup = new PopupPage(await openPopup());
  await popup.ready();
  const card = popup.account('jd', JD.accountId);
  const growth = (id: string) =>
    popup.item(card, id).and(popup.page.locator('[data-pack="jd-growth"]'));
  const gmv = growth('daily-3-gmv');
  const dau = growth('daily-2-dau');
  const dur = growth('daily-1-duration');
  const month = popup.item(card, 'monthly-3-gmv');

  // DOMAIN.md §1: only days up to the cycle's data cutoff count; after it (the last days of a
  // month) neither the daily nor the monthly items of the cycle are open.
  if (day > jdCycleOf(day).dataCutoff) {
    for (const item of [gmv, dau, dur, month]) {
      await expect(item).toHaveAttribute('data-status', 'not_applicable', {
        timeout: STORED_TIMEOUT,
      });
      await expect(popup.remaining(item)).toHaveCount(0);
    }
    return;
  }

  // ¥15,000 − ¥12,345.67 = ¥2,654.33, rounded up so "还差" never understates.
  await expect(popup.remaining(gmv)).toHaveText(moneyLeft(1_500_000, JD_DEFAULT.gmvFen), {
    timeout: STORED_TIMEOUT,
  });
  expect(moneyLeft(1_500_000, JD_DEFAULT.gmvFen)).toBe('还差 ¥2,655');
  await expect(gmv.getByTestId('progress-text')).toHaveText('¥1.23万 / ¥1.5万');

  // DAU 15,230 ≥ 1,000: achieved, so no "还差" line at all.
  await expect(dau).toHaveAttribute('data-status', 'done');
  await expect(popup.remaining(dau)).toHaveCount(0);

  // 4 h − the page's frozen 已播 (elapsedMin): one text, e.g. 240 − 150 → "还差 1小时30分".
  await expect(popup.remaining(dur)).toHaveText(`还差 ${hm(240 - elapsedMin)}`);
  if (elapsedMin === 150) expect(hm(240 - elapsedMin)).toBe('1小时30分');

  // Monthly GMV with enrolment on the 1st and no earlier history: today's ¥12,345.67 only.
  await expect(popup.remaining(month)).toHaveText(wanLeft(45_000_000, JD_DEFAULT.gmvFen));

  // The freshness line and the GMV pace, from the instants of the evaluation on screen (read
  // again until the popup shows the evaluation the background hands out).
  const midnightMs = dayStart(day).getTime() + 86_400_000;
  await expect(async () => {
    const { nowMs, items } = await shownEvaluation(popup.page, JD);
    const shown = await card.getByTestId('freshness').textContent();
    const status = await gmv.getAttribute('data-status');
    const gmvItem = items.find((i) => i.packId === 'jd-growth' && i.itemId === 'daily-3-gmv');
    const readAtMs = Date.parse(gmvItem?.provenance?.at ?? '');
    expect(Math.floor((nowMs - readAtMs) / 60_000)).toBeLessThan(2);
    expect(shown).toBe(freshnessLine(items, nowMs));
    expect(status).toBe(
      paceStatus({
        readAtMs,
        startedAt,
        current: JD_DEFAULT.gmvFen,
        target: 1_500_000,
        midnightMs,
      }),
    );
  }).toPass({ timeout: 15_000 });

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
  // The freshness line from the instants of the evaluation on screen.
  await expect(async () => {
    const { nowMs, items } = await shownEvaluation(popup.page, CHANNELS);
    const shown = await card.getByTestId('freshness').textContent();
    expect(shown).toBe(freshnessLine(items, nowMs));
  }).toPass({ timeout: 15_000 });
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
