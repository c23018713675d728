import type { AccountEvaluation, ItemResult } from '../../rules/result';
import { beijingDay, beijingHm } from '../clock';
import { etaText, freshnessText, remainingText, statusText } from '../format';
import { pick, tb, type Lang } from '../i18n/core';
import { h } from './dom';
import { freshest, stripItems } from './order';

/** Compact time: "≈16:30", or "今天来不及了"; the full sentence goes in the tooltip. */
function shortEta(i: ItemResult, lang: Lang, now: string): string {
  if (i.status === 'unreachable_today') return tb(lang, 'unreachableToday');
  if (!i.eta) return '';
  return beijingDay(i.eta) === beijingDay(now)
    ? `≈${beijingHm(i.eta)}`
    : `≈${beijingDay(i.eta).slice(5)}`;
}

/** One strip line; `data-item`/`data-status`/`badge-remaining` are what e2e tests read. */
function row(i: ItemResult, lang: Lang, now: string): HTMLElement {
  const rem = i.remaining === null ? statusText(i.status, lang) : remainingText(i, lang);
  return h(
    'li',
    { class: `it s-${i.status}`, 'data-item': i.itemId, 'data-status': i.status },
    h('span', { class: 'lb' }, pick(lang, i.label)),
    h('b', { class: 'rm', 'data-testid': 'badge-remaining' }, rem),
    h('span', { class: 'eta', title: etaText(i, lang, now) ?? '' }, shortEta(i, lang, now)),
  );
}

/** "未确认账号 · 京选好物旗舰店 · 这是哪个账号？"; the popup owns the confirm/merge action. */
const provisional = (acc: AccountEvaluation, lang: Lang): HTMLElement =>
  h(
    'div',
    { class: 'pv', 'data-testid': 'badge-provisional' },
    tb(lang, 'badge.provisional', { name: acc.displayName || acc.accountId }),
    h('div', { class: 'mu' }, tb(lang, 'badge.confirm')),
  );

/**
 * One account: optional name and level line, open items, done count, freshness. With figures
 * `unread` on this page, "nothing to do" lines are left out or muted, never green.
 */
export function account(
  acc: AccountEvaluation,
  lang: Lang,
  now: string,
  many: boolean,
  unread = false,
) {
  const { open, done } = stripItems(acc);
  const p = freshest(acc);
  const lv = acc.level;
  // `=== true`: the light guard does not check the field, so an older reply may lack it.
  const prov = acc.provisional === true;
  return h(
    'div',
    { class: 'acc', 'data-account': acc.accountId },
    prov && provisional(acc, lang),
    many && !prov && h('div', { class: 'an' }, acc.displayName || acc.accountId),
    lv &&
      h(
        'div',
        { class: 'lv' },
        tb(lang, `level.${lv.current}`) +
          (lv.next ? ` → ${tb(lang, `level.${lv.next}`)}` : '') +
          ' · ' +
          tb(lang, 'badge.window', { s: lv.sessions30, b: lv.buyers30 }),
      ),
    h('ul', null, ...open.map((i) => row(i, lang, now))),
    open.length === 0 &&
      done === 0 &&
      !lv &&
      !unread &&
      h('div', { class: 'dn' }, tb(lang, 'badge.noOpen')),
    done > 0 &&
      h(
        'div',
        { class: unread ? 'mu' : 'dn' },
        tb(lang, open.length ? 'badge.doneCount' : 'badge.allDone', { n: done }),
      ),
    p && h('div', { class: 'fr' }, freshnessText(p, lang, now)),
  );
}
