import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { CONSOLE_URLS } from '../fixtures/consoles';
import { call, rpcPage } from './support/history';
import { badgeHost, badgeStrip, openConsole } from './support/stream';

/** Records per kind in a whole JSON export: what "no history was deleted" is checked against. */
async function counts(rpc: Parameters<typeof call>[0]) {
  const out = await call(rpc, 'exportHistory', { format: 'json' });
  const h = JSON.parse(out.text) as { accounts: unknown[]; sessions: unknown[]; days: unknown[] };
  return { accounts: h.accounts.length, sessions: h.sessions.length, days: h.days.length };
}

/**
 * The badge mounts with the settings of that moment. Closing it later must change exactly one
 * thing — its platform in the disabled list — and never write back its old copy (which used
 * to undo Options changes and, through retention, delete history).
 */
test('closing the badge after changing settings in Options keeps every setting and all history', async ({
  context,
  extensionId,
  serve,
}) => {
  await serve();
  const rpc = await rpcPage(context, extensionId);
  const sample = readFileSync('tests/fixtures/sample-export.json', 'utf8');
  expect(await call(rpc, 'importApply', { text: sample })).toMatchObject({ ok: true });
  const page = await openConsole(context, CONSOLE_URLS.jdBigScreen);
  await expect(badgeStrip(page, 'jd')).toBeVisible();

  // Meanwhile, in Options: English, and a retention of one year (explicit, confirmed).
  await call(rpc, 'patchGlobalSettings', { language: 'en' });
  const kept = await call(rpc, 'applyRetention', { retentionDays: 365 });
  const before = await counts(rpc);
  expect(before.sessions).toBeGreaterThan(0);
  expect(before.days).toBeGreaterThan(0);
  const settingsBefore = (await call(rpc, 'getSettings', {})).global;

  // The badge, still holding its Chinese copy from mount time, is closed.
  await badgeStrip(page, 'jd')
    .getByRole('button', { name: /关闭徽标/ })
    .click();
  await expect(badgeHost(page, 'jd')).toHaveCount(0);

  await expect
    .poll(async () => (await call(rpc, 'getSettings', {})).global.badgeDisabled)
    .toEqual(['jd']);
  const after = (await call(rpc, 'getSettings', {})).global;
  expect(after).toEqual({ ...settingsBefore, badgeDisabled: ['jd'] });
  expect(after.language).toBe('en');
  expect(after.retentionDays).toBe(365);
  expect(await counts(rpc)).toEqual(before);
  expect(kept).toMatchObject({ ok: true });
});
