import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { Badge } from '../harness/pages/badge';
import type { ConsoleSim } from '../fixtures/consoles';
import { JD_DEFAULT } from '../fixtures/sim/values';
import {
  JD,
  historyOf,
  jdStartToday,
  rpcPage,
  sessionById,
  values,
  waitForStored,
} from './support/history';
import { POLL_MS, jdLayoutUrl } from './support/layouts';

/**
 * 点选 (issue 13): on a JD bigScreen whose GMV label is 本场累计成交 — a label no dictionary
 * has, and a page that never calls the tapped real-time API — the badge names 成交金额 as
 * unread; the seller points at the number, confirms, and the figure is read from then on,
 * across a reload, until the binding is removed in the options page.
 */

const LIVE = JD_DEFAULT.liveId;
const gmvOf = (h: Awaited<ReturnType<typeof historyOf>>) =>
  sessionById(h, LIVE)?.metrics.gmvFen?.value ?? null;
const buyersOf = (h: Awaited<ReturnType<typeof historyOf>>) =>
  sessionById(h, LIVE)?.metrics.buyers?.value ?? null;

/** The GMV figure as the page paints it (value spans inside the 本场累计成交 statistic). */
const gmvFigure = (page: Page) =>
  page
    .locator('.ant-statistic', { hasText: '本场累计成交' })
    .locator('.ant-statistic-content-value');

async function setAndShow(page: Page, sim: ConsoleSim, gmvFen: number, shown: string) {
  sim.jd.set({ gmvFen });
  await expect(gmvFigure(page)).toHaveText(shown);
}

test('点选 binds an unknown GMV label: stored, survives a reload, follows the page, stops once removed', async ({
  context,
  extensionId,
  serve,
  openOptions,
}) => {
  test.setTimeout(240_000);
  const sim = await serve({ pollMs: POLL_MS, jd: { startedAt: jdStartToday() } });
  const rpc = await rpcPage(context, extensionId);
  const page = await context.newPage();
  await page.goto(jdLayoutUrl(LIVE, 'pick'));
  const badge = new Badge(page, 'jd');

  // The other figures are read by label; GMV is not, and the badge says so in words.
  await waitForStored(rpc, JD, buyersOf, JD_DEFAULT.buyers);
  const unread = badge.host.locator('[data-testid="badge-unread"]');
  await expect(unread).toContainText('成交金额', { timeout: 30_000 });
  expect(await badge.text()).not.toContain('暂无任务数据');
  expect(gmvOf(await historyOf(rpc, JD))).toBeNull();

  // Point at ¥12,345.67 and confirm it as 成交金额.
  await badge.host.locator('[data-testid="badge-pick"]').click();
  const box = (await gmvFigure(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const panel = badge.host.locator('[data-testid="pick-panel"]');
  await expect(panel).toContainText('12,345.67');
  await panel.locator('[data-testid="pick-metric"]').selectOption('gmvFen');
  await panel.locator('[data-testid="pick-ok"]').click();
  await waitForStored(rpc, JD, gmvOf, 1_234_567);
  await expect(unread).toHaveCount(0, { timeout: 30_000 });

  // The page's figure changes: the binding follows it.
  await setAndShow(page, sim, 1_300_250, '13,002.50');
  await waitForStored(rpc, JD, gmvOf, 1_300_250);

  // After a reload the binding still reads it, and keeps following.
  await page.reload();
  await setAndShow(page, sim, 1_355_010, '13,550.10');
  await waitForStored(rpc, JD, gmvOf, 1_355_010);

  // Removed in the options page: the figure is no longer read (the rest still is).
  const options = await openOptions();
  await options.getByTestId('tab-bindings').click();
  const row = options.locator('[data-testid="binding-row"][data-metric="gmvFen"]');
  await expect(row).toHaveCount(1);
  await row.getByTestId('binding-remove').click();
  await expect(row).toHaveCount(0);
  await expect(unread).toContainText('成交金额', { timeout: 30_000 });
  await setAndShow(page, sim, 1_420_000, '14,200.00');
  sim.jd.set({ buyers: JD_DEFAULT.buyers + 9 });
  // A later reading has been stored (buyers), and GMV stayed where the binding left it.
  const h = await waitForStored(rpc, JD, buyersOf, JD_DEFAULT.buyers + 9);
  expect(values(sessionById(h, LIVE)!.metrics, ['gmvFen'])).toEqual({ gmvFen: 1_355_010 });
});
