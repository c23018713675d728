import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { OPTION_TABS, OptionsPage } from '../harness/pages/options';
import { makeHistory } from '../harness/history-data';
import { call, rpcPage } from './support/history';

/** The 1688 seller of the seed: thresholds show once a category and shop facts are known. */
const ALI = 'alibaba:seller2-alibaba';
const CHARTS = [
  { name: 'jd', account: 'jd:seller1-jd', charts: ['chart-daily', 'chart-cycle'] },
  { name: 'channels', account: 'channels:seller1-channels', charts: ['chart-daily'] },
  {
    name: '1688',
    account: ALI,
    charts: ['chart-daily', 'chart-rolling-sessions', 'chart-rolling-buyers'],
  },
] as const;

/** Imports 120 days of history for JD, Channels and 1688 through the extension's own import. */
async function seed(page: Page): Promise<string> {
  const h = makeHistory({ accounts: 2, days: 120, now: new Date(), seed: 11 });
  const at = new Date().toISOString();
  const fact = (value: number) => ({ value, source: 'network' as const, at });
  h.settings[ALI] = {
    alibabaCategory: 'consumer',
    shop: {
      chengxintong: true,
      commonOk: true,
      medal: fact(2),
      bsrDesc: fact(4.8),
      bsrShip: fact(4.5),
      fans: fact(900),
    },
  };
  const text = JSON.stringify(h);
  const r = await call(page, 'importApply', { text });
  expect(r.ok).toBe(true);
  return text;
}

/** axe-core over the page as it is now; the violations named with their nodes. */
async function violations(page: Page): Promise<string[]> {
  const res = await new AxeBuilder({ page }).analyze();
  return res.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`options: every tab has zero axe violations (${scheme}), history charts included`, async ({
    context,
    extensionId,
    saveScreenshot,
  }, testInfo) => {
    // Two schemes × seven tabs and three accounts' charts with their tables, on a shared CPU.
    test.setTimeout(360_000);
    const rpc = await rpcPage(context, extensionId);
    const seeded = await seed(rpc);
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto(`chrome-extension://${extensionId}/options.html#accounts`);
    const o = new OptionsPage(page);
    await expect(page.getByTestId('account-row')).toHaveCount(4);
    const found: Record<string, string[]> = {};
    for (const tab of OPTION_TABS) {
      await o.show(tab);
      found[tab] = await violations(page);
    }
    // The import preview, with its list of settings (a re-import of the seed: nothing changes).
    await o.show('data');
    const file = testInfo.outputPath('seed.json');
    writeFileSync(file, seeded);
    await page.getByTestId('import-file').setInputFiles(file);
    await expect(page.getByTestId('import-settings')).toHaveText(
      '设置和店铺数据：不变（文件中没有的数据保留现值）',
    );
    found['data with import preview'] = await violations(page);
    for (const c of CHARTS) {
      await o.history(c.account);
      for (const id of c.charts) await expect(page.getByTestId(id)).toBeVisible();
      // The 1688 panels draw the next level's thresholds on their own axes.
      if (c.name === '1688')
        await expect(
          page.locator('[data-testid="chart-rolling-buyers"] .lp-chart-target'),
        ).toHaveCount(1);
      await saveScreenshot(page, `history-${c.name}-${scheme}`);
      // A copy outside test-results/ (which any other Playwright run empties).
      await page.screenshot({
        path: `demo-output/charts/history-${c.name}-${scheme}.png`,
        fullPage: true,
      });
      await o.openTables();
      found[`history ${c.name} with tables`] = await violations(page);
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  });
}

test('options tablist: arrows, Home and End move the selection and the focus together', async ({
  openOptions,
}) => {
  const page = await openOptions();
  const o = new OptionsPage(page);
  await o.show('accounts');
  await o.tab('accounts').focus();
  const focused = () => page.evaluate(() => document.activeElement?.id);
  const selected = () =>
    page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-testid');
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toBe('tab-platform');
  expect(await selected()).toBe('tab-platform');
  expect(page.url()).toMatch(/#platform$/);
  await page.keyboard.press('End');
  expect(await focused()).toBe('tab-history');
  expect(await selected()).toBe('tab-history');
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toBe('tab-accounts');
  await page.keyboard.press('ArrowLeft');
  expect(await focused()).toBe('tab-history');
  await page.keyboard.press('Home');
  expect(await focused()).toBe('tab-accounts');
  expect(await selected()).toBe('tab-accounts');
  // Only the selected tab is in the Tab order (roving tabindex).
  expect(await page.locator('[role="tab"][tabindex="0"]').count()).toBe(1);
});

test('with no accounts, the manual-entry tab says how accounts appear and links to the consoles', async ({
  openOptions,
}) => {
  const page = await openOptions();
  const o = new OptionsPage(page);
  await o.show('manual');
  const empty = page.getByTestId('no-accounts');
  await expect(empty).toContainText('账号会在你第一次打开直播后台页面时自动出现');
  await expect(empty.getByRole('link')).toHaveText([
    '京东直播 · 数据大屏（开播后打开）',
    '视频号助手 · 直播控制台',
    '1688 工作台',
    '或者导入以前导出的历史文件',
  ]);
  await empty.getByRole('link', { name: '或者导入以前导出的历史文件' }).click();
  await expect(o.tab('data')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('import-file')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
