import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CONSOLE_URLS } from '../fixtures/consoles';
import type { PastLive } from '../fixtures/sim/values';
import type { Res } from '../../src/messaging';
import { dayOf } from '../../src/time/calendar';
import {
  CHANNELS,
  JD,
  historyOf,
  rpcPage,
  sessionById,
  values,
  waitForStored,
  type AccountRef,
} from './support/history';

const KEYS = ['gmvFen', 'buyers', 'orders', 'dau'] as const;

/** What a past live must look like in history: exact totals, start and end, all 'backfill'. */
function expectBackfilled(h: Res<'historyOf'>, live: PastLive, startIso: string, endIso: string) {
  const s = sessionById(h, live.id);
  expect(s, `session ${live.id}`).toBeDefined();
  expect(values(s!.metrics, KEYS)).toEqual({
    gmvFen: live.gmvFen,
    buyers: live.buyers,
    orders: live.orders,
    dau: live.dau,
  });
  for (const k of KEYS) {
    expect(s!.metrics[k]?.source).toBe('backfill');
    expect(Date.parse(s!.metrics[k]!.at)).not.toBeNaN();
  }
  expect(Date.parse(s!.start)).toBe(Date.parse(startIso));
  expect(Date.parse(s!.end ?? '')).toBe(Date.parse(endIso));
  expect(s!.live).toBe(false);
}

/** Day totals of the past lives: one session each, GMV and buyers exactly once. */
function expectDaysOnce(h: Res<'historyOf'>, lives: PastLive[], startOf: (l: PastLive) => string) {
  for (const live of lives) {
    const day = dayOf(startOf(live));
    const d = h.days.find((x) => x.day === day);
    expect(d, `day ${day}`).toBeDefined();
    expect(d!.sessions).toBe(1);
    expect(values(d!.metrics, ['gmvFen', 'buyers'])).toEqual({
      gmvFen: live.gmvFen,
      buyers: live.buyers,
    });
  }
  expect(h.sessions.map((s) => s.sessionId).sort()).toEqual(lives.map((l) => l.id).sort());
}

/** Reopens a list page and waits until its (second) backfill has really been applied. */
async function reopenAndWait(page: Page, rpc: Page, account: AccountRef, id: string) {
  const before = sessionById(await historyOf(rpc, account), id)!.metrics.gmvFen!.at;
  await page.reload();
  await expect
    .poll(async () => sessionById(await historyOf(rpc, account), id)?.metrics.gmvFen?.at, {
      timeout: 30_000,
    })
    .not.toBe(before);
}

// JD list rows are Beijing wall-clock times.
const jdIso = (local: string) => `${local.replace(' ', 'T')}+08:00`;

test('JD my/list backfills both past lives once, with exact totals and times', async ({
  context,
  extensionId,
  serve,
}) => {
  const sim = await serve();
  const rpc = await rpcPage(context, extensionId);
  const page = await context.newPage();
  await page.goto(CONSOLE_URLS.jdList);
  const lives = sim.jd.history;
  const [a, b] = lives as [PastLive, PastLive];
  const h = await waitForStored(
    rpc,
    JD,
    (x) => [a.id, b.id].map((id) => sessionById(x, id)?.metrics.gmvFen?.value ?? null),
    [1580000, 987650],
  );
  expectBackfilled(h, a, '2026-03-08T20:00:00+08:00', '2026-03-08T23:30:00+08:00');
  expectBackfilled(h, b, '2026-03-09T19:30:00+08:00', '2026-03-09T22:00:00+08:00');
  expectDaysOnce(h, lives, (l) => jdIso(l.start));
  // Day durations: 3.5 h and 2.5 h, all before midnight.
  expect(h.days.find((d) => d.day === '2026-03-08')?.metrics.durationSec?.value).toBe(12_600);
  expect(h.days.find((d) => d.day === '2026-03-09')?.metrics.durationSec?.value).toBe(9_000);

  await reopenAndWait(page, rpc, JD, a.id);
  const again = await historyOf(rpc, JD);
  expectBackfilled(again, a, '2026-03-08T20:00:00+08:00', '2026-03-08T23:30:00+08:00');
  expectDaysOnce(again, lives, (l) => jdIso(l.start));
  expect(again.days.find((d) => d.day === '2026-03-08')?.metrics.durationSec?.value).toBe(12_600);
});

test('Channels history (statistic iframe) backfills both past lives once', async ({
  context,
  extensionId,
  serve,
}) => {
  const sim = await serve();
  const rpc = await rpcPage(context, extensionId);
  const page = await context.newPage();
  await page.goto(CONSOLE_URLS.channelsHistory);
  const lives = sim.channels.history;
  const [a, b] = lives as [PastLive, PastLive];
  const h = await waitForStored(
    rpc,
    CHANNELS,
    (x) => [a.id, b.id].map((id) => sessionById(x, id)?.metrics.gmvFen?.value ?? null),
    [1876500, 650000],
  );
  expectBackfilled(h, a, '2026-03-09T11:00:00.000Z', '2026-03-09T16:12:30.000Z');
  expectBackfilled(h, b, '2026-03-08T12:00:00.000Z', '2026-03-08T14:00:00.000Z');
  // 19:00–00:12:30 Beijing crosses midnight: 5 h on the 9th, 12 m 30 s on the 10th.
  expect(h.days.find((d) => d.day === '2026-03-09')?.metrics.durationSec?.value).toBe(18_000);
  expect(h.days.find((d) => d.day === '2026-03-10')?.metrics.durationSec?.value).toBe(750);
  expectDaysOnce(h, lives, (l) => l.start);

  await reopenAndWait(page, rpc, CHANNELS, a.id);
  const again = await historyOf(rpc, CHANNELS);
  expectBackfilled(again, a, '2026-03-09T11:00:00.000Z', '2026-03-09T16:12:30.000Z');
  expectDaysOnce(again, lives, (l) => l.start);
});
