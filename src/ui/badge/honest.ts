/**
 * The honest part of the strip: what this console page could not read, in words, and what
 * the seller can do about it (点选 the number, type it in, reload). While anything is unread
 * the strip never shows a green "nothing to do".
 */
import type { Health } from '../../messaging';
import type { Platform } from '../../history/model';
import { metricName } from '../format';
import { tb, type Lang } from '../i18n/core';
import { h } from './dom';

/** The newest health report of this page kind (one per account is kept by the background). */
export function pageHealth(
  health: readonly Health[],
  platform: Platform,
  page: string | null,
): Health | null {
  let best: Health | null = null;
  for (const x of health) {
    if (x.platform === platform && x.page === page && (!best || x.at > best.at)) best = x;
  }
  return best;
}

/** Missing figures as metric keys, once each (`gmvFen:unit` = GMV whose unit is unconfirmed). */
export const unreadKeys = (hl: Health | null): string[] => [
  ...new Set((hl?.missing ?? []).map((m) => m.split(':')[0]!)),
];

export { metricName };

export interface HonestActions {
  /** Starts 点选; absent while the page kind is not known yet. */
  onPick?: (() => void) | undefined;
  /** Options page, manual entry tab. */
  manualUrl?: string | undefined;
}

/** "没读到: 成交金额、观看人数" with 点选 / 手动填写 / 或刷新页面; null when all was read. */
export function unreadBlock(hl: Health | null, lang: Lang, act: HonestActions): HTMLElement | null {
  const keys = unreadKeys(hl);
  if (!keys.length && !hl?.accountUnknown) return null;
  const names = keys.map((k) => metricName(k, lang, hl?.platform)).join(tb(lang, 'list.sep'));
  const pick = tb(lang, 'badge.pickTip');
  return h(
    'div',
    { class: 'un' },
    hl?.accountUnknown && h('div', { class: 'wn' }, tb(lang, 'badge.noAccount')),
    keys.length > 0 &&
      h(
        'div',
        { class: 'wn', 'data-testid': 'badge-unread' },
        tb(lang, 'badge.unread', { m: names }),
      ),
    keys.length > 0 &&
      h(
        'div',
        { class: 'ac' },
        act.onPick &&
          h(
            'button',
            {
              type: 'button',
              title: pick,
              'data-testid': 'badge-pick',
              'data-k': 'pick',
              onclick: act.onPick,
            },
            tb(lang, 'badge.pick'),
          ),
        act.manualUrl &&
          h(
            'a',
            {
              href: act.manualUrl,
              target: '_blank',
              rel: 'noopener',
              'data-testid': 'badge-manual',
            },
            tb(lang, 'badge.type'),
          ),
        h('span', { class: 'mu' }, tb(lang, 'badge.reload')),
      ),
  );
}
