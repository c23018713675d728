import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { SCREENSHOT_DIR } from './fixtures';
import { startCouchServer, type CouchServer } from '../harness/couch-server';
import { CONSOLE_URLS } from '../fixtures/consoles';
import { CHANNELS_DEFAULT, JD_DEFAULT } from '../fixtures/sim/values';
import {
  CHANNELS,
  JD,
  POLL_MS,
  STORED_TIMEOUT,
  beijingToday,
  changeAndPoll,
  jdEnrolledAllMonth,
  jdStartToday,
  openConsole,
  rpc,
  saveAccountSettings,
} from './support/stream';
import { jdCycleOf } from './support/history';
import {
  enableSync,
  extensionRequests,
  extensionWithLoopbackGranted,
  itemCurrent,
  startMachine,
  syncNow,
  teamView,
  type Machine,
} from './support/team';

/**
 * Issue #12: two machines (two browser profiles) of one team replicate through a CouchDB-
 * compatible server (pouchdb-server, in memory, on loopback, started here). Figures are the
 * simulated consoles' own (CONSOLES.md field names), asserted exactly.
 */

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

let couch: CouchServer;
let extDir: string;
const machines: Machine[] = [];

test.beforeAll(async () => {
  couch = await startCouchServer();
  extDir = extensionWithLoopbackGranted();
});
test.afterAll(async () => {
  for (const m of machines.splice(0)) await m.close().catch(() => undefined);
  await couch?.stop();
});

const CH_TARGET = {
  id: 'day-gmv',
  label: '日成交 ¥5 万',
  metric: 'gmvFen' as const,
  threshold: 5_000_000,
  period: 'day' as const,
  reward: '流量券',
};
/** JD's daily items count only up to the cycle's data cutoff (DOMAIN.md §1). */
const jdDailyOpen = (): boolean => beijingToday().day <= jdCycleOf(beijingToday().day).dataCutoff;

/**
 * Rounds until `ok` holds for every machine's team view (each round: push, then pull); on a
 * timeout the error carries what the last round saw.
 */
async function untilTeam(ms: Machine[], ok: (m: Machine) => Promise<boolean>): Promise<void> {
  let last = '';
  try {
    await expect
      .poll(
        async () => {
          const states: string[] = [];
          for (const m of ms) states.push(await syncNow(m));
          for (const m of ms) {
            if (await ok(m)) continue;
            const v = await teamView(m);
            last = `${m.name} ${states.join()} ${JSON.stringify(v.sync)} ${JSON.stringify(v.shops)}`;
            return false;
          }
          return true;
        },
        { timeout: 60_000, intervals: [500, 1000, 2000] },
      )
      .toBe(true);
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : String(e)}\nlast round: ${last}`);
  }
}

test('two machines stream two shops; each team view shows both; the server restarts empty mid-stream and every figure comes back once', async () => {
  const db = 'team-a';
  await couch.createDb(db);
  const a = await startMachine('直播间A', extDir, couch.url, {
    pollMs: POLL_MS,
    jd: { startedAt: jdStartToday() },
  });
  const b = await startMachine('直播间B', extDir, couch.url, { pollMs: POLL_MS });
  machines.push(a, b);

  // Sync off: the stream is captured and nothing at all leaves the extension.
  const jdPage = await openConsole(a.context, CONSOLE_URLS.jdBigScreen);
  const chPage = await openConsole(b.context, CONSOLE_URLS.channelsLive);
  await expect
    .poll(async () => (await teamView(a)).shops.map((s) => s.accountId), {
      timeout: STORED_TIMEOUT,
    })
    .toEqual([JD.accountId]);
  await expect
    .poll(async () => (await teamView(b)).shops.map((s) => s.accountId), {
      timeout: STORED_TIMEOUT,
    })
    .toEqual([CHANNELS.accountId]);
  await saveAccountSettings(a.page, JD, jdEnrolledAllMonth());
  await saveAccountSettings(b.page, CHANNELS, { channelsGrowthTargets: [CH_TARGET] });
  expect(extensionRequests(a)).toEqual([]);
  expect(extensionRequests(b)).toEqual([]);

  for (const m of [a, b]) await enableSync(m, { url: couch.url, db });

  const jdGmv = (m: Machine) =>
    teamView(m).then((v) => itemCurrent(v, 'jd', JD.accountId, 'daily-3-gmv'));
  const chGmv = (m: Machine) =>
    teamView(m).then((v) =>
      itemCurrent(v, 'channels', CHANNELS.accountId, `growth-${CH_TARGET.id}`),
    );
  const both = async (m: Machine, jd: number, ch: number): Promise<boolean> => {
    const v = await teamView(m);
    const ids = v.shops.map((s) => `${s.platform}:${s.accountId}`).sort();
    if (ids.join() !== [`channels:${CHANNELS.accountId}`, `jd:${JD.accountId}`].join())
      return false;
    if (jdDailyOpen() && (await jdGmv(m)) !== jd) return false;
    return (await chGmv(m)) === ch;
  };
  await untilTeam([a, b], (m) => both(m, JD_DEFAULT.gmvFen, CHANNELS_DEFAULT.gmvFen));

  // Who streamed which shop, from which machine, as the team tab shows it.
  const view = await teamView(b);
  const jdShop = view.shops.find((s) => s.platform === 'jd')!;
  expect(jdShop.lastLive?.machine.name).toBe('直播间A');
  expect(jdShop.machines.map((x) => x.name)).toEqual(['直播间A']);
  expect(view.shops.find((s) => s.platform === 'channels')!.lastLive?.machine.name).toBe('直播间B');
  const tab = await b.context.newPage();
  await tab.goto(`chrome-extension://${b.extensionId}/options.html#team`);
  await expect(tab.getByTestId(`team-shop-jd-${JD.accountId}`)).toContainText('直播间A');
  await expect(tab.getByTestId(`team-shop-channels-${CHANNELS.accountId}`)).toContainText(
    '直播间B',
  );
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await tab.screenshot({ path: join(SCREENSHOT_DIR, 'team-tab.png'), fullPage: true });

  // The server goes away mid-stream: capture goes on, sync says offline.
  await couch.stop();
  const jd2 = JD_DEFAULT.gmvFen + 345_600;
  const ch2 = CHANNELS_DEFAULT.gmvFen + 120_000;
  await changeAndPoll(a.sim, 'generalData', () => a.sim.jd.set({ gmvFen: jd2 }));
  await changeAndPoll(b.sim, 'get_live_info', () => b.sim.channels.set({ gmvFen: ch2 }));
  const local = async (m: Machine, p: string, id: string, item: string) => {
    const v = (await rpc(m.page, 'view', {})) as Parameters<typeof itemCurrent>[0];
    return itemCurrent(v, p, id, item);
  };
  await expect
    .poll(() => local(b, 'channels', CHANNELS.accountId, `growth-${CH_TARGET.id}`), {
      timeout: STORED_TIMEOUT,
    })
    .toBe(ch2);
  if (jdDailyOpen())
    await expect
      .poll(() => local(a, 'jd', JD.accountId, 'daily-3-gmv'), { timeout: STORED_TIMEOUT })
      .toBe(jd2);
  expect(await syncNow(a)).toBe('offline');

  // Back, empty (in memory): both machines put everything back; nothing is counted twice.
  await couch.restart();
  await couch.createDb(db);
  await untilTeam([a, b], (m) => both(m, jd2, ch2));
  const all = (await (await couch.request(`/${db}/_all_docs?include_docs=true`)).json()) as {
    rows: Array<{ doc: { _id: string; sessions?: unknown } }>;
  };
  const docs = all.rows.map((r) => r.doc);
  const months = docs.filter((d) => d._id.startsWith('lp.m|'));
  const jdSessions = months.flatMap((d) =>
    (d.sessions as Array<{ accountId: string; metrics: { gmvFen?: { value: number } } }>).filter(
      (s) => s.accountId === JD.accountId,
    ),
  );
  expect(jdSessions.map((s) => s.metrics.gmvFen?.value)).toEqual([jd2]);
  const chSessions = months.flatMap((d) =>
    (d.sessions as Array<{ accountId: string; metrics: { gmvFen?: { value: number } } }>).filter(
      (s) => s.accountId === CHANNELS.accountId,
    ),
  );
  expect(chSessions.map((s) => s.metrics.gmvFen?.value)).toEqual([ch2]);
  expect(docs.filter((d) => d._id.startsWith('lp.a|')).length).toBe(2);

  // Only the configured origin, only from the worker; no other request left the extension.
  for (const m of [a, b]) {
    expect(m.guard.violations()).toEqual([]);
    const own = extensionRequests(m);
    expect(own.length).toBeGreaterThan(0);
    for (const r of own) expect(r).toContain(` ${couch.url}/`);
  }
  await jdPage.close();
  await chPage.close();
  for (const m of machines.splice(0)) await m.close();
});

