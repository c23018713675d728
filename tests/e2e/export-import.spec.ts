import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { OptionsPage } from '../harness/pages/options';
import { CONSOLE_URLS } from '../fixtures/consoles';
import { findChromium } from '../harness/chromium';
import { extensionIdOf, extensionWorker, launchWithExtension } from '../harness/launch';
import { installNetworkGuard } from '../harness/network-guard';
import { HistorySchema, type History, type Metrics } from '../../src/history/model';
import { dayOf } from '../../src/time/calendar';
import { ALIBABA_DEFAULT, CHANNELS_DEFAULT, JD_DEFAULT } from '../fixtures/sim/values';
import {
  ALIBABA,
  CHANNELS,
  JD,
  call,
  historyOf,
  jdStartToday,
  keyOf,
  rpcPage,
  sessionById,
  values,
  waitForStored,
} from './support/history';

const SESSION_KEYS = ['gmvFen', 'dau', 'buyers', 'orders'] as const;
const JD_EXPECTED = { gmvFen: 1_234_567, dau: 15_230, buyers: 87, orders: 95 };
const CH_EXPECTED = { gmvFen: 2_345_600, dau: 4_821, buyers: 280, orders: 312 };
const SHOP_EXPECTED = {
  medal: 3,
  bsrDesc: 4.8,
  bsrShip: 4.5,
  fans: 1234,
  sessions30: 12,
  buyers30: 56,
};

function expectProvenance(m: Metrics, keys: readonly string[]): void {
  for (const k of keys) {
    const v = m[k as keyof Metrics];
    expect(v, k).toBeDefined();
    expect(['network', 'dom']).toContain(v!.source);
    expect(Date.parse(v!.at), `${k}.at`).not.toBeNaN();
  }
}

const shopOf = async (rpc: Page) => {
  const shop = (await call(rpc, 'getSettings', {})).accountSettings[keyOf(ALIBABA)]?.shop;
  if (!shop) return null;
  return {
    medal: shop.medal?.value,
    bsrDesc: shop.bsrDesc?.value,
    bsrShip: shop.bsrShip?.value,
    fans: shop.fans?.value,
    sessions30: shop.sessions30?.value,
    buyers30: shop.buyers30?.value,
  };
};

const withoutExportedAt = (h: History) => ({ ...h, exportedAt: undefined });

/** Streams the three fixture consoles until every default value is stored. */
async function streamAll(page: Page, rpc: Page): Promise<void> {
  await page.goto(CONSOLE_URLS.jdBigScreen);
  const ch = await page.context().newPage();
  await ch.goto(CONSOLE_URLS.channelsLive);
  const ali = await page.context().newPage();
  await ali.goto(CONSOLE_URLS.alibabaWorkbench);
  const jdSession = (h: Awaited<ReturnType<typeof historyOf>>) => {
    const s = sessionById(h, JD_DEFAULT.liveId);
    return s ? values(s.metrics, SESSION_KEYS) : null;
  };
  const chSession = (h: Awaited<ReturnType<typeof historyOf>>) => {
    const s = sessionById(h, CHANNELS_DEFAULT.liveObjectId);
    return s ? values(s.metrics, SESSION_KEYS) : null;
  };
  await waitForStored(rpc, JD, jdSession, JD_EXPECTED);
  await waitForStored(rpc, CHANNELS, chSession, CH_EXPECTED);
  await expect.poll(() => shopOf(rpc), { timeout: 30_000 }).toEqual(SHOP_EXPECTED);
}

