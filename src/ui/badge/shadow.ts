import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OPEN_SHADOW_KEY } from './test-hooks';

export interface BadgeShadow {
  shadow: ShadowRoot;
  shadowHost: HTMLElement;
  mount(): void;
  remove(): void;
}

/**
 * The badge's host element: a custom element whose shadow root is CLOSED, so a console page
 * cannot read the seller's targets and progress through `host.shadowRoot`. Key events stay
 * inside (the console must not react to typing in the badge), the host ignores the page's
 * CSS (`all: initial`), and everything goes away when WXT invalidates the context. This small
 * piece replaces WXT's generic createShadowRootUi to keep the content scripts small.
 */
export async function createBadgeShadow(
  ctx: ContentScriptContext,
  opts: { css: string; onMount: (container: HTMLElement) => void; onRemove: () => void },
): Promise<BadgeShadow> {
  const open = await browser.storage.local
    .get(OPEN_SHADOW_KEY)
    .then((r) => r[OPEN_SHADOW_KEY] === true)
    .catch(() => false);
  const shadowHost = document.createElement('livepace-badge');
  const shadow = shadowHost.attachShadow({ mode: open ? 'open' : 'closed' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important}\n${opts.css}`;
  const container = document.createElement('div');
  for (const type of ['keydown', 'keyup', 'keypress'])
    container.addEventListener(type, (e) => e.stopPropagation());
  shadow.append(style, container);
  const remove = (): void => {
    opts.onRemove();
    shadowHost.remove();
    container.replaceChildren();
  };
  ctx.onInvalidated(remove);
  return {
    shadow,
    shadowHost,
    mount: () => {
      document.body.append(shadowHost);
      opts.onMount(container);
    },
    remove,
  };
}
