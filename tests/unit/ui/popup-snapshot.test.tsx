// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';

/** chrome.storage.session as the background and the popup leave it. */
const session: Record<string, unknown> = {};
/** What the background last handed to chrome.action.setPopup. */
const action = { popup: 'popup.html' };
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { sendMessage: async () => ({ ok: true }) },
    action: { setPopup: async (o: { popup: string }) => void (action.popup = o.popup) },
    storage: {
      session: {
        get: async (keys: string | string[]) =>
          Object.fromEntries(
            [keys]
              .flat()
              .filter((k) => k in session)
              .map((k) => [k, session[k]]),
          ),
        set: async (o: Record<string, unknown>) => void Object.assign(session, o),
      },
    },
  },
}));
await import('../../../src/ui/i18n/register');
const { agoText } = await import('../../../src/ui/format');
const { PopupApp } = await import('../../../src/ui/popup/App');
const { createViewStore } = await import('../../../src/ui/store');
const snapshot = await import('../../../src/ui/popup/snapshot');
const { firstScreens, snapshotKeeper, staleWords } =
  await import('../../../src/ui/popup/snapshot-save');
const { rememberView } = await import('../../../src/background/remember-view');
const { defaultSettings } = await import('../../../src/settings');
const { evaluation, jdAccount } = await import('./fixtures');
const { SNAPSHOT_KEY, agoWords, paintSnapshot, popupPathFor, readSnapshot, stampOf } = snapshot;

const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));
const NOW = new Date('2026-01-20T15:00:00+08:00');
/** The hash of the popup URL the toolbar button opens now. */
const actionHash = () => new URL(action.popup, 'chrome-extension://x/').hash;
const kept = () => JSON.parse(localStorage.getItem(SNAPSHOT_KEY) ?? 'null') as unknown;

