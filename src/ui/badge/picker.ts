/**
 * 点选: the seller points at a figure the adapter could not read. Everything drawn lives in the
 * badge's shadow root (a crosshair overlay, a highlight box, the confirm panel); the console's
 * own DOM is only read. Pointer events are swallowed in the capture phase at the window, so
 * the console never receives a click from us: LivePace never clicks anything on the console.
 */
import type { ReadKey } from '../../capture/adapter';
import { kindOf, makeLocator, type Binding } from '../../capture/bindings';
import { parseKind } from '../../capture/dom-reader';
import { tb, type Lang } from '../i18n/core';
import { h } from './dom';
import { metricName } from './honest';

export interface PickerDeps {
  /** Container inside the badge's shadow root. */
  layer: HTMLElement;
  lang: Lang;
  /** Metrics offered, the first one preselected (the page's missing figures). */
  metrics: readonly ReadKey[];
  save: (b: Binding) => Promise<void>;
  onEnd: () => void;
  /** The page element under a point, our own shadow host excluded. */
  elementAt: (x: number, y: number) => Element | null;
  now?: () => Date;
}

const SWALLOW = [
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
];
const text = (el: Element): string => (el.textContent ?? '').trim();
const isFigure = (s: string): boolean =>
  s.length > 0 &&
  s.length <= 40 &&
  (['money', 'count', 'duration'] as const).some((k) => parseKind(s, k).ok);

/** The element holding the whole figure under the pointer ("4.89" + "万" → their parent). */
export function figureAt(el: Element | null): Element | null {
  let e = el;
  for (let i = 0; e && i < 3 && !isFigure(text(e)); i++) e = e.parentElement;
  if (!e || !isFigure(text(e))) return null;
  while (
    e.parentElement &&
    e.parentElement !== e.ownerDocument.body &&
    isFigure(text(e.parentElement))
  )
    e = e.parentElement;
  return e;
}

/** Starts pick mode; returns the cancel function (also bound to Esc). */
// eslint-disable-next-line max-lines-per-function -- one closure: pick mode state, its listeners and its teardown share it; plain DOM because content scripts carry no Preact
export function startPicker(d: PickerDeps): () => void {
  const { lang } = d;
  const ac = new AbortController();
  const on = { capture: true, signal: ac.signal };
  const hl = h('div', { class: 'hl', hidden: true });
  const overlay = h('div', { class: 'ov', 'data-testid': 'pick-overlay' });
  const tip = h('div', { class: 'tip' }, tb(lang, 'pick.hint'));
  let panel: HTMLElement | null = null;
  d.layer.append(overlay, hl, tip);

  const end = (): void => {
    ac.abort();
    overlay.remove();
    hl.remove();
    tip.remove();
    panel?.remove();
    d.onEnd();
  };
  const frame = (el: Element): void => {
    const r = el.getBoundingClientRect();
    Object.assign(hl.style, {
      left: `${r.left - 2}px`,
      top: `${r.top - 2}px`,
      width: `${r.width}px`,
      height: `${r.height}px`,
    });
    hl.hidden = false;
  };
  const inPanel = (e: MouseEvent): boolean => {
    const r = panel?.getBoundingClientRect();
    return (
      !!r &&
      e.clientX >= r.left &&
      e.clientX <= r.right &&
      e.clientY >= r.top &&
      e.clientY <= r.bottom
    );
  };

  addEventListener(
    'pointermove',
    (e) => {
      const el = panel ? null : figureAt(d.elementAt(e.clientX, e.clientY));
      if (el) frame(el);
      else if (!panel) hl.hidden = true;
    },
    on,
  );
  for (const type of SWALLOW) {
    addEventListener(
      type,
      (e) => {
        const m = e as MouseEvent;
        if (inPanel(m)) return;
        m.preventDefault();
        m.stopImmediatePropagation();
        if (type !== 'click' || panel) return;
        const el = figureAt(d.elementAt(m.clientX, m.clientY));
        if (el) ask(el);
      },
      on,
    );
  }
  addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopImmediatePropagation();
      end();
    },
    on,
  );

  /** "¥15,168.40 → [成交金额]?" with 确认 / 取消. */
  function ask(el: Element): void {
    frame(el);
    const raw = text(el);
    const select = h(
      'select',
      { 'data-testid': 'pick-metric' },
      ...d.metrics.map((m) => h('option', { value: m }, metricName(m, lang))),
    ) as HTMLSelectElement;
    const msg = h('span', { class: 'wn' });
    const ok = h('button', { type: 'button', 'data-testid': 'pick-ok' }, tb(lang, 'pick.ok'));
    const check = (): boolean => {
      const good = parseKind(raw, kindOf(select.value as ReadKey)).ok;
      msg.textContent = good ? '' : tb(lang, 'pick.bad');
      return good;
    };
    select.addEventListener('change', check);
    ok.addEventListener('click', () => void confirm(el, raw, select.value as ReadKey, msg, check));
    panel = h(
      'div',
      { class: 'pk', role: 'dialog', 'data-testid': 'pick-panel' },
      h('b', null, raw),
      ' → ',
      select,
      '?',
      h(
        'div',
        null,
        ok,
        h(
          'button',
          { type: 'button', 'data-testid': 'pick-cancel', onclick: end },
          tb(lang, 'pick.cancel'),
        ),
        msg,
      ),
    );
    const r = el.getBoundingClientRect();
    Object.assign(panel.style, {
      left: `${Math.max(4, Math.min(r.left, innerWidth - 280))}px`,
      top: `${r.bottom + 8 > innerHeight - 90 ? Math.max(4, r.top - 90) : r.bottom + 8}px`,
    });
    d.layer.append(panel);
    check();
    select.focus();
  }

  async function confirm(
    el: Element,
    raw: string,
    metric: ReadKey,
    msg: HTMLElement,
    check: () => boolean,
  ) {
    if (!check()) return;
    const locator = makeLocator(el);
    if (!locator) {
      msg.textContent = tb(lang, 'pick.noLabel');
      return;
    }
    const createdAt = (d.now?.() ?? new Date()).toISOString();
    await d.save({ metric, kind: kindOf(metric), locator, sample: raw.slice(0, 100), createdAt });
    end();
  }

  return end;
}
