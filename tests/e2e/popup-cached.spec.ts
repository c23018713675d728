import { test, expect } from './fixtures';
import { CONSOLE_URLS } from '../fixtures/consoles';
import { ALIBABA, POLL_MS, STORED_TIMEOUT, openConsole, rpc } from './support/stream';

/**
 * Issue #16: the popup paints the background's last view at once (chrome.storage.session),
 * then the fresh evaluation in place. Asserted by what the page showed and in which order,
 * never by time: an observer installed before the popup's first script records every distinct
 * state of the updated line and the account card.
 */

/** The key the background keeps its last view under (src/ui/popup/cached-view.ts). */
const SESSION_KEY = 'livepace:lastView';
const CACHED_NAME = '缓存里的旧店名';

interface Shown {
  updated: string | null;
  stale: boolean;
  card: string;
}

interface EvaluationReply {
  evaluation: {
    now: string;
    accounts: Array<{ platform: string; accountId: string; displayName: string }>;
  } | null;
  health: unknown[];
}

test('popup paints the cached view with its age first, then the fresh one replaces it', async ({
  context,
  serve,
  extensionId,
  worker,
  stopWorker,
  pageErrors,
}) => {
  await serve({ pollMs: POLL_MS });
  const consolePage = await openConsole(context, CONSOLE_URLS.alibabaWorkbench);
  const helper = await context.newPage();
  await helper.goto(`chrome-extension://${extensionId}/popup.html`);
  // The live view as the background evaluated it from the console's readings.
  let live!: EvaluationReply;
  await expect(async () => {
    live = (await rpc(helper, 'view', {})) as EvaluationReply;
    const acc = live.evaluation?.accounts.find((a) => a.accountId === ALIBABA.accountId);
    expect(acc?.displayName).toBeTruthy();
  }).toPass({ timeout: STORED_TIMEOUT });
  // No more readings: nothing may re-evaluate and overwrite the seeded copy.
  await consolePage.close();
  await helper.close();
  const evaluation = live.evaluation!;
  const freshName = evaluation.accounts.find((a) => a.accountId === ALIBABA.accountId)!.displayName;
  expect(freshName).not.toBe(CACHED_NAME);

  // The cached copy differs from the live one only by the account's name, and is 90 s old.
  const cached = {
    evaluation: {
      ...evaluation,
      accounts: evaluation.accounts.map((a) =>
        a.accountId === ALIBABA.accountId ? { ...a, displayName: CACHED_NAME } : a,
      ),
    },
    health: live.health,
    updatedAt: new Date(Date.now() - 90_000).toISOString(),
    lang: 'zh',
  };
  const sw = await worker();
  await sw.evaluate(([k, v]) => chrome.storage.session.set({ [k]: v }), [
    SESSION_KEY,
    cached,
  ] as const);
  // A stopped worker must boot (IndexedDB, engine) before it answers: the popup's usual case.
  await stopWorker();

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.addInitScript((accountId: string) => {
    const seen: Shown[] = [];
    (window as unknown as { lpShown: Shown[] }).lpShown = seen;
    const record = () => {
      const u = document.querySelector('[data-testid="updated"]');
      const card = document.querySelector(`[data-testid="account"][data-account="${accountId}"]`);
      const now: Shown = {
        updated: u?.textContent ?? null,
        stale: u?.getAttribute('data-stale') === 'true',
        card: card?.textContent ?? '',
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
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('updated')).toHaveText('更新于 刚刚', { timeout: 15_000 });

  const shown = await popup.evaluate(() => (window as unknown as { lpShown: Shown[] }).lpShown);
  const withCard = shown.filter((s) => s.card !== '');
  const firstCached = withCard.findIndex((s) => s.card.includes(CACHED_NAME));
  const firstFresh = withCard.findIndex((s) => s.card.includes(freshName));
  // The cached view came first, with its age line, before anything fresh was on screen.
  expect(firstCached).toBe(0);
  expect(withCard[0]!.updated).toBe('1 分钟前的数据，正在更新…');
  expect(withCard[0]!.stale).toBe(true);
  // Then the fresh one replaced it, without the stale line, and the cached name never came back.
  expect(firstFresh).toBeGreaterThan(firstCached);
  for (const s of withCard.slice(firstFresh)) {
    expect(s.card).not.toContain(CACHED_NAME);
    expect(s.stale).toBe(false);
    expect(s.updated).not.toContain('正在更新');
  }
  await expect(popup.locator('[data-testid="account"]', { hasText: freshName })).toHaveCount(1);
  await expect(popup.getByText(CACHED_NAME)).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
