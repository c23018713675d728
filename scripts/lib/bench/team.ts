import { historyToLedger } from '../../../src/history/to-history';
import { ownDocs } from '../../../src/sync/docs';
import { beijingIso } from '../../../src/time/calendar';
import { startCouchServer } from '../../../tests/harness/couch-server';
import { makeHistory } from '../../../tests/harness/history-data';
import { extensionIdOf, extensionWorker, launchWithExtension } from '../../../tests/harness/launch';
import { extensionWithLoopbackGranted } from '../../../tests/harness/loopback-ext';
import { extensionPage, sendToBackground } from '../extension-rpc';
import { measure, median, type Figure } from './figure';

/**
 * Issue #12's bench: a team server holding 50 shops × 1 year (written by another machine), a
 * fresh profile switches sync on; how long until every document is local, and how long the
 * 团队 tab takes to show all 50 shops. Targets: ≤ 10 s and ≤ 100 ms.
 */
const SHOPS = 50;
const DB = 'bench-team';

/** The other machine's documents: 50 shops × 365 days (built before the server starts). */
function teamDocs(now: Date) {
  const h = makeHistory({ accounts: SHOPS / 2, days: 365, now });
  const docs = ownDocs(
    historyToLedger(h),
    { id: 'hq-0000beef', name: '总部' },
    { at: beijingIso(now) },
  );
  return { docs, sessions: h.sessions.length };
}

// Built first: seconds of CPU between two requests let the server close Node's idle keep-alive
// socket, and undici's next write on it fails with EPIPE.
async function seedServer(
  url: string,
  { docs, sessions }: ReturnType<typeof teamDocs>,
  request: (p: string, i?: RequestInit) => Promise<Response>,
) {
  for (let i = 0; i < docs.length; i += 50) {
    const r = await request(`/${DB}/_bulk_docs`, {
      method: 'POST',
      body: JSON.stringify({ docs: docs.slice(i, i + 50) }),
    }).catch((e: unknown) => {
      const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : '';
      throw new Error(`seeding ${url} (batch ${i / 50}): ${String(e)} ${cause}`);
    });
    if (!r.ok) throw new Error(`seeding ${url}: HTTP ${r.status}`);
  }
  return { docs: docs.length, sessions };
}

interface SyncReply {
  status: { docs: number; state: string };
}

export async function teamFigures(
  chromium: string,
  extensionDir: string | undefined,
  now: Date,
): Promise<Figure[]> {
  const seed = teamDocs(now);
  const couch = await startCouchServer();
  const out: Figure[] = [];
  try {
    await couch.createDb(DB);
    const seeded = await seedServer(couch.url, seed, couch.request);
    const context = await launchWithExtension({
      executablePath: chromium,
      headless: true,
      extensionDir: extensionWithLoopbackGranted(extensionDir),
    });
    // No routes: the worker talks to the loopback server directly, as in a seller's browser.
    const id = extensionIdOf(await extensionWorker(context));
    const page = await extensionPage(context, id);
    let replicateMs = 0;
    out.push(
      await measure(
        `team sync: replicate ${SHOPS} shops × 1 year into a fresh profile`,
        'ms',
        10_000,
        async () => {
          const t0 = performance.now();
          await sendToBackground(page, 'syncSet', {
            url: couch.url,
            db: DB,
            machineName: '新电脑',
            enabled: true,
          });
          for (;;) {
            const r = (await sendToBackground(page, 'syncNow', {})) as SyncReply;
            if (r.status.docs >= seeded.docs) break;
            if (performance.now() - t0 > 120_000)
              throw new Error(`only ${r.status.docs}/${seeded.docs} docs after 120 s`);
          }
          replicateMs = performance.now() - t0;
          return {
            value: replicateMs,
            note: `${seeded.docs} docs (${seeded.sessions} sessions), enable → all local`,
          };
        },
      ),
    );
    out.push(
      await measure(
        `team view message (worker merge + engine), ${SHOPS} shops`,
        'ms',
        null,
        async () => {
          const runs = await page.evaluate<number[]>(async () => {
            const times: number[] = [];
            for (let i = 0; i < 6; i += 1) {
              const t = performance.now();
              await chrome.runtime.sendMessage({ type: 'teamView', payload: {} });
              times.push(performance.now() - t);
            }
            return times;
          });
          return {
            value: median(runs.slice(1)),
            note: `first (cold: read + merge every shop) ${runs[0]!.toFixed(0)} ms; median of the next 5`,
            runs,
          };
        },
      ),
    );
    out.push(
      await measure('options page open (baseline: 通用 tab)', 'ms', null, async () => {
        const runs: number[] = [];
        for (let i = 0; i < 5; i += 1) {
          const tab = await context.newPage();
          await tab.goto(`chrome-extension://${id}/options.html#general`);
          const at = await tab.waitForFunction(
            () =>
              document.querySelector('[role="tabpanel"] input, [role="tabpanel"] select')
                ? performance.now()
                : false,
            undefined,
            { polling: 'raf', timeout: 30_000 },
          );
          runs.push((await at.jsonValue()) as number);
          await tab.close();
        }
        return {
          value: median(runs),
          note: "navigation start → the 通用 tab's first control",
          runs,
        };
      }),
    );
    out.push(
      await measure(`team view open, ${SHOPS} shops`, 'ms', 100, async () => {
        const runs: number[] = [];
        for (let i = 0; i < 5; i += 1) {
          const tab = await context.newPage();
          await tab.goto(`chrome-extension://${id}/options.html#team`);
          const at = await tab.waitForFunction(
            (n) =>
              document.querySelectorAll('[data-testid^="team-shop-"]').length >= n
                ? performance.now()
                : false,
            SHOPS,
            { polling: 'raf', timeout: 30_000 },
          );
          runs.push((await at.jsonValue()) as number);
          await tab.close();
        }
        return { value: median(runs), note: 'navigation start → 50 shop rows, 5 opens', runs };
      }),
    );
    await context.close();
  } finally {
    await couch.stop();
  }
  return out;
}
