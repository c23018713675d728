/**
 * One MutationObserver per page, and nothing done per mutation: the first mutation after a
 * read disconnects the observer (so the page's later mutations create no records for us) and
 * queues one read in idle time (requestIdleCallback with a timeout, so a busy page still gets
 * fresh readings), at most once per `minGapMs`; the read re-observes first. Everything stops
 * when `signal` aborts.
 */
export interface WatchOptions {
  /** Default 1000 ms: the runner sends at most once a second, so faster reads go unused. */
  minGapMs?: number;
  /** Injected in tests; defaults to requestIdleCallback with a timeout (setTimeout without). */
  schedule?: (fn: () => void) => void;
  now?: () => number;
}

/** Longest a queued read waits for idle time. */
const IDLE_TIMEOUT_MS = 1000;

function defaultSchedule(win: Window): (fn: () => void) => void {
  return (fn) => {
    if (typeof win.requestIdleCallback === 'function')
      win.requestIdleCallback(() => fn(), { timeout: IDLE_TIMEOUT_MS });
    else win.setTimeout(fn, 100);
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
  const minGap = opts.minGapMs ?? 1000;
  const schedule = opts.schedule ?? defaultSchedule(win);
  const now = opts.now ?? (() => Date.now());
  let last = -Infinity;
  const watch = (): void =>
    mo.observe(doc.documentElement, { subtree: true, childList: true, characterData: true });
  const run = (): void => {
    if (signal.aborted) return;
    const wait = last + minGap - now();
    if (wait > 0) {
      win.setTimeout(() => schedule(run), wait);
      return;
    }
    last = now();
    // Watch again before reading: a change made during or after this read queues the next.
    watch();
    onDirty();
  };
  const mo = new win.MutationObserver(() => {
    mo.disconnect();
    schedule(run);
  });
  signal.addEventListener('abort', () => mo.disconnect(), { once: true });
  schedule(run);
}
