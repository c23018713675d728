import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ReadKey } from '../../capture/adapter';
import { currentPage, onCurrentPage } from '../../capture/page-slot';
import type { Platform } from '../../history/model';
import type { Health } from '../../messaging';
import type { Evaluation } from '../../rules/result';
import type { AccountInsight } from '../../messaging/schemas/insight';
import { pageHealth, unreadKeys } from './honest';
import { loadPicker } from './picker-load';
import { createBadgeShadow } from './shadow';
import { clampPos, loadPos, savePos, type Pos } from './position';
import {
  disableBadge,
  fetchBadgeSettings,
  fetchView,
  loadBadgeStrings,
  type BadgeSettings,
} from './rpc';
import { platformViewKey } from '../../messaging/keys';
import { moveTo, renderBadge } from './view';

/**
 * Mounts the in-page strip for `platform` in a shadow root. The host element carries
 * `data-livepace-badge="<platform>"` for tests; everything is torn down through `ctx`.
 */
// eslint-disable-next-line max-lines-per-function -- one closure: the strip state, storage listener, redraw and teardown share it; no Preact in content scripts, DOM building lives in view.ts
export async function mountBadge(ctx: ContentScriptContext, platform: Platform): Promise<void> {
  const settings: BadgeSettings = await fetchBadgeSettings(platform).catch(() => ({
    lang: 'zh' as const,
    disabled: false,
    global: {},
  }));
  if (settings.disabled || ctx.isInvalid) return;
  // The stylesheet comes with the strings (src/ui/badge/css.ts, sent by the background).
  const css = await loadBadgeStrings(settings.lang).catch(() => '');
  const host = location.host;
  let pos: Pos = await loadPos(host);
  let evaluation: Evaluation | null = null;
  let health: Health[] = [];
  let insights: AccountInsight[] = [];
  let layer: HTMLElement | null = null;
  /** Cancels pick mode while it is on. */
  let picking: (() => void) | null = null;
  const manualUrl = browser.runtime.getURL('/options.html#manual');
  let wrapper: HTMLElement | null = null;
  let root: HTMLElement | null = null;
  let collapsed = false;
  // A redraw mid-drag would replace the grip that holds the pointer capture: defer it.
  let dragging = false;
  let pending = false;
  /** The strip's HTML as last put on the page: an identical redraw leaves the page alone. */
  let drawn = '';

  const ui = await createBadgeShadow(ctx, {
    css,
    onMount(container) {
      const div = document.createElement('div');
      container.append(div);
      wrapper = div;
      layer = container;
      draw();
    },
    onRemove() {
      wrapper?.replaceChildren();
      wrapper = root = null;
      drawn = '';
    },
  });
  ui.shadowHost.setAttribute('data-livepace-badge', platform);

  function place(p: Pos): Pos {
    const box = root?.getBoundingClientRect();
    return clampPos(
      p,
      { w: box?.width ?? 260, h: box?.height ?? 40 },
      { w: innerWidth, h: innerHeight },
    );
  }
  function move(p: Pos): void {
    pos = place(p);
    if (root) moveTo(root, pos);
  }
  function draw(): void {
    if (!wrapper) return;
    if (dragging) {
      pending = true;
      return;
    }
    pending = false;
    const focused = ui.shadow.activeElement?.getAttribute('data-k');
    const next = renderBadge({
      platform,
      lang: settings.lang,
      evaluation,
      health,
      insights,
      page: currentPage.id,
      onPick: currentPage.id && !picking ? () => void pick() : undefined,
      manualUrl,
      pos: () => pos,
      collapsed,
      onToggle: () => {
        collapsed = !collapsed;
        draw();
      },
      onMove: (p: Pos) => {
        dragging = true;
        move(p);
      },
      onMoveEnd: (p: Pos) => {
        dragging = false;
        move(p);
        void savePos(host, pos);
        if (pending) draw();
      },
      onClose: () => {
        ui.remove();
        void disableBadge(settings, platform).catch(() => undefined);
      },
    });
    // Same text, controls and place as on the page: no DOM change, no style or layout work.
    const html = next.outerHTML;
    if (root && html === drawn) return;
    drawn = html;
    root = next;
    wrapper.replaceChildren(root);
    if (focused) root.querySelector<HTMLElement>(`[data-k="${focused}"]`)?.focus();
  }
  /** One view request at a time; updates meanwhile make one more. A hidden tab waits. */
  const fetching = { busy: false, again: false, stale: false };
  async function refresh(): Promise<void> {
    if (document.visibilityState === 'hidden') return void (fetching.stale = true);
    if (fetching.busy) return void (fetching.again = true);
    fetching.busy = true;
    const v = await fetchView(platform).catch(() => null);
    fetching.busy = false;
    if (v) ({ evaluation, health, insights } = v);
    draw();
    if (fetching.again) {
      fetching.again = false;
      void refresh();
    }
  }
  /** Page element under a point; the overlay (our shadow host) is skipped. */
  function elementAt(x: number, y: number): Element | null {
    const own = ui.shadowHost;
    return document.elementsFromPoint(x, y).find((e) => e !== own && !own.contains(e)) ?? null;
  }
  /**
   * 点选 for the figures this page kind could not read; the binding is stored per page kind.
   * The picker is imported on the first click (picker-load.ts); the button hides meanwhile.
   */
  async function pick(): Promise<void> {
    const page = currentPage.id;
    const metrics = unreadKeys(pageHealth(health, platform, page)) as ReadKey[];
    if (!page || !layer || picking || !metrics.length) return;
    picking = () => undefined;
    draw();
    const mod = await loadPicker(settings.lang).catch(() => null);
    if (!mod || !layer || ctx.isInvalid) {
      picking = null;
      return draw();
    }
    picking = mod.startPicker({
      layer,
      lang: settings.lang,
      metrics,
      save: (b) => mod.saveBinding(page, b),
      onEnd: () => {
        picking = null;
        draw();
      },
      elementAt,
    });
    draw();
  }

  // This platform's key only: another platform's readings, or an evaluation that left this
  // platform's figures as they were, cost this tab no request (src/background/view-signal.ts).
  const viewKey = platformViewKey(platform);
  const onChanged = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && viewKey in changes) void refresh();
  };
  browser.storage.onChanged.addListener(onChanged);
  const offPage = onCurrentPage(draw);
  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onChanged);
    offPage();
    picking?.();
  });
  ctx.addEventListener(window, 'resize', () => move(pos));
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'hidden' || !fetching.stale) return;
    fetching.stale = false;
    void refresh();
  });
  await refresh(); // the first view before the strip goes up: one render, not two
  ui.mount();
}
