import { test, expect } from './fixtures';
import { PopupPage } from '../harness/pages/popup';
import { HOURS_PER_DAY, JD, call, jdMonthSeed, keyOf, rpcPage } from './support/history';

/** The popup's figure for N seeded days of 5 h against the 120 h monthly target. */
const monthlyText = (days: number): string => {
  const hours = days * HOURS_PER_DAY;
  return `${hours === 0 ? '0分钟' : `${hours}小时`} / 120小时`;
};

test('a later JD enrolment date lowers the popup monthly 直播总时长 to the exact figure', async ({
  context,
  extensionId,
  openPopup,
  openOptions,
}) => {
  // Seeded relative to today (Beijing): see jdMonthSeed for the 1st/2nd-of-month edge cases.
  const seed = jdMonthSeed();
  expect(seed.countedAfter).toBeLessThan(seed.countedBefore);
  const rpc = await rpcPage(context, extensionId);
  const applied = await call(rpc, 'importApply', { text: seed.text });
  expect(applied).toMatchObject({ ok: true, added: seed.days.length });

  const popup = new PopupPage(await openPopup());
  await popup.ready();
  const card = popup.account('jd', JD.accountId);
  const monthly = popup
    .item(card, 'monthly-1-duration')
    .and(popup.page.locator('[data-pack="jd-growth"]'));
  await expect(monthly).toHaveCount(1);
  await expect(monthly.getByTestId('progress-text')).toHaveText(monthlyText(seed.countedBefore));

  const options = await openOptions();
  await options.goto(options.url().replace(/#.*$/, '') + '#platform');
  const date = options.getByTestId(`jd-enrolled-${seed.cycleId}`);
  await date.fill(seed.enrolDay);
  await options.getByTestId('save-platform').click();
  await expect(options.getByTestId('status')).toHaveText(/已保存/);
  const saved = await call(rpc, 'getSettings', {});
  expect(saved.accountSettings[keyOf(JD)]?.jdEnrolled).toEqual({ [seed.cycleId]: seed.enrolDay });

  // The open popup follows the change (view-updated signal) …
  await expect(monthly.getByTestId('progress-text')).toHaveText(monthlyText(seed.countedAfter));
  // … and a freshly opened one shows the same.
  const again = new PopupPage(await openPopup());
  await again.ready();
  const card2 = again.account('jd', JD.accountId);
  await expect(
    again
      .item(card2, 'monthly-1-duration')
      .and(again.page.locator('[data-pack="jd-growth"]'))
      .getByTestId('progress-text'),
  ).toHaveText(monthlyText(seed.countedAfter));
});
