import { render } from 'preact';
import { browser } from 'wxt/browser';
import { VIEW_UPDATED_KEY } from '../../src/messaging/keys';
import { fetchBadgeSettings, fetchView } from '../../src/ui/badge/rpc';
import { PopupApp } from '../../src/ui/popup/App';
import { readCachedView } from '../../src/ui/popup/cached-view';
import { snapshotKeeper } from '../../src/ui/popup/snapshot-save';
import { createViewStore, type ViewState } from '../../src/ui/store';
import '../../src/ui/i18n/register';

/**
 * The popup's app, loaded by main.tsx after (or while) it paints the last snapshot.
 * `painted`: main.tsx already shows the background's last view from the snapshot; then the
 * cached view (the same evaluation, without insights) is not painted again, and the app's
 * first render waits for the fresh view and replaces the snapshot in one step.
 */
export function startPopup(root: HTMLElement, painted: boolean): void {
  // Raw rpc (light guards, no zod) keeps the popup bundle small and its first render fast.
  const store = createViewStore({
    view: () => fetchView(),
    lang: async () => (await fetchBadgeSettings('jd')).lang,
  });
  // The background's last view first (no IndexedDB, no engine), then the fresh one in place.
  if (!painted) void readCachedView().then((c) => c && store.getState().paintCached(c));
  void store.getState().load();
  // The background bumps this key after each re-evaluation: re-read the view.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && VIEW_UPDATED_KEY in changes) void store.getState().load();
  });
  const keeper = snapshotKeeper(() => document.getElementById('app'));
  const onFresh = (s: ViewState) => {
    if (s.evaluation && s.updatedAt)
      keeper.keep({ viewNow: s.evaluation.now, updatedAt: s.updatedAt, lang: s.lang });
  };
  const app = <PopupApp store={store} onFresh={onFresh} />;
  if (!painted) {
    render(app, root);
    return;
  }
  // Rendered off-page and swapped in whole: the snapshot stays until there is data to replace
  // it, and no frame shows a half-diffed mix of the two.
  const stop = store.subscribe((s) => {
    if (s.status === 'loading') return;
    stop();
    const next = document.createElement('div');
    next.id = root.id;
    render(app, next);
    root.replaceWith(next);
  });
}
