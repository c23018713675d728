import { writeFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { PopupPage } from '../harness/pages/popup';
import { CONSOLE_URLS } from '../fixtures/consoles';
import type { History } from '../../src/history/model';
import { ALIBABA, call, keyOf, rpcPage } from './support/history';
import { openConsole, saveAccountSettings } from './support/stream';

const medalOf = async (page: Parameters<typeof call>[0]) =>
  (await call(page, 'getSettings', {})).accountSettings[keyOf(ALIBABA)]?.shop?.medal?.value;

test('an import that lacks 1688 shop facts keeps the facts read from the workbench', async ({
  context,
  extensionId,
  serve,
  openPopup,
  saveScreenshot,
}, testInfo) => {
  await serve();
  const rpc = await rpcPage(context, extensionId);
  const workbench = await openConsole(context, CONSOLE_URLS.alibabaWorkbench);
  await expect.poll(() => medalOf(rpc), { timeout: 30_000 }).toBe(3);
  await saveAccountSettings(rpc, ALIBABA, { alibabaCategory: 'consumer' });
  // No page may re-read the facts after the import: what the card shows comes from the store.
  await workbench.close();

  const popup = new PopupPage(await openPopup());
  await popup.ready();
  const level = popup.account('alibaba', ALIBABA.accountId).getByTestId('level');
  const medalRow = level.locator('[data-testid="requirement"]', { hasText: '交易勋章' });
  /** What the seller reads on the card: level step, and the medal read from the console. */
  const expectFactsShown = async (): Promise<void> => {
    await expect(level).toContainText('达人主播 → 荣耀主播');
    await expect(medalRow).toContainText('交易勋章≥3A');
    await expect(medalRow).toContainText('3 / 3');
    await expect(medalRow).toContainText('已满足');
    await expect(level.locator('[data-testid="requirement"]', { hasText: '粉丝数' })).toContainText(
      '1234 / 500',
    );
  };
  await expectFactsShown();

  // A file exported before the workbench was read: the account and its category, no shop facts.
  const { text } = await call(rpc, 'exportHistory', { format: 'json' });
  const file = JSON.parse(text) as History;
  file.settings[keyOf(ALIBABA)] = { alibabaCategory: 'consumer' };
  const path = testInfo.outputPath('no-shop-facts.json');
  writeFileSync(path, JSON.stringify(file));

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#data`);
  await options.getByTestId('import-file').setInputFiles(path);
  await expect(options.getByTestId('import-settings')).toHaveText(
    '设置和店铺数据：不变（文件中没有的数据保留现值）',
  );
  await options.getByTestId('import-apply').click();
  await expect(options.getByTestId('status')).toContainText('已导入');

  expect(await medalOf(rpc)).toBe(3);
  await popup.page.reload();
  await popup.ready();
  await expectFactsShown();
  await expect(level).not.toContainText('未知');
  await saveScreenshot(popup.page, 'import-facts-1688-after-import');

  // A file that does carry a newer medal replaces it, and the preview says so first.
  file.settings[keyOf(ALIBABA)] = {
    alibabaCategory: 'consumer',
    shop: { medal: { value: 4, source: 'network', at: new Date().toISOString() } },
  };
  writeFileSync(path, JSON.stringify(file));
  await options.reload();
  await options.getByTestId('import-file').setInputFiles(path);
  await expect(options.getByTestId('import-settings')).toHaveText(
    `将更改的设置1688 直播 ${ALIBABA.accountId} · 交易勋章：3 → 4`,
  );
  await options.getByTestId('import-apply').click();
  await expect(options.getByTestId('status')).toContainText('已导入');
  expect(await medalOf(rpc)).toBe(4);
  await popup.page.reload();
  await popup.ready();
  await expect(medalRow).toContainText('4 / 3');
  await expect(level.locator('[data-testid="requirement"]', { hasText: '粉丝数' })).toContainText(
    '1234 / 500',
  );
});
