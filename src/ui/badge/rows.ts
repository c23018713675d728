import type { Health } from '../../messaging';
import type { AccountEvaluation, LevelResult } from '../../rules/result';
import { beijingDay, beijingHm } from '../../time/beijing';
import {
  etaText,
  freshnessText,
  itemLabel,
  remainingText,
  STATUS_MARK,
  statusText,
} from '../format';
import { tb, type Lang } from '../i18n/core';
import type { ShownItem } from '../unread';
import type { Delta } from '../../insight/deltas';
import { formatValue } from '../format-number';
import { h } from './dom';
import { freshest, stripItems } from './order';

/** Compact time: "≈16:30", or "今天来不及了"; the full sentence goes in the tooltip. */
function shortEta(i: ShownItem, lang: Lang, now: string): string {
  if (i.shown === 'unreachable_today') return tb(lang, 'unreachableToday');
  if (!i.eta) return '';
  return beijingDay(i.eta) === beijingDay(now)
    ? `≈${beijingHm(i.eta)}`
    : `≈${beijingDay(i.eta).slice(5)}`;
}

/**
 * One strip line: status symbol, label, what remains (or the status in words), ETA. The symbol
 * and words carry the status, the colour only repeats it. `data-*` hooks are what e2e reads.
 */
function row(i: ShownItem, acc: AccountEvaluation, lang: Lang, now: string): HTMLElement {
  // A figure to chase shows what remains (a 1688 requirement: 还差 244 人); others say their status.
  const words = i.shown !== 'on_track' && i.shown !== 'behind' && i.shown !== 'not_met';
  const rem = words || i.remaining === null ? statusText(i.shown, lang) : remainingText(i, lang);
  const status = statusText(i.shown, lang);
  return h(
    'li',
    { class: `it s-${i.shown}`, 'data-item': i.itemId, 'data-status': i.shown },
    h('span', { class: 'mk', title: status, 'aria-label': status }, STATUS_MARK[i.shown]),
    h('span', { class: 'lb' }, itemLabel(i, lang, acc.platform)),
    h('b', { class: 'rm', 'data-testid': 'badge-remaining' }, rem),
    h('span', { class: 'eta', title: etaText(i, lang, now) ?? '' }, shortEta(i, lang, now)),
  );
}

/** Column heads, so "≈16:30" reads as an ETA. */
const heads = (lang: Lang): HTMLElement =>
  h(
    'li',
    { class: 'it th', 'aria-hidden': 'true' },
    h('span', null, ''),
    h('span', null, ''),
    h('span', null, tb(lang, 'col.left')),
    h('span', null, tb(lang, 'col.eta')),
  );

const ARROW = { up: ' ↑', down: ' ↓', flat: '' } as const;
const signedFen = (v: number | null, lang: Lang): string =>
  v === null ? '—' : `${v < 0 ? '−' : '+'}${formatValue(Math.abs(v), 'fen', lang)}`;

/**
 * "近10分钟 +¥2,310 ↑ · 前10分钟 +¥1,120": a live account's GMV over the last 10 minutes and the
 * 10 before, from the background's stored samples (issue #11); an unknown window is "—", never 0,
 * and the line waits until one window is known (the popup says why meanwhile).
 */
export function gmvDeltaLine(d: Delta | undefined, lang: Lang): HTMLElement | false {
  if (!d || (d.last === null && d.prev === null)) return false;
  const last = signedFen(d.last, lang) + (d.trend ? ARROW[d.trend] : '');
  return h(
    'div',
    { class: 'dl', 'data-testid': 'badge-gmv-delta' },
    tb(lang, 'badge.delta10', { last, prev: signedFen(d.prev, lang) }),
  );
}

/** "达人主播 → 荣耀主播 · 近30天 3 场 · 120 买家": the 1688 level line (also the collapsed one). */
export const levelLine = (lv: LevelResult, lang: Lang): string =>
  tb(lang, `level.${lv.current}`) +
  (lv.next ? ` → ${tb(lang, `level.${lv.next}`)}` : '') +
  ' · ' +
  tb(lang, 'badge.window', { s: lv.sessions30, b: lv.buyers30 });

/** "未确认账号 · 京选好物旗舰店 · 这是哪个账号？"; the popup owns the confirm/merge action. */
const provisional = (acc: AccountEvaluation, lang: Lang): HTMLElement =>
  h(
    'div',
    { class: 'pv', 'data-testid': 'badge-provisional' },
    tb(lang, 'badge.provisional', { name: acc.displayName || acc.accountId }),
    h('div', { class: 'mu' }, tb(lang, 'badge.confirm')),
  );

/**
 * One account: optional name and level line, open items, done count, freshness. "All done" is
 * green only when nothing is unread, unknown or below its level; otherwise it is a plain count.
 */
export function account(
  acc: AccountEvaluation,
  lang: Lang,
  now: string,
  many: boolean,
  health: readonly Health[] = [],
  unread = false,
  gmvDelta?: Delta,
) {
  const { open, done } = stripItems(acc, health);
  const p = freshest(acc);
  const lv = acc.level;
  // `=== true`: the light guard does not check the field, so an older reply may lack it.
  const prov = acc.provisional === true;
  const settled = acc.items.every((i) => i.status === 'done' || i.status === 'not_applicable');
  const success = !unread && open.length === 0 && done > 0 && settled && (!lv || !lv.next);
  return h(
    'div',
    { class: 'acc', 'data-account': acc.accountId },
    prov && provisional(acc, lang),
    many && !prov && h('div', { class: 'an' }, acc.displayName || acc.accountId),
    lv && h('div', { class: 'lv' }, levelLine(lv, lang)),
    acc.live && gmvDeltaLine(gmvDelta, lang),
    open.length > 0 && h('ul', null, heads(lang), ...open.map((i) => row(i, acc, lang, now))),
    open.length === 0 &&
      done === 0 &&
      !lv &&
      !unread &&
      h('div', { class: 'mu' }, tb(lang, 'badge.noOpen')),
    done > 0 &&
      h(
        'div',
        { class: success ? 'dn' : 'mu' },
        success ? `✓ ${tb(lang, 'badge.allDone')}` : tb(lang, 'badge.doneCount', { n: done }),
      ),
    p && h('div', { class: 'fr' }, freshnessText(p, lang, now)),
  );
}
