import { render } from 'preact';
import { browser } from 'wxt/browser';
import { VIEW_UPDATED_KEY } from '../../src/messaging/keys';
import { fetchBadgeSettings, fetchView } from '../../src/ui/badge/rpc';
import { PopupApp } from '../../src/ui/popup/App';
import { readCachedView } from '../../src/ui/popup/cached-view';
import { createViewStore } from '../../src/ui/store';
import '../../assets/css/popup.css';
import '../../src/ui/i18n/register';

// Raw rpc (light guards, no zod) keeps the popup bundle small and its first render fast.
const store = createViewStore({
  view: () => fetchView(),
  lang: async () => (await fetchBadgeSettings('jd')).lang,
});
// The background's last view first (no IndexedDB, no engine), then the fresh one in place.
void readCachedView().then((c) => c && store.getState().paintCached(c));
void store.getState().load();
// The background bumps this key after each re-evaluation: re-read the view.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && VIEW_UPDATED_KEY in changes) void store.getState().load();
});

render(<PopupApp store={store} />, document.getElementById('app')!);
