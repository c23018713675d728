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
        const snap: Snapshot = { ...v, html: firstScreens(el), words: staleWords(v.lang) };
        try {
          localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(snap));
        } catch {
          // Best effort: a full storage only costs the next open its head start.
        }
      }),
  };
}

/** What the snapshot keeps: the cards that start within this many popup heights. */
export const SNAPSHOT_SCREENS = 2;

/**
 * #app's markup without the platform sections and account cards that start below the first
 * SNAPSHOT_SCREENS popup heights: the first frame has only what the seller can see (at 60
 * accounts the whole list was a 117 KB snapshot to read and parse before the first card), and
 * the app's render brings the rest, out of view, a moment later.
 */
export function firstScreens(root: HTMLElement, limit = SNAPSHOT_SCREENS * innerHeight): string {
  const PARTS = '[data-testid="platform"], [data-testid="account"]';
  const top = root.getBoundingClientRect().top;
  const below = [...root.querySelectorAll(PARTS)].map(
    (e) => e.getBoundingClientRect().top - top > limit,
  );
  if (!below.includes(true)) return root.innerHTML;
  const copy = root.cloneNode(true) as HTMLElement;
  // The copy has the same elements in the same document order as the live one.
  [...copy.querySelectorAll(PARTS)].forEach((e, i) => (below[i] ? e.remove() : undefined));
  return copy.innerHTML;
}