test('one session, a manual value on one machine and the scraped one on the other, converges to the manual figure on both', async () => {
  const db = 'team-b';
  await couch.createDb(db);
  const a = await startMachine('一号机', extDir, couch.url, {
    pollMs: POLL_MS,
    jd: { startedAt: jdStartToday() },
  });
  const b = await startMachine('二号机', extDir, couch.url, {
    pollMs: POLL_MS,
    jd: { startedAt: jdStartToday() },
  });
  machines.push(a, b);
  for (const m of [a, b]) {
    await openConsole(m.context, CONSOLE_URLS.jdBigScreen);
    await expect
      .poll(async () => (await teamView(m)).shops.length, { timeout: STORED_TIMEOUT })
      .toBe(1);
    await saveAccountSettings(m.page, JD, jdEnrolledAllMonth());
    await enableSync(m, { url: couch.url, db });
  }
  const hist = (await rpc(b.page, 'historyOf', { account: JD })) as {
    sessions: Array<{ sessionId: string }>;
  };
  expect(hist.sessions).toHaveLength(1);
  const sessionId = hist.sessions[0]!.sessionId;
  const manual = 2_000_000;
  await rpc(b.page, 'manualEntry', {
    platform: 'jd',
    accountId: JD.accountId,
    kind: 'session',
    key: sessionId,
    metrics: { gmvFen: manual },
  });

  const sessionGmv = async (m: Machine) => {
    const v = await teamView(m);
    const c = v.conflicts.filter((x) => x.key === sessionId && x.metric === 'gmvFen');
    return { conflicts: c.map((x) => [x.manual.value, x.scraped.value]), shops: v.shops.length };
  };
  await untilTeam([a, b], async (m) => {
    const s = await sessionGmv(m);
    return (
      s.shops === 1 && JSON.stringify(s.conflicts) === JSON.stringify([[manual, JD_DEFAULT.gmvFen]])
    );
  });
  if (jdDailyOpen()) {
    // The day's GMV on both machines is the seller's figure, once (not scraped + manual).
    for (const m of [a, b])
      expect(itemCurrent(await teamView(m), 'jd', JD.accountId, 'daily-3-gmv')).toBe(manual);
  }
  for (const m of machines.splice(0)) await m.close();
});
