import { test, expect } from './fixtures';
import { PopupPage } from '../harness/pages/popup';
import { CONSOLE_URLS } from '../fixtures/consoles';
import {
  JD,
  POLL_MS,
  STORED_TIMEOUT,
  beijingToday,
  changeAndPoll,
  jdEnrolledAllMonth,
  jdStartToday,
  moneyLeft,
  openConsole,
  saveAccountSettings,
  sentAlertKeys,
  spiedNotifications,
  spyNotifications,
} from './support/stream';

/** Crossing a threshold mid-stream raises one "achieved" notification, and only one. */
test('JD daily GMV crossing ¥15,000 raises one 已达成 notification and marks the item done', async ({
  context,
  serve,
  openPopup,
  worker,
  pageErrors,
}) => {
  const sim = await serve({
    pollMs: POLL_MS,
    jd: { startedAt: jdStartToday(), gmvFen: 1_490_000 },
  });
  const ext = await openPopup();
  await saveAccountSettings(ext, JD, jdEnrolledAllMonth());
  await openConsole(context, CONSOLE_URLS.jdBigScreen);

  // Just below the line, and stored: ¥15,000 − ¥14,900.
  const popup = new PopupPage(await openPopup());
  const gmv = popup
    .item(popup.account('jd', JD.accountId), 'daily-3-gmv')
    .and(popup.page.locator('[data-pack="jd-growth"]'));
  await expect(popup.remaining(gmv)).toHaveText(moneyLeft(1_500_000, 1_490_000), {
    timeout: STORED_TIMEOUT,
  });
  expect(await gmv.getAttribute('data-status')).not.toBe('done');

  const sw = await worker();
  await spyNotifications(sw);
  await changeAndPoll(sim, 'generalData', () => sim.jd.set({ gmvFen: 1_510_000 }));

  const achievedKey = `achieved:jd:${JD.accountId}:jd-growth:daily-3-gmv:${beijingToday().day}`;
  await expect.poll(() => sentAlertKeys(sw), { timeout: STORED_TIMEOUT }).toContain(achievedKey);
  const achieved = (await spiedNotifications(sw)).filter((n) => n.id.startsWith('achieved:'));
  expect(achieved.map(({ id, title }) => ({ id, title }))).toEqual([
    { id: achievedKey, title: '已达成：日成交GMV≥1.5w' },
  ]);
  // Soft, so the rest still runs: the seller should see the shop's name, not its pin (known
  // bug: settings saved before the first visit create the account without the page's name).
  expect.soft(achieved[0]?.message).toBe('京选好物旗舰店 · 成长任务 · 每日');
  expect(await sw.evaluate(() => chrome.notifications.getAll())).toHaveProperty(achievedKey);

  // The open popup redraws with the item achieved: no "还差" any more.
  await expect(gmv).toHaveAttribute('data-status', 'done');
  await expect(popup.remaining(gmv)).toHaveCount(0);
  await expect(gmv.getByTestId('progress-text')).toHaveText('¥1.51万 / ¥1.5万');

  // More sales after the crossing do not repeat the alert.
  await changeAndPoll(sim, 'generalData', () => sim.jd.set({ gmvFen: 1_530_000 }));
  await expect(gmv.getByTestId('progress-text')).toHaveText('¥1.53万 / ¥1.5万', {
    timeout: STORED_TIMEOUT,
  });
  const again = (await spiedNotifications(sw)).filter((n) => n.id.startsWith('achieved:'));
  expect(again.map((n) => n.id)).toEqual([achievedKey]);
  expect(pageErrors).toEqual([]);
});
