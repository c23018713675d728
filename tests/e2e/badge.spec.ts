import { test, expect } from './fixtures';
import { CONSOLE_URLS } from '../fixtures/consoles';
import { BADGE_COLORS } from '../../src/ui/toolbar-badge';
import { CHANNELS_DEFAULT, JD_DEFAULT } from '../fixtures/sim/values';
import {
  ALIBABA,
  CHANNELS,
  JD,
  POLL_MS,
  STORED_TIMEOUT,
  badgeHost,
  badgeRow,
  badgeStrip,
  beijingToday,
  changeAndPoll,
  jdEnrolledAllMonth,
  jdStartToday,
  moneyLeft,
  openConsole,
  rpc,
  saveAccountSettings,
  shortDurationTexts,
  toolbarBadgeColor,
  toolbarBadgeText,
  wanLeft,
} from './support/stream';

/**
 * Use 2 of the design card: the in-page badge on each console follows the page's numbers,
 * collapses, and can be switched off per site.
 */

/** BADGE_COLORS of src/ui/toolbar-badge.ts as the RGBA Chrome reports, by item status. */
const rgba = (hex: string): number[] =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);
const STATUS_RGBA: Record<string, number[]> = Object.fromEntries(
  Object.entries(BADGE_COLORS).map(([k, v]) => [k, rgba(v)]),
);

const remainingIn = (row: ReturnType<typeof badgeRow>) => row.getByTestId('badge-remaining');

test('JD bigScreen: the badge follows the page GMV, collapses and expands', async ({
  context,
  serve,
  openPopup,
  saveScreenshot,
  pageErrors,
}) => {
  const sim = await serve({ pollMs: POLL_MS, jd: { startedAt: jdStartToday() } });
  await saveAccountSettings(await openPopup(), JD, jdEnrolledAllMonth());
  const page = await openConsole(context, CONSOLE_URLS.jdBigScreen);
  const gmv = badgeRow(page, 'jd', 'daily-3-gmv');
  await expect(remainingIn(gmv)).toHaveText(moneyLeft(1_500_000, JD_DEFAULT.gmvFen), {
    timeout: STORED_TIMEOUT,
  });
  // DAU is achieved: not an open row, counted in the done line instead.
  await expect(badgeRow(page, 'jd', 'daily-2-dau')).toHaveCount(0);
  await expect(badgeStrip(page, 'jd')).toContainText('✓ 1 项已达成');
  await saveScreenshot(page, 'console-jd-bigscreen-badge');

  // The stream sells ¥654.33 more: ¥15,000 − ¥13,000 = ¥2,000 left.
  await changeAndPoll(sim, 'generalData', () => sim.jd.set({ gmvFen: 1_300_000 }));
  await expect(remainingIn(gmv)).toHaveText('还差 ¥2,000', { timeout: STORED_TIMEOUT });

  // Collapsed: one line with the most urgent figure, no rows; expanded again: rows back.
  await badgeStrip(page, 'jd').getByRole('button', { name: '收起' }).click();
  await expect(gmv).toHaveCount(0);
  // label + figure + status, with the status's symbol (never colour alone).
  await expect(badgeStrip(page, 'jd').locator('.sum')).toHaveText(
    /^[✓↗↘✕?○–] \S.* 还差 .+ · (进度正常|落后进度|今天来不及了)$/,
  );
  await badgeStrip(page, 'jd').getByRole('button', { name: '展开开播进度' }).click();
  await expect(remainingIn(gmv)).toHaveText('还差 ¥2,000');
  expect(pageErrors).toEqual([]);
});

