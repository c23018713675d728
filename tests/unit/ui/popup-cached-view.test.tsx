// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';

/** chrome.storage.session as the background leaves it. */
const session: Record<string, unknown> = {};
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { sendMessage: async () => ({ ok: true }) },
    storage: {
      session: {
        get: async (k: string) => (k in session ? { [k]: session[k] } : {}),
        set: async (o: Record<string, unknown>) => void Object.assign(session, o),
      },
    },
  },
}));
await import('../../../src/ui/i18n/register');
const { PopupApp } = await import('../../../src/ui/popup/App');
const { createViewStore } = await import('../../../src/ui/store');
const { readCachedView, CACHED_VIEW_KEY } = await import('../../../src/ui/popup/cached-view');
const { rememberView } = await import('../../../src/background/remember-view');
const { defaultSettings } = await import('../../../src/settings');
const { evaluation, jdAccount } = await import('./fixtures');

/** Lets Preact flush its (debounced) re-render. */
const tick = () => new Promise((r) => setTimeout(r, 20));

describe('popup: the last view at once, then the fresh one in place', () => {
  it('paints the cached view with its age while the fresh one loads, then replaces it', async () => {
    const at = new Date(Date.now() - 90_000); // evaluated a minute and a half ago
    const cachedEval = { ...evaluation, accounts: [{ ...jdAccount, displayName: '缓存店铺' }] };
    await rememberView(cachedEval, [], defaultSettings(), at);
    let answer!: (v: unknown) => void;
    const fresh = new Promise((r) => (answer = r));
    const store = createViewStore({
      view: () => fresh as never,
      lang: async () => 'zh',
    });
    const root = document.createElement('div');
    render(<PopupApp store={store} />, root);
    void store.getState().load();
    const c = await readCachedView();
    expect(c?.updatedAt).toBe(at.toISOString());
    store.getState().paintCached(c!);
    await tick();
    const names = () =>
      [...root.querySelectorAll('[data-testid="account"]')].map((e) => e.textContent ?? '');
    expect(names().some((t) => t.includes('缓存店铺'))).toBe(true);
    expect(root.querySelector('[data-testid="updated"]')!.textContent).toBe(
      '1 分钟前的数据，正在更新…',
    );
    const freshEval = { ...evaluation, accounts: [{ ...jdAccount, displayName: '最新店铺' }] };
    answer({ evaluation: freshEval, health: [], updatedAt: new Date().toISOString() });
    await tick();
    await tick();
    expect(names().some((t) => t.includes('最新店铺'))).toBe(true);
    expect(names().some((t) => t.includes('缓存店铺'))).toBe(false);
    expect(root.querySelector('[data-testid="updated"]')!.textContent).toBe('更新于 刚刚');
    // A cached view read after the fresh one arrived never paints over it.
    store.getState().paintCached(c!);
    await tick();
    expect(names().some((t) => t.includes('最新店铺'))).toBe(true);
  });

  it('ignores what is not a view (older build, nothing stored)', async () => {
    session[CACHED_VIEW_KEY] = { evaluation: { accounts: 'x' }, health: [], updatedAt: 'now' };
    expect(await readCachedView()).toBeNull();
    delete session[CACHED_VIEW_KEY];
    expect(await readCachedView()).toBeNull();
  });
});
