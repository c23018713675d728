import { browser } from 'wxt/browser';
import type { Health } from '../messaging';
import type { Evaluation } from '../rules/result';
import type { GlobalSettings } from '../settings';
import { CACHED_VIEW_KEY, type CachedView } from '../ui/popup/cached-view';

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
  await browser.storage.session.set({ [CACHED_VIEW_KEY]: view }).catch(() => undefined);
}
