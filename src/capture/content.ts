/**
 * Content-script wiring shared by the three console entrypoints: accept the tap's bridge at
 * document_start, read the DOM once it exists, pick the adapter for the current URL (and
 * again after an SPA navigation), and stop everything when WXT invalidates the context.
 * Each entrypoint passes its own platform's adapters so the others stay out of its bundle.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pickAdapter, type Adapter } from './adapter';
import { onBindingsChanged, loadBindings } from './binding-store';
import { setCurrentPage, type Binding } from './bindings';
import { acceptBridge } from './bridge';
import { watchDom } from './dom-watch';
import { createRunner, type Runner } from './runner';
import { sendLean } from './sender';

const randomId = (): string => Math.random().toString(36).slice(2, 10) + Date.now().toString(36);

export function startCapture(
  ctx: ContentScriptContext,
  adapters: readonly Adapter[],
  withTap: boolean,
): void {
  const doc = document;
  const pageId = randomId();
  let runner: Runner | null = null;
  let href = '';
  let generation = 0;
  let bindings: readonly Binding[] = [];
  const reloadBindings = (kind: string): void => {
    void loadBindings(kind)
      .then((list) => {
        if (runner && current()?.adapterId === kind) {
          // No bindings before or after (the usual case): nothing new to read.
          const same = list.length === 0 && bindings.length === 0;
          bindings = list;
          if (!same) runner.onDom();
        }
      })
      .catch(() => undefined);
  };

  // Checked on every tap message and DOM batch: SPA consoles change URL without a new page.
  const current = (): Runner | null => {
    if (doc.location.href === href) return runner;
    href = doc.location.href;
    const adapter = pickAdapter(adapters, new URL(href));
    bindings = [];
    runner = adapter
      ? createRunner({
          adapter,
          doc,
          url: new URL(href),
          send: sendLean,
          pageInstanceId: `${pageId}.${++generation}`,
          setTimer: timerOf(ctx),
          bindings: () => bindings,
        })
      : null;
    // The badge's 点选 binds figures for this page kind.
    if (window.top === window) setCurrentPage(adapter?.id ?? null);
    if (adapter) reloadBindings(adapter.id);
    return runner;
  };

  // Must run synchronously at document_start, before any page script can post a handshake.
  if (withTap) acceptBridge(window, (m) => current()?.onTap(m), ctx.signal);

  whenReady(ctx, () => watchDom(doc, () => current()?.onDom(), ctx.signal));
  onLeaving(ctx, () => void runner?.flush(true));
  const stop = onBindingsChanged(() => {
    const kind = current()?.adapterId;
    if (kind) reloadBindings(kind);
  });
  ctx.onInvalidated(stop);
}

/**
 * Timers that do nothing once the context is invalid. Not ctx.setTimeout: it adds an abort
 * listener per timer that stays for the page's lifetime, and the runner arms one a second.
 */
const timerOf =
  (ctx: ContentScriptContext) =>
  (fn: () => void, ms: number): void =>
    void setTimeout(() => {
      if (!ctx.isInvalid) fn();
    }, ms);

/** A reading held back (runner-observation.ts, DURATION_STEP_S) leaves before the tab is hidden or left. */
function onLeaving(ctx: ContentScriptContext, fn: () => void): void {
  ctx.addEventListener(window, 'pagehide', fn);
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'hidden') fn();
  });
}

/** Runs `fn` once the DOM is parsed (content scripts here start at document_start). */
export function whenReady(ctx: ContentScriptContext, fn: () => void): void {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', fn, { once: true, signal: ctx.signal });
  } else fn();
}
