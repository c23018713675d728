import { browser } from 'wxt/browser';
import { t, type Lang } from '../i18n';
import { SNAPSHOT_KEY, type Snapshot, type StaleWords } from './snapshot';

/** The stale line's words in `lang`, with their placeholders left in (t keeps a missing one). */
export const staleWords = (lang: Lang): StaleWords => ({
  stale: t(lang, 'popup.stale', { ago: '{ago}' }),
  now: t(lang, 'ago.now'),
  min: t(lang, 'ago.min'),
  hour: t(lang, 'ago.hour'),
  day: t(lang, 'ago.day'),
});

/**
 * Keeps what #app shows after a fresh render for the next open (snapshot.ts). Only until the
 * seller clicks or types: an opened fold or a half-filled form is this open's state, not what
 * the next open's app would render, and painting it would shift the page when the app takes over.
 */
export function snapshotKeeper(root: () => HTMLElement | null): {
  keep: (v: { viewNow: string; updatedAt: string; lang: Lang }) => void;
} {
  let touched = false;
  const touch = () => (touched = true);
  for (const type of ['pointerdown', 'keydown'] as const)
    document.addEventListener(type, touch, { capture: true, once: true });
  const idle = (f: () => void) =>
    'requestIdleCallback' in window ? requestIdleCallback(f, { timeout: 500 }) : setTimeout(f, 50);
  return {
    keep: (v) =>
      idle(() => {
        const el = root();
        if (touched || !el) return;
        const snap: Snapshot = { ...v, html: el.innerHTML, words: staleWords(v.lang) };
        // Best effort: a full session storage only costs the next open its head start.
        void browser.storage.session.set({ [SNAPSHOT_KEY]: snap }).catch(() => undefined);
      }),
  };
}