describe('popup snapshot: its own last render, painted before the app', () => {
  it('tells the age in the same words as agoText, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const w = staleWords(lang);
      expect(w.stale).toBe(lang === 'zh' ? '{ago}的数据，正在更新…' : 'Data from {ago}, updating…');
      for (const min of [0, 0.5, 1, 59, 60, 61, 119, 47 * 60, 48 * 60, 3 * 1440 + 5]) {
        const at = new Date(NOW.getTime() - min * 60_000).toISOString();
        expect(agoWords(w, at, NOW), `${lang} ${min}`).toBe(agoText(at, lang, NOW));
      }
    }
  });

  it('keeps the fresh render and paints it back with the stale line and the app’s markup', async () => {
    const store = createViewStore({
      view: async () => ({ evaluation, health: [], updatedAt: NOW.toISOString() }),
      lang: async () => 'zh',
    });
    const root = document.createElement('div');
    root.id = 'app';
    document.body.append(root);
    const keeper = snapshotKeeper(() => root);
    render(
      <PopupApp
        store={store}
        onFresh={(s) =>
          keeper.keep({ viewNow: s.evaluation!.now, updatedAt: s.updatedAt!, lang: s.lang })
        }
      />,
      root,
    );
    await store.getState().load();
    await tick(700); // idle callback (timeout 500 ms)
    const snapKept = kept() as { html: string; viewNow: string };
    expect(snapKept.viewNow).toBe(evaluation.now);
    expect(snapKept.html).toBe(root.innerHTML);
    expect(snapKept.html).toContain(jdAccount.displayName);
    // Without the background's stamp in the popup's URL, nothing is painted.
    expect(readSnapshot(localStorage, '')).toBeNull();
    // The background's stamp is of this evaluation: the snapshot is what the next open paints.
    await rememberView(evaluation, [], defaultSettings(), NOW);
    expect(action.popup).toMatch(/^popup\.html#/);
    expect(stampOf(actionHash())).toEqual({ now: evaluation.now, lang: 'zh' });
    const snap = readSnapshot(localStorage, actionHash());
    expect(snap).not.toBeNull();
    const next = document.createElement('div');
    paintSnapshot(next, snap!, new Date(NOW.getTime() + 90_000));
    const line = next.querySelector('[data-testid="updated"]')!;
    expect(line.textContent).toBe('1 分钟前的数据，正在更新…');
    expect(line.getAttribute('data-stale')).toBe('true');
    expect(next.querySelector('[data-testid="account"]')!.outerHTML).toBe(
      root.querySelector('[data-testid="account"]')!.outerHTML,
    );
    render(null, root);
    root.remove();
  });

  it('is not painted once the background has evaluated again, or in another language', async () => {
    const html = '<main><div data-testid="updated">更新于 刚刚</div></main>';
    const snap = {
      html,
      viewNow: evaluation.now,
      updatedAt: NOW.toISOString(),
      lang: 'zh',
      words: staleWords('zh'),
    };
    localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(snap));
    const hashOf = (now: string, lang: 'zh' | 'en') =>
      new URL(popupPathFor({ now, lang }), 'chrome-extension://x/').hash;
    expect(readSnapshot(localStorage, hashOf(evaluation.now, 'zh'))).toEqual(snap);
    expect(readSnapshot(localStorage, hashOf('2026-01-20T15:00:05+08:00', 'zh'))).toBeNull();
    expect(readSnapshot(localStorage, hashOf(evaluation.now, 'en'))).toBeNull();
    // No stamp, half a stamp, or one in an unknown language: not painted.
    expect(readSnapshot(localStorage, '')).toBeNull();
    expect(readSnapshot(localStorage, `#v=${encodeURIComponent(evaluation.now)}`)).toBeNull();
    expect(readSnapshot(localStorage, hashOf(evaluation.now, 'zh').replace('l=zh', 'l=fr'))).toBe(
      null,
    );
    localStorage.setItem(SNAPSHOT_KEY, JSON.stringify({ ...snap, words: { stale: 'x' } }));
    expect(readSnapshot(localStorage, hashOf(evaluation.now, 'zh'))).toBeNull();
    localStorage.setItem(SNAPSHOT_KEY, '{not json');
    expect(readSnapshot(localStorage, hashOf(evaluation.now, 'zh'))).toBeNull();
  });

  it('carries the stamp through the popup URL unchanged, offsets and all', () => {
    for (const now of ['2026-01-20T15:00:05+08:00', '2026-01-20T07:00:05.123Z']) {
      const url = new URL(popupPathFor({ now, lang: 'en' }), 'chrome-extension://x/');
      expect(url.pathname).toBe('/popup.html');
      expect(stampOf(url.hash)).toEqual({ now, lang: 'en' });
    }
  });

  it('keeps nothing after the seller clicked: an opened fold is not the next open’s render', async () => {
    localStorage.removeItem(SNAPSHOT_KEY);
    const root = document.createElement('div');
    root.innerHTML = '<main>x</main>';
    const keeper = snapshotKeeper(() => root);
    document.dispatchEvent(new Event('pointerdown'));
    keeper.keep({ viewNow: evaluation.now, updatedAt: NOW.toISOString(), lang: 'zh' });
    await tick(700);
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull();
  });

  it('keeps only the sections and cards that start within two popup heights', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<header data-testid="head">开播进度</header>' +
      '<section data-testid="platform" data-top="40"><h2>京东直播</h2>' +
      '<article data-testid="account" data-top="60">A</article>' +
      '<article data-testid="account" data-top="1199">B</article>' +
      '<article data-testid="account" data-top="1201">C</article></section>' +
      '<section data-testid="platform" data-top="1300"><h2>视频号</h2>' +
      '<article data-testid="account" data-top="1320">D</article></section>';
    const at = (e: Element, top: number) =>
      Object.assign(e, { getBoundingClientRect: () => ({ top }) as DOMRect });
    at(root, 0);
    for (const e of root.querySelectorAll('[data-top]')) at(e, Number(e.getAttribute('data-top')));
    const kept = document.createElement('div');
    kept.innerHTML = firstScreens(root, 1200);
    expect([...kept.querySelectorAll('[data-testid="account"]')].map((e) => e.textContent)).toEqual(
      ['A', 'B'],
    );
    expect(kept.querySelectorAll('[data-testid="platform"]')).toHaveLength(1);
    expect(kept.querySelector('[data-testid="head"]')?.textContent).toBe('开播进度');
    // The live page is left as it was; with nothing below the limit the markup is kept whole.
    expect(root.querySelectorAll('[data-testid="account"]')).toHaveLength(4);
    expect(firstScreens(root, 5000)).toBe(root.innerHTML);
  });
});