test('export JSON through the options page carries every platform, and imports into a fresh profile identically', async ({
  context,
  extensionId,
  serve,
}, testInfo) => {
  await serve({ jd: { startedAt: jdStartToday() } });
  const rpc = await rpcPage(context, extensionId);
  await streamAll(await context.newPage(), rpc);

  const optionsPage = await context.newPage();
  await optionsPage.goto(`chrome-extension://${extensionId}/options.html#data`);
  const file = await new OptionsPage(optionsPage).exportJson();
  expect(file.filename).toMatch(/^livepace-all-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = HistorySchema.parse(JSON.parse(file.text));

  // JD: the live session and its day, exact values with provenance.
  const jd = exported.sessions.find((s) => s.platform === 'jd' && s.accountId === JD.accountId);
  expect(jd?.sessionId).toBe(JD_DEFAULT.liveId);
  expect(values(jd!.metrics, SESSION_KEYS)).toEqual(JD_EXPECTED);
  expectProvenance(jd!.metrics, SESSION_KEYS);
  const jdDay = exported.days.find((d) => d.platform === 'jd' && d.day === dayOf(jd!.start));
  expect(values(jdDay!.metrics, ['gmvFen', 'buyers'])).toEqual({ gmvFen: 1_234_567, buyers: 87 });
  expect(jdDay!.sessions).toBe(1);
  // Channels: the liveBuild session.
  const ch = exported.sessions.find((s) => s.platform === 'channels');
  expect(ch?.accountId).toBe(CHANNELS.accountId);
  expect(ch?.sessionId).toBe(CHANNELS_DEFAULT.liveObjectId);
  expect(values(ch!.metrics, SESSION_KEYS)).toEqual(CH_EXPECTED);
  expectProvenance(ch!.metrics, SESSION_KEYS);
  // 1688: the account and its shop facts, with provenance.
  expect(exported.accounts).toContainEqual(
    expect.objectContaining({ ...ALIBABA, displayName: ALIBABA_DEFAULT.companyName }),
  );
  const shop = exported.settings[keyOf(ALIBABA)]?.shop;
  expect(shop?.medal?.value).toBe(3);
  expect(shop?.fans?.value).toBe(1234);
  expect(shop?.sessions30?.value).toBe(12);
  expect(['network', 'dom']).toContain(shop?.medal?.source);
  expect(Date.parse(shop?.fans?.at ?? '')).not.toBeNaN();

  // CSV: a day row per account-day with Chinese headers, GMV in yuan.
  const csvDownload = optionsPage.waitForEvent('download');
  await optionsPage.getByTestId('export-csv').click();
  const csv = await readFile(await (await csvDownload).path(), 'utf8');
  const [header, ...rows] = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(header).toContain('日期 Date');
  expect(header).toContain('成交金额(元) GMV (CNY)');
  expect(rows).toContainEqual(
    expect.stringMatching(new RegExp(`^${jdDay!.day},jd,${JD.accountId},.*,1,.*12345\\.67,87,95,`)),
  );

  // Import into a fresh profile through its options page; its export must equal the file.
  const path = testInfo.outputPath('export.json');
  writeFileSync(path, file.text);
  const fresh = await launchWithExtension({ executablePath: findChromium()!.path, headless: true });
  try {
    const guard = await installNetworkGuard(fresh);
    const id = extensionIdOf(await extensionWorker(fresh));
    const page = await fresh.newPage();
    await page.goto(`chrome-extension://${id}/options.html#data`);
    await page.getByTestId('import-file').setInputFiles(path);
    const n = exported.sessions.length + exported.days.length;
    await expect(page.getByTestId('import-summary')).toContainText(`新增 ${n} · 变更 0 · 冲突 0`);
    await page.getByTestId('import-apply').click();
    await expect(page.getByTestId('status')).toContainText(`已导入：新增 ${n}`);
    const again = await call(page, 'exportHistory', { format: 'json' });
    const reimported = HistorySchema.parse(JSON.parse(again.text));
    expect(withoutExportedAt(reimported)).toEqual(withoutExportedAt(exported));
    expect(guard.violations()).toEqual([]);
  } finally {
    await fresh.close();
  }
});

test('a truncated or hostile file is refused with its path, and history stays unchanged', async ({
  context,
  extensionId,
  serve,
}, testInfo) => {
  await serve({ jd: { startedAt: jdStartToday() } });
  const rpc = await rpcPage(context, extensionId);
  const jdTab = await context.newPage();
  await jdTab.goto(CONSOLE_URLS.jdBigScreen);
  await waitForStored(
    rpc,
    JD,
    (h) => sessionById(h, JD_DEFAULT.liveId)?.metrics.gmvFen?.value,
    1_234_567,
  );
  // Freeze the stream so "unchanged" is about the import alone.
  await jdTab.close();
  const before = await historyOf(rpc, JD);
  const { text } = await call(rpc, 'exportHistory', { format: 'json' });

  const negative = JSON.parse(text) as History;
  negative.sessions[0]!.metrics.gmvFen!.value = -1;
  const cases = [
    {
      name: 'truncated.json',
      body: text.slice(0, Math.floor(text.length / 2)),
      error: /文件不完整或不是 JSON/,
    },
    {
      name: 'negative.json',
      body: JSON.stringify(negative),
      error: /sessions\.0\.metrics\.gmvFen\.value/,
    },
  ];
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#data`);
  for (const c of cases) {
    const path = testInfo.outputPath(c.name);
    writeFileSync(path, c.body);
    await page.getByTestId('import-file').setInputFiles(path);
    await expect(page.getByTestId('status')).toContainText('文件无法导入');
    await expect(page.getByTestId('status')).toContainText(c.error);
    await expect(page.getByTestId('import-apply')).toHaveCount(0);
    expect(await historyOf(rpc, JD)).toEqual(before);
  }
});
