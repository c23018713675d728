import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CONSOLE_URLS, type ConsoleSim } from '../fixtures/consoles';
import { jdRealtimeJson } from '../fixtures/jd/pages';
import { JD_DEFAULT } from '../fixtures/sim/values';
import type { Res } from '../../src/messaging';
import { dayOf } from '../../src/time/calendar';
import {
  JD,
  dayByKey,
  historyOf,
  jdStartToday,
  rpcPage,
  sessionById,
  values,
  waitForStored,
} from './support/history';

/** Cumulative metrics the bigScreen reports; durationSec ticks with the page clock, so not here. */
const KEYS = ['gmvFen', 'dau', 'buyers', 'orders'] as const;
const LIVE = JD_DEFAULT.liveId;
/** The fixture page polls its API this often (ms): fast, so each step takes a second or two. */
const POLL_MS = 500;

const simValues = (sim: ConsoleSim) => {
  const v = sim.jd.get();
  return { gmvFen: v.gmvFen, dau: v.dau, buyers: v.buyers, orders: v.orders };
};
const storedSession = (h: Res<'historyOf'>) => {
  const s = sessionById(h, LIVE);
  return s ? values(s.metrics, KEYS) : null;
};

/** Changes the stream and waits until the page has fetched the new numbers from the API. */
async function step(sim: ConsoleSim, patch: { gmvFen: number; buyers: number; orders: number }) {
  const seen = sim.served.length;
  sim.jd.set({ ...patch, dau: sim.jd.get().dau + 37 });
  await expect
    .poll(() => sim.served.slice(seen).some((u) => u.includes('generalData')), { timeout: 15_000 })
    .toBe(true);
}

/**
 * Asserts one session, counted once in its day: day totals equal the session's. The day's
 * figures may land a reading after the session's (the screen is read in idle time, at most
 * once a second): wait until both say the latest, then check nothing is there twice.
 */
async function expectCountedOnce(rpc: Page, sim: ConsoleSim) {
  const dayOfLive = (h: Res<'historyOf'>) => {
    const s = sessionById(h, LIVE);
    const d = s ? dayByKey(h, dayOf(s.start)) : undefined;
    return d ? values(d.metrics, ['gmvFen', 'buyers']) : null;
  };
  const latest = { gmvFen: sim.jd.get().gmvFen, buyers: sim.jd.get().buyers };
  const h = await waitForStored(
    rpc,
    JD,
    (x) => ({ session: storedSession(x), day: dayOfLive(x) }),
    { session: simValues(sim), day: latest },
  );
  expect(h.sessions.map((s) => s.sessionId)).toEqual([LIVE]);
  const s = sessionById(h, LIVE)!;
  const day = dayByKey(h, dayOf(s.start));
  expect(day, 'the day of the live').toBeDefined();
  expect(day!.sessions).toBe(1);
  expect(values(day!.metrics, ['gmvFen', 'buyers'])).toEqual({
    gmvFen: sim.jd.get().gmvFen,
    buyers: sim.jd.get().buyers,
  });
  expect(h.days).toHaveLength(1);
}

test('JD stream: stopping the worker mid-stream loses nothing and counts nothing twice', async ({
  context,
  extensionId,
  serve,
  stopWorker,
  wakeWorker,
}) => {
  const sim = await serve({ pollMs: POLL_MS, jd: { startedAt: jdStartToday() } });
  const rpc = await rpcPage(context, extensionId);
  const page = await context.newPage();
  await page.goto(CONSOLE_URLS.jdBigScreen);
  await waitForStored(rpc, JD, storedSession, simValues(sim));

  // Kill right after a value change has reached the page (its observation is in flight).
  await step(sim, { gmvFen: 1_250_067, buyers: 88, orders: 96 });
  await stopWorker();
  // And again after the next change, before anything was seen by the restarted worker.
  await step(sim, { gmvFen: 1_289_967, buyers: 90, orders: 99 });
  await stopWorker();
  await step(sim, { gmvFen: 1_301_867, buyers: 91, orders: 100 });
  await wakeWorker();
  // Once more while the coalesced write of the last change may still be pending.
  await stopWorker();

  await expectCountedOnce(rpc, sim);
  expect(simValues(sim)).toEqual({
    gmvFen: 1_301_867,
    dau: 15_230 + 3 * 37,
    buyers: 91,
    orders: 100,
  });

  // What was acked is on disk: a fresh worker (ledger reloaded from IndexedDB) still has it.
  await stopWorker();
  const reloaded = await historyOf(rpc, JD);
  expect(storedSession(reloaded)).toEqual(simValues(sim));
});

test('JD bigScreen open in two tabs: the same observation is counted once', async ({
  context,
  extensionId,
  serve,
}) => {
  const sim = await serve({ pollMs: POLL_MS, jd: { startedAt: jdStartToday() } });
  const rpc = await rpcPage(context, extensionId);
  const tabs = [await context.newPage(), await context.newPage()];
  for (const t of tabs) await t.goto(CONSOLE_URLS.jdBigScreen);
  await expectCountedOnce(rpc, sim);

  // Both tabs read the new numbers (each page polls the API on its own) and report them.
  const bothFetched = Promise.all(tabs.map((t) => t.waitForResponse(/generalData/)));
  await step(sim, { gmvFen: 1_274_467, buyers: 89, orders: 97 });
  await bothFetched;
  await expectCountedOnce(rpc, sim);
});

test('two tabs on one live, one frozen on older numbers: totals equal the live tab', async ({
  context,
  extensionId,
  serve,
}) => {
  const sim = await serve({ pollMs: POLL_MS, jd: { startedAt: jdStartToday() } });
  const rpc = await rpcPage(context, extensionId);
  const old = sim.jd.get();
  const live = await context.newPage();
  await live.goto(CONSOLE_URLS.jdBigScreen);
  await expectCountedOnce(rpc, sim);
  await step(sim, { gmvFen: old.gmvFen + 40_000, buyers: old.buyers + 2, orders: old.orders + 2 });
  await expectCountedOnce(rpc, sim);

  // A second tab whose responses are stuck on the earlier numbers (a cached or lagging page):
  // it reports them with fresh times, and keeps doing so.
  const frozen = await context.newPage();
  let frozenServed = 0;
  await frozen.route(/liveRealTimeGeneralData\/generalData/, (route) => {
    frozenServed += 1;
    return route.fulfill({
      status: 200,
      contentType: 'application/json; charset=utf-8',
      headers: { 'access-control-allow-origin': 'https://jlive.jd.com' },
      body: JSON.stringify(jdRealtimeJson(old)),
    });
  });
  await frozen.goto(CONSOLE_URLS.jdBigScreen);
  await expect.poll(() => frozenServed, { timeout: 15_000 }).toBeGreaterThan(2);
  // Several flushes of the frozen tab later, the totals are still the live tab's.
  for (let i = 0; i < 4; i++) {
    await frozen.waitForTimeout(1_500);
    expect(storedSession(await historyOf(rpc, JD))).toEqual(simValues(sim));
  }
  await step(sim, { gmvFen: old.gmvFen + 90_000, buyers: old.buyers + 5, orders: old.orders + 5 });
  await expectCountedOnce(rpc, sim);
});
