import { browser } from 'wxt/browser';
import type { Health } from '../messaging';
import type { Evaluation } from '../rules/result';
import type { GlobalSettings } from '../settings';
import { CACHED_VIEW_KEY, type CachedView } from '../ui/popup/cached-view';
import { popupPathFor, type ViewStamp } from '../ui/popup/snapshot';

/**
 * Keeps the view just evaluated where the popup reads it before asking the worker (see
 * src/ui/popup/cached-view.ts). Best effort: a full session storage only costs the popup its
 * head start, never an evaluation.
 */
export async function rememberView(
  evaluation: Evaluation,
  health: Health[],
  settings: GlobalSettings,
  now: Date,
): Promise<void> {
  const view: CachedView = {
    evaluation,
    health,
    updatedAt: now.toISOString(),
    lang: settings.language === 'en' ? 'en' : 'zh',
  };
  // The stamp says which evaluation this is, so the popup's snapshot of it (snapshot.ts) is
  // painted only while it still shows this one. It rides in the toolbar popup's URL: the popup
  // reads it synchronously, before any storage answer could arrive. Set after the cached view,
  // so a popup that finds the new stamp also finds the view it names.
  const stamp: ViewStamp = { now: evaluation.now, lang: view.lang };
  await browser.storage.session.set({ [CACHED_VIEW_KEY]: view }).catch(() => undefined);
  try {
    await browser.action.setPopup({ popup: popupPathFor(stamp) });
  } catch {
    // Best effort, like the cached view: without the action API (unit tests) nothing to stamp.
  }
}
