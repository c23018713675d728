import { render } from 'preact';
import { browser } from 'wxt/browser';
import { VIEW_UPDATED_KEY } from '../../src/messaging';
import { send } from '../../src/messaging-runtime';
import { PopupApp } from '../../src/ui/popup/App';
import { createViewStore } from '../../src/ui/store';
import '../../src/ui/popup/popup.css';

const store = createViewStore({
  view: () => send('view', {}),
  lang: async () => (await send('getSettings', {})).global.language,
});
void store.getState().load();
// The background bumps this key after each re-evaluation: re-read the view.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && VIEW_UPDATED_KEY in changes) void store.getState().load();
});

render(<PopupApp store={store} />, document.getElementById('app')!);
