import type { BrowserContext, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { CONSOLE_URLS } from '../fixtures/consoles';
import { ALIBABA, POLL_MS, STORED_TIMEOUT, openConsole, rpc } from './support/stream';

/**
 * Issue #16: the popup paints the last view at once, then the fresh evaluation in place.
 * Two sources for that first frame: the popup's own snapshot of its last render (localStorage,
 * painted by its tiny entry script before the app loads) while it still shows the background's
 * last evaluation (the stamp the background puts into the toolbar popup's URL), else the
 * background's cached view (chrome.storage.session). The popup is opened at the URL the toolbar
 * button would open (chrome.action.getPopup). Asserted by what the
 * page showed and in which order, never by time: an observer installed before the popup's first
 * script records every distinct state of the updated line and the account card.
 */

/** chrome.storage.session key of the cached view (src/ui/popup/cached-view.ts). */
const SESSION_KEY = 'livepace:lastView';
/** localStorage key of the popup's snapshot (src/ui/popup/snapshot.ts). */
const SNAPSHOT_KEY = 'livepace:popupSnapshot';
const CACHED_NAME = '缓存里的旧店名';

interface Shown {
  updated: string | null;
  stale: boolean;
  card: string;
  /** Where the card sits (px), to see that the app's takeover moves nothing. */
  top: number | null;
  height: number | null;
  /** `#app[data-from]`: "snapshot" while the entry script's paint is on screen. */
  from: string | null;
}

interface EvaluationReply {
  evaluation: {
    now: string;
    accounts: Array<{ platform: string; accountId: string; displayName: string }>;
  } | null;
  health: unknown[];
}

/** Streams the 1688 console until the background has a named account, then stops the stream. */
async function liveView(context: BrowserContext, extensionId: string) {
  const consolePage = await openConsole(context, CONSOLE_URLS.alibabaWorkbench);
  const helper = await context.newPage();
  await helper.goto(`chrome-extension://${extensionId}/popup.html`);
  let live!: EvaluationReply;
  await expect(async () => {
    live = (await rpc(helper, 'view', {})) as EvaluationReply;
    const acc = live.evaluation?.accounts.find((a) => a.accountId === ALIBABA.accountId);
    expect(acc?.displayName).toBeTruthy();
  }).toPass({ timeout: STORED_TIMEOUT });
  // No more readings: nothing may re-evaluate and overwrite the seeded copies.
  await consolePage.close();
  return { helper, live };
}

const setSession = (sw: Worker, items: Record<string, unknown>) =>
  sw.evaluate((o) => chrome.storage.session.set(o), items);
/** The URL the toolbar button opens: its hash is the stamp of the background's last view. */
const actionUrl = (sw: Worker) => sw.evaluate(() => chrome.action.getPopup({}));
const stampNow = (url: string) => new URLSearchParams(new URL(url).hash.slice(1)).get('v');
/** As rememberView does after an evaluation (src/background/remember-view.ts). */
const setStamp = (sw: Worker, now: string) =>
  sw.evaluate(
    (p) => chrome.action.setPopup({ popup: p }),
    `popup.html#${new URLSearchParams({ v: now, l: 'zh' }).toString()}`,
  );

/** Opens the popup at `url` with the observer in place and waits for the fresh view. */
async function openRecorded(context: BrowserContext, url: string): Promise<Shown[]> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.addInitScript((accountId: string) => {
    const seen: Shown[] = [];
    (window as unknown as { lpShown: Shown[] }).lpShown = seen;
    const record = () => {
      const u = document.querySelector('[data-testid="updated"]');
      const card = document.querySelector(`[data-testid="account"][data-account="${accountId}"]`);
      const box = card?.getBoundingClientRect();
      const now: Shown = {
        updated: u?.textContent ?? null,
        stale: u?.getAttribute('data-stale') === 'true',
        card: card?.textContent ?? '',
        top: box ? box.top : null,
        height: box ? box.height : null,
        from: document.getElementById('app')?.getAttribute('data-from') ?? null,
      };
      const last = seen[seen.length - 1];
      if (!last || JSON.stringify(last) !== JSON.stringify(now)) seen.push(now);
    };
    new MutationObserver(record).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  }, ALIBABA.accountId);
  await popup.goto(url);
  await expect(popup.getByTestId('updated')).toHaveText('更新于 刚刚', { timeout: 15_000 });
  await expect(popup.getByText(CACHED_NAME)).toHaveCount(0);
  return popup.evaluate(() => (window as unknown as { lpShown: Shown[] }).lpShown);
}

const nameOf = (live: EvaluationReply) =>
  live.evaluation!.accounts.find((a) => a.accountId === ALIBABA.accountId)!.displayName;

/** The live evaluation with the 1688 account renamed: which copy is on screen shows by name. */
const renamed = (live: EvaluationReply, name: string, now = live.evaluation!.now) => ({
  ...live.evaluation!,
  now,
  accounts: live.evaluation!.accounts.map((a) =>
    a.accountId === ALIBABA.accountId ? { ...a, displayName: name } : a,
  ),
});

