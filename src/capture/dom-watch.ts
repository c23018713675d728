/**
 * One MutationObserver per page. Its callback only marks the page dirty; the actual
 * reading runs later in an animation frame (or idle time when the tab is hidden and rAF
 * is paused), at most once per `minGapMs`, and everything stops when `signal` aborts.
 */
export interface WatchOptions {
  minGapMs?: number;
  /** Injected in tests; defaults to requestAnimationFrame with an idle/timeout fallback. */
  schedule?: (fn: () => void) => void;
  now?: () => number;
}

function defaultSchedule(win: Window): (fn: () => void) => void {
  return (fn) => {
    let done = false;
    const once = (): void => {
      if (!done) {
        done = true;
        fn();
      }
    };
    if (win.document.visibilityState === 'visible') win.requestAnimationFrame(once);
    // Hidden tabs get no frames: fall back to idle time, bounded so readings stay fresh.
    if (typeof win.requestIdleCallback === 'function')
      win.requestIdleCallback(once, { timeout: 500 });
    else win.setTimeout(once, 100);
  };
}

export function watchDom(
  doc: Document,
  onDirty: () => void,
  signal: AbortSignal,
  opts: WatchOptions = {},
): void {
  const win = doc.defaultView;
  if (!win || signal.aborted) return;
  const minGap = opts.minGapMs ?? 250;
  const schedule = opts.schedule ?? defaultSchedule(win);
  const now = opts.now ?? (() => Date.now());
  let queued = false;
  let last = -Infinity;
  const run = (): void => {
    if (signal.aborted) return;
    const wait = last + minGap - now();
    if (wait > 0) {
      win.setTimeout(() => schedule(run), wait);
      return;
    }
    queued = false;
    last = now();
    onDirty();
  };
  const mo = new win.MutationObserver(() => {
    if (queued) return;
    queued = true;
    schedule(run);
  });
  mo.observe(doc.documentElement, { subtree: true, childList: true, characterData: true });
  signal.addEventListener('abort', () => mo.disconnect(), { once: true });
  queued = true;
  schedule(run);
}