test('Channels liveBuild: benchmark GMV follows the page; closing turns it off for the site only', async ({
  context,
  serve,
  openPopup,
  saveScreenshot,
  pageErrors,
}) => {
  const sim = await serve({ pollMs: POLL_MS, jd: { startedAt: jdStartToday() } });
  const ext = await openPopup();
  await saveAccountSettings(ext, CHANNELS, {
    channelsBenchmark: [{ day: beijingToday().day, gmvTargetFen: 5_000_000 }],
  });
  const page = await openConsole(context, CONSOLE_URLS.channelsLive);
  const gmv = badgeRow(page, 'channels', 'benchmark-gmv');
  await expect(remainingIn(gmv)).toHaveText(wanLeft(5_000_000, CHANNELS_DEFAULT.gmvFen), {
    timeout: STORED_TIMEOUT,
  });
  await expect(remainingIn(badgeRow(page, 'channels', 'benchmark-duration'))).toHaveText(
    '还差 48分钟',
  );
  await saveScreenshot(page, 'console-channels-livebuild-badge');

  await changeAndPoll(sim, 'get_live_info', () => sim.channels.set({ gmvFen: 2_500_000 }));
  await expect(remainingIn(gmv)).toHaveText('还差 ¥2.5万', { timeout: STORED_TIMEOUT });

  const jdPage = await openConsole(context, CONSOLE_URLS.jdBigScreen);
  await expect(badgeHost(jdPage, 'jd')).toBeAttached({ timeout: STORED_TIMEOUT });

  await badgeStrip(page, 'channels')
    .getByRole('button', { name: /在此网站关闭徽标/ })
    .click();
  await expect(badgeHost(page, 'channels')).toHaveCount(0);
  await expect
    .poll(async () => {
      const s = (await rpc(ext, 'getSettings', {})) as { global: { badgeDisabled: string[] } };
      return s.global.badgeDisabled;
    })
    .toEqual(['channels']);
  await page.reload();
  // The page is up and captured again (its GMV reaches the popup), yet no badge comes back.
  await changeAndPoll(sim, 'get_live_info', () => sim.channels.set({ gmvFen: 2_600_000 }));
  const popup = await openPopup();
  await expect(
    popup.locator('[data-platform="channels"] [data-item="benchmark-gmv"] [data-testid=remaining]'),
  ).toHaveText('还差 ¥2.4万', { timeout: STORED_TIMEOUT });
  await expect(badgeHost(page, 'channels')).toHaveCount(0);
  // Other sites keep theirs, also after a reload.
  await jdPage.reload();
  await expect(badgeHost(jdPage, 'jd')).toBeAttached({ timeout: STORED_TIMEOUT });
  expect(pageErrors).toEqual([]);
});

test('1688 workbench: the badge shows the level and the 30-day window, and follows the page', async ({
  context,
  serve,
  openPopup,
  saveScreenshot,
  pageErrors,
}) => {
  const sim = await serve({ pollMs: POLL_MS });
  await saveAccountSettings(await openPopup(), ALIBABA, { alibabaCategory: 'consumer' });
  const page = await openConsole(context, CONSOLE_URLS.alibabaWorkbench);
  const strip = badgeStrip(page, 'alibaba');
  await expect(strip.locator('.lv')).toHaveText('达人主播 → 荣耀主播 · 近30天 12 场 · 56 买家', {
    timeout: STORED_TIMEOUT,
  });
  await expect(strip.locator('li', { hasText: '买家' }).getByTestId('badge-remaining')).toHaveText(
    '还差 244 人',
  );
  await saveScreenshot(page, 'console-1688-workbench-badge');

  // The workbench shows 4 more buyers after a reload: 300 − 60 = 240 to go.
  sim.alibaba.set({ buyers30d: 60 });
  await page.reload();
  await expect(strip.locator('.lv')).toHaveText('达人主播 → 荣耀主播 · 近30天 12 场 · 60 买家', {
    timeout: STORED_TIMEOUT,
  });
  await expect(strip.locator('li', { hasText: '买家' }).getByTestId('badge-remaining')).toHaveText(
    '还差 240 人',
  );
  expect(pageErrors).toEqual([]);
});

test('toolbar badge: empty while nothing is live, then the most urgent figure of the live JD stream', async ({
  context,
  serve,
  openPopup,
  worker,
}) => {
  const sw = await worker();
  expect(await toolbarBadgeText(sw)).toBe('');
  // GMV and DAU already achieved: today's only open item is the 4 h duration.
  const startedAt = jdStartToday();
  await serve({ pollMs: POLL_MS, jd: { startedAt, gmvFen: 1_600_000 } });
  await saveAccountSettings(await openPopup(), JD, jdEnrolledAllMonth());
  const opened = Date.now();
  await openConsole(context, CONSOLE_URLS.jdBigScreen);
  // 4 h − (now − start) in hours with one decimal, e.g. 90 min → "1.5时".
  await expect
    .poll(
      async () => {
        const text = await toolbarBadgeText(sw);
        const ok = shortDurationTexts(240, startedAt, opened - 15_000, Date.now());
        return ok.includes(text) ? 'expected' : `${text} ∉ ${ok.join(' ')}`;
      },
      { timeout: STORED_TIMEOUT },
    )
    .toBe('expected');
  // Its colour is that of the duration item's status, as the popup shows it.
  const popup = await openPopup();
  const dur = popup.locator(
    '[data-platform="jd"] [data-item="daily-1-duration"][data-pack="jd-growth"]',
  );
  await expect(dur).toHaveAttribute('data-status', /on_track|behind|unreachable_today/);
  const status = (await dur.getAttribute('data-status')) ?? '';
  expect(await toolbarBadgeColor(sw)).toEqual(STATUS_RGBA[status]);
  await expect(
    popup.locator('[data-platform="jd"] [data-item="daily-3-gmv"][data-pack="jd-growth"]'),
  ).toHaveAttribute('data-status', 'done');
});