/** The first state showing the card must be `first`, then `fresh` replaces it for good. */
function expectCachedThenFresh(shown: Shown[], first: string, fresh: string): Shown[] {
  const withCard = shown.filter((s) => s.card !== '');
  const firstOld = withCard.findIndex((s) => s.card.includes(first));
  const firstFresh = withCard.findIndex((s) => s.card.includes(fresh));
  expect(firstOld).toBe(0);
  expect(withCard[0]!.updated).toBe('1 分钟前的数据，正在更新…');
  expect(withCard[0]!.stale).toBe(true);
  expect(firstFresh).toBeGreaterThan(firstOld);
  for (const s of withCard.slice(firstFresh)) {
    expect(s.card).not.toContain(first);
    expect(s.stale).toBe(false);
    expect(s.updated).not.toContain('正在更新');
  }
  return withCard;
}

test('popup paints the cached view with its age first, then the fresh one replaces it', async ({
  context,
  extensionId,
  serve,
  worker,
  stopWorker,
  pageErrors,
}) => {
  await serve({ pollMs: POLL_MS });
  const { helper, live } = await liveView(context, extensionId);
  await helper.close();
  const freshName = nameOf(live);
  expect(freshName).not.toBe(CACHED_NAME);
  // The background evaluated again after the popup's last render (a new `now`), so the popup's
  // snapshot is of an older view and must not be painted: the cached view is the newest.
  const cachedAt = new Date(Date.now() - 90_000).toISOString();
  const cached = {
    evaluation: renamed(live, CACHED_NAME, cachedAt),
    health: live.health,
    updatedAt: cachedAt,
    lang: 'zh',
  };
  const sw = await worker();
  await setSession(sw, { [SESSION_KEY]: cached });
  await setStamp(sw, cachedAt);
  const url = await actionUrl(sw);
  expect(stampNow(url)).toBe(cachedAt);
  // A stopped worker must boot (IndexedDB, engine) before it answers: the popup's usual case.
  await stopWorker();

  const shown = await openRecorded(context, url);
  const withCard = expectCachedThenFresh(shown, CACHED_NAME, freshName);
  expect(withCard.every((s) => s.from === null)).toBe(true);
  expect(pageErrors).toEqual([]);
});

test('popup paints its own snapshot of the last view before its app loads, then the fresh one in place', async ({
  context,
  extensionId,
  serve,
  worker,
  stopWorker,
  pageErrors,
}) => {
  await serve({ pollMs: POLL_MS });
  const { helper, live } = await liveView(context, extensionId);
  const sw = await worker();
  // The popup keeps a snapshot after its fresh render; reopen it once the stream has stopped so
  // it renders the background's last evaluation, and wait until the snapshot is of that one.
  await helper.reload();
  let snap!: { html: string; viewNow: string; updatedAt: string };
  const readKept = () =>
    helper.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null') as unknown, SNAPSHOT_KEY);
  await expect(async () => {
    snap = (await readKept()) as typeof snap;
    expect(snap?.viewNow).toBeTruthy();
    expect(snap.viewNow).toBe(stampNow(await actionUrl(sw)));
  }).toPass({ timeout: STORED_TIMEOUT });
  const freshName = nameOf(live);
  expect(snap.html).toContain(freshName);
  // Same glyphs in another order: the snapshot's card is as wide as the fresh one.
  const snapName = [...freshName].reverse().join('');
  expect(snapName).not.toBe(freshName);
  const edited = {
    ...snap,
    html: snap.html.split(freshName).join(snapName),
    updatedAt: new Date(Date.now() - 90_000).toISOString(),
  };
  await helper.evaluate(([k, v]) => localStorage.setItem(k, v), [
    SNAPSHOT_KEY,
    JSON.stringify(edited),
  ] as const);
  await helper.close();
  await setSession(sw, {
    // The background's cached view of the same evaluation: the app must not paint it over the
    // snapshot (it would show CACHED_NAME).
    [SESSION_KEY]: {
      evaluation: renamed(live, CACHED_NAME, snap.viewNow),
      health: live.health,
      updatedAt: snap.updatedAt,
      lang: 'zh',
    },
  });
  const url = await actionUrl(sw);
  expect(stampNow(url)).toBe(snap.viewNow);
  await stopWorker();

  const shown = await openRecorded(context, url);
  const withCard = expectCachedThenFresh(shown, snapName, freshName);
  // Painted by the entry script (the app's swap drops the marker), never the cached view.
  expect(withCard[0]!.from).toBe('snapshot');
  expect(withCard.some((s) => s.card.includes(CACHED_NAME))).toBe(false);
  // No layout shift when the app takes over: the card stays where the snapshot put it.
  const fresh = withCard[withCard.length - 1]!;
  expect(fresh.from).toBeNull();
  expect(fresh.top).toBeCloseTo(withCard[0]!.top!, 0);
  expect(fresh.height).toBeCloseTo(withCard[0]!.height!, 0);
  expect(pageErrors).toEqual([]);
});
