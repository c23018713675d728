/**
 * The popup's first frame without its app (issue #16). After each fresh render the popup keeps
 * its own markup in the extension origin's localStorage (only our own pages can read or write
 * it); the next open paints it from a tiny entry script before the Preact bundle has loaded,
 * with the stale line "N 分钟前的数据，正在更新…", and the app swaps its own render in when the
 * fresh view arrives.
 *
 * It is painted only when it shows the background's last evaluation: rememberView
 * (src/background/remember-view.ts) puts that evaluation's stamp into the toolbar popup's URL
 * (chrome.action.setPopup, `popup.html#v=…&l=…`), so the check is synchronous, with no storage
 * round trip before the first frame. After a newer evaluation, or with no stamp in the URL, the
 * app paints the background's cached view instead (cached-view.ts), so the first frame is never
 * older data than the background has. Nothing here may import the app (zod, Preact, the
 * dictionaries) or wxt/browser (one more chunk to fetch before the first frame).
 */
export const SNAPSHOT_KEY = 'livepace:popupSnapshot';

export interface ViewStamp {
  /** `evaluation.now` of the background's last view. */
  now: string;
  lang: 'zh' | 'en';
}

/** The words of the stale line in the snapshot's language, taken from the dictionary. */
export interface StaleWords {
  /** e.g. '{ago}的数据，正在更新…' */
  stale: string;
  now: string;
  /** '{n} 分钟前' */
  min: string;
  hour: string;
  day: string;
}

export interface Snapshot {
  /** innerHTML of #app after a fresh render, before the seller touched anything. */
  html: string;
  /** `evaluation.now` of the view it shows (compared with the stamp). */
  viewNow: string;
  /** The `view` reply's updatedAt: the age the stale line tells. */
  updatedAt: string;
  lang: 'zh' | 'en';
  words: StaleWords;
}

/** Same steps as agoText (src/ui/format.ts); a unit test holds the two to one answer. */
export function agoWords(w: StaleWords, at: string, now: Date): string {
  const min = Math.floor((now.getTime() - new Date(at).getTime()) / 60_000);
  const n = (tpl: string, v: number) => tpl.replace('{n}', String(v));
  if (min < 1) return w.now;
  if (min < 60) return n(w.min, min);
  if (min < 48 * 60) return n(w.hour, Math.floor(min / 60));
  return n(w.day, Math.floor(min / 1440));
}

const isSnapshot = (x: unknown): x is Snapshot => {
  if (!x || typeof x !== 'object') return false;
  const s = x as Record<string, unknown>;
  const w = s.words as Record<string, unknown> | undefined;
  return (
    typeof s.html === 'string' &&
    typeof s.viewNow === 'string' &&
    typeof s.updatedAt === 'string' &&
    !!w &&
    ['stale', 'now', 'min', 'hour', 'day'].every((k) => typeof w[k] === 'string')
  );
};

/** The popup path that carries `stamp` (what rememberView hands to chrome.action.setPopup). */
export const popupPathFor = (stamp: ViewStamp): string =>
  `popup.html#${new URLSearchParams({ v: stamp.now, l: stamp.lang }).toString()}`;

/** The stamp in the popup's URL hash, or null (opened without one, or not ours). */
export function stampOf(hash: string): ViewStamp | null {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const now = q.get('v');
  const lang = q.get('l');
  return now && (lang === 'zh' || lang === 'en') ? { now, lang } : null;
}

/**
 * The snapshot worth painting now, or null (none, no stamp, another evaluation, another
 * language). Synchronous: `store` is the page's localStorage, `hash` its location.hash.
 */
export function readSnapshot(store: Pick<Storage, 'getItem'>, hash: string): Snapshot | null {
  const stamp = stampOf(hash);
  if (!stamp) return null;
  try {
    const snap: unknown = JSON.parse(store.getItem(SNAPSHOT_KEY) ?? 'null');
    if (!isSnapshot(snap)) return null;
    return snap.viewNow === stamp.now && snap.lang === stamp.lang ? snap : null;
  } catch {
    return null; // unreadable or no storage: the app paints as before
  }
}

/**
 * Paints the snapshot into `root` as it was rendered, with its updated line turned into the
 * stale line the app shows for a cached view (same text, same `data-stale`).
 */
export function paintSnapshot(root: HTMLElement, s: Snapshot, now: Date): void {
  root.innerHTML = s.html;
  root.dataset.from = 'snapshot'; // for a look in DevTools: the app's swap drops it
  document.documentElement.lang = s.lang === 'zh' ? 'zh-CN' : 'en';
  const line = root.querySelector('[data-testid="updated"]');
  if (!line) return;
  line.textContent = s.words.stale.replace('{ago}', agoWords(s.words, s.updatedAt, now));
  line.setAttribute('data-stale', 'true');
}
