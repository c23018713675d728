import { browser } from 'wxt/browser';
import type { Health } from '../../messaging';
import type { Evaluation } from '../../rules/result';
import { isEvaluation, isHealthList } from '../evaluation-guard';
import type { Lang } from '../i18n';

/**
 * The last evaluated view, kept by the background in chrome.storage.session (memory only,
 * cleared with the browser; readable by extension pages, not by content scripts). The popup
 * paints it at once and replaces it when the fresh `view` reply arrives, so its first frame
 * waits neither for IndexedDB nor for the engine.
 */
export const CACHED_VIEW_KEY = 'livepace:lastView';

export interface CachedView {
  evaluation: Evaluation;
  health: Health[];
  /** When the background evaluated it (ISO instant). */
  updatedAt: string;
  lang: Lang;
}

/** Narrows whatever storage holds (an older build's shape, nothing) to a view, or null. */
export function asCachedView(x: unknown): CachedView | null {
  if (!x || typeof x !== 'object') return null;
  const v = x as Record<string, unknown>;
  if (!isEvaluation(v.evaluation) || !isHealthList(v.health)) return null;
  if (typeof v.updatedAt !== 'string' || Number.isNaN(Date.parse(v.updatedAt))) return null;
  const lang: Lang = v.lang === 'en' ? 'en' : 'zh';
  return { evaluation: v.evaluation, health: v.health, updatedAt: v.updatedAt, lang };
}

export async function readCachedView(): Promise<CachedView | null> {
  try {
    const got = await browser.storage.session.get(CACHED_VIEW_KEY);
    return asCachedView(got[CACHED_VIEW_KEY]);
  } catch {
    return null; // no session storage (older browser): the popup waits for the fresh view
  }
}
