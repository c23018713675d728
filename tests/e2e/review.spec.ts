import { test, expect } from './fixtures';
import {
  JD,
  STORED_TIMEOUT,
  beijingToday,
  jdEnrolledAllMonth,
  rpc,
  saveAccountSettings,
} from './support/stream';
import { jdCycleOf } from './support/history';
import { beijingHm } from '../../src/time/beijing';

/**
 * Use 3 of issue #11: a JD live ends and the seller opens its review (复盘). The stream is sent
 * as the JD page would send it, a reading a minute (the fixture consoles cannot end a live),
 * then one reading saying the live is over.
 */
const MIN = 60_000;

test('after a JD live ends, the review shows its figures and the reached / missed items', async ({
  openOptions,
  pageErrors,
  saveScreenshot,
}, testInfo) => {
  const now = Date.now();
  const { day, sinceMs } = beijingToday(now);
  // 30 minutes of live ending just now, or starting just after Beijing midnight.
  const start = now - Math.min(31 * MIN, Math.max(0, sinceMs - MIN));
  const opts = await openOptions();
  await saveAccountSettings(opts, JD, jdEnrolledAllMonth());
  const reading = (i: number, live: boolean) => ({
    // Ids are `${pageInstance}:${seq}`: the closing reading is the 31st of the page.
    id: `e2e-review:${live ? i : i + 1}`,
    ...JD,
    sessionId: 'e2e-live',
    sessionStart: new Date(start).toISOString(),
    live,
    scope: 'session',
    observedAt: new Date(start + i * MIN + (live ? 0 : 10_000)).toISOString(),
    page: 'jd.bigScreen',
    // ¥600 and 20 visitors a minute: ¥15,000 is crossed at minute 25, 1,000 visitors never.
    metrics: {
      gmvFen: { value: i * 60_000, source: 'network' },
      dau: { value: i * 20, source: 'network' },
      durationSec: { value: i * 60, source: 'network' },
    },
  });
  const observations = Array.from({ length: 30 }, (_, k) => reading(k + 1, true));
  const reply = await rpc(opts, 'observe', { observations: [...observations, reading(30, false)] });
  expect(reply).toEqual({ acked: [...observations, reading(30, false)].map((o) => o.id) });

  await opts.goto(
    opts.url().replace(/options\.html.*$/, `options.html?review=jd:${JD.accountId}#history`),
  );
  const review = opts.getByTestId('review-body');
  await expect(review).toHaveAttribute('data-session', 'e2e-live', { timeout: STORED_TIMEOUT });
  const end = start + 30 * MIN;
  await expect(opts.getByTestId('review-title')).toHaveText(
    `${day.slice(5)} ${beijingHm(start)}–${beijingHm(end)} · 30分钟`,
  );
  await expect(opts.locator('[data-testid=review-compare] li[data-metric=gmvFen]')).toHaveText(
    '成交金额 ¥1.8万 · 没有可比的场次',
  );
  if (day <= jdCycleOf(day).dataCutoff) {
    await expect(
      opts.locator('[data-testid=review-targets] li[data-pack=jd-growth][data-item=daily-3-gmv]'),
    ).toHaveText(`日成交GMV≥1.5w：${beijingHm(start + 25 * MIN)} 达成`);
    await expect(
      opts.locator('[data-testid=review-targets] li[data-pack=jd-growth][data-item=daily-2-dau]'),
    ).toContainText('差 400 人');
  }
  await expect(opts.getByTestId('review-chart-gmvFen')).toBeVisible();
  const shot = await saveScreenshot(opts, 'review');
  await testInfo.attach('review.png', { path: shot, contentType: 'image/png' });
  expect(pageErrors).toEqual([]);
});
