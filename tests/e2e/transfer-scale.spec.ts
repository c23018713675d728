import { statSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { OptionsPage } from '../harness/pages/options';
import { makeHistory } from '../harness/history-data';
import type { History } from '../../src/history/model';

/**
 * Issue #16, "no size ceiling": 120 accounts × 2 years (over 100 MiB of JSON, past Chrome's
 * 64 MiB message limit) goes in through the options page's file input and comes back out
 * through its JSON export download, identical. Both directions use the page's own transfer
 * (src/ui/options/transfer-client.ts, posting byte chunks to the worker: src/background/transfer.ts).
 */

const SELLERS = 60; // each streams on two platforms: 120 accounts
const MIB = 1024 * 1024;
/**
 * The whole round trip of ~110 MiB, uploaded twice (preview, apply) and downloaded once: 13.7 min
 * on 2 shared cores at load ≈ 15–25 (2026-12-02), most of it the transfer itself.
 */
const SCALE_TIMEOUT = 25 * 60_000;
const STEP_TIMEOUT = 10 * 60_000;

/** JSON with every object's keys sorted: one string per record, whatever the writer's order. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );

/** The file as a set of records: order of the arrays is not part of the format. */
function canonicalForm(h: History) {
  const list = (xs: unknown[]) => xs.map(canonical).sort();
  return {
    head: canonical({ format: h.format, version: h.version }),
    accounts: list(h.accounts),
    sessions: list(h.sessions),
    days: list(h.days),
    settings: canonical(h.settings),
    conflicts: list(h.conflicts),
  };
}

/** Deep equality of two record lists, failing on the first differing record (readable diff). */
function expectSameRecords(what: string, got: string[], want: string[]): void {
  expect(got.length, `${what} count`).toBe(want.length);
  const i = got.findIndex((g, k) => g !== want[k]);
  if (i >= 0) expect(JSON.parse(got[i]!), `${what}[${i}]`).toEqual(JSON.parse(want[i]!));
}

test('120 accounts × 2 years: import then export through the options page round-trips', async ({
  context,
  extensionId,
  pageErrors,
}, testInfo) => {
  test.setTimeout(SCALE_TIMEOUT);
  const started = Date.now();
  const lap = (what: string) => {
    const description = `${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`;
    testInfo.annotations.push({ type: 'time', description });
    console.log(description);
  };
  const generated = makeHistory({ accounts: SELLERS, days: 730, now: new Date(), seed: 16 });
  const path = testInfo.outputPath('generated.json');
  writeFileSync(path, JSON.stringify(generated));
  const bytes = statSync(path).size;
  expect(generated.accounts).toHaveLength(120);
  expect(bytes).toBeGreaterThan(100 * MIB);
  const want = canonicalForm(generated);
  const records = generated.sessions.length + generated.days.length;
  lap(`generated ${(bytes / MIB).toFixed(1)} MiB, ${records} records`);

  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT); // the export's download included
  await page.goto(`chrome-extension://${extensionId}/options.html#data`);
  const status = page.getByTestId('status');
  await page.getByTestId('import-file').setInputFiles(path);
  // Whatever fails in the transfer is said in the status line: show it, not just a timeout.
  const summary = page.getByTestId('import-summary').or(status.filter({ hasText: '无法导入' }));
  await expect(summary.first()).toBeVisible({ timeout: STEP_TIMEOUT });
  await expect(page.getByTestId('import-summary')).toContainText(
    `新增 ${records} · 变更 0 · 冲突 0`,
  );
  lap('preview');
  await page.getByTestId('import-apply').click();
  await expect(status).toContainText(`已导入：新增 ${records}`, { timeout: STEP_TIMEOUT });
  lap('applied');

  const file = await new OptionsPage(page).exportJson();
  lap(`exported ${(Buffer.byteLength(file.text) / MIB).toFixed(1)} MiB`);
  expect(file.filename).toMatch(/\.json$/);
  const exported = JSON.parse(file.text) as History;
  expect(exported.accounts).toHaveLength(generated.accounts.length);
  expect(exported.sessions).toHaveLength(generated.sessions.length);
  expect(exported.days).toHaveLength(generated.days.length);
  const got = canonicalForm(exported);
  expect(got.head).toBe(want.head);
  expectSameRecords('accounts', got.accounts, want.accounts);
  expectSameRecords('sessions', got.sessions, want.sessions);
  expectSameRecords('days', got.days, want.days);
  expect(JSON.parse(got.settings)).toEqual(JSON.parse(want.settings));
  expectSameRecords('conflicts', got.conflicts, want.conflicts);
  lap('compared');
  expect(pageErrors).toEqual([]);
});
