import type { Platform } from '../../history/model';
import type { Health } from '../../messaging';
import type { AccountEvaluation, Evaluation } from '../../rules/result';
import type { AccountInsight } from '../../messaging/schemas/insight';
import { STATUS_MARK } from '../format';
import { tb, type Lang } from '../i18n/core';
import { showItems } from '../unread';
import { mostUrgent, summaryText } from '../urgency';
import { h } from './dom';
import { dragHandler } from './drag';
import { pageHealth, unreadBlock, type HonestActions } from './honest';
import type { Pos } from './position';
import { account, levelLine } from './rows';

export interface BadgeProps extends HonestActions {
  platform: Platform;
  lang: Lang;
  evaluation: Evaluation | null;
  /** Health reports of this platform (the `view` reply) and the page kind this tab shows. */
  health?: readonly Health[];
  page?: string | null;
  /** The seller's-edge figures of the `view` reply: the badge shows live GMV deltas. */
  insights?: readonly AccountInsight[];
  /** Current position, read when a drag or a key nudge starts. */
  pos: () => Pos;
  onMove: (p: Pos) => void;
  onMoveEnd: (p: Pos) => void;
  onClose: () => void;
  collapsed: boolean;
  onToggle: () => void;
}

const gmvDelta = (props: BadgeProps, a: AccountEvaluation) =>
  props.insights?.find((i) => i.platform === a.platform && i.accountId === a.accountId)?.live
    ?.deltas.gmvFen;

const NUDGE: Record<string, [number, number]> = {
  ArrowLeft: [10, 0],
  ArrowRight: [-10, 0],
  ArrowUp: [0, 10],
  ArrowDown: [0, -10],
};

/** Moves the drawn badge without redrawing it (a redraw would drop the drag's pointer capture). */
export function moveTo(root: HTMLElement, p: Pos): void {
  root.style.right = `${p.right}px`;
  root.style.bottom = `${p.bottom}px`;
}

/**
 * The whole strip as fresh DOM; mount.ts owns the state and redraws on change. Controls carry
 * `data-k` so mount.ts can give focus back to the same control after a redraw.
 */
// eslint-disable-next-line max-lines-per-function -- the strip as plain DOM (no Preact in content scripts): its length is what JSX would be, one element per block
export function renderBadge(props: BadgeProps): HTMLElement {
  const { lang, evaluation, platform, collapsed } = props;
  const accounts = (evaluation?.accounts ?? [])
    .filter((a) => a.platform === platform)
    .sort((a, b) => Number(b.live) - Number(a.live));
  const now = evaluation?.now ?? new Date().toISOString();
  const health = props.health ?? [];
  const urgent = mostUrgent(accounts.map((acc) => ({ acc, items: showItems(acc, health) })));
  const lv = accounts.find((a) => a.level)?.level;
  // Collapsed: the one most urgent line (label + figure + status), else the 1688 level line.
  const sum = urgent
    ? h(
        'span',
        { class: `sum s-${urgent.item.shown}`, 'data-testid': 'badge-summary' },
        `${STATUS_MARK[urgent.item.shown]} ${summaryText(urgent.item, lang, platform)}`,
      )
    : lv && h('span', { class: 'sum', 'data-testid': 'badge-summary' }, levelLine(lv, lang));
  const unread = unreadBlock(pageHealth(health, platform, props.page ?? null), lang, props);
  const nudge = (e: KeyboardEvent): void => {
    const v = NUDGE[e.key];
    if (!v) return;
    e.preventDefault();
    const p = props.pos();
    props.onMoveEnd({ right: p.right + v[0], bottom: p.bottom + v[1] });
  };
  const title = tb(lang, 'badge.title');
  const drag = tb(lang, 'badge.drag');
  const close = tb(lang, 'badge.close');
  const root = h(
    'div',
    {
      class: `lp ${collapsed ? 'col' : ''}`,
      role: 'region',
      'aria-label': title,
      'data-testid': 'livepace-badge',
    },
    h(
      'div',
      { class: 'hd' },
      h(
        'span',
        {
          class: 'grip',
          // Not a button (Enter does nothing): a focusable handle that arrow keys move.
          role: 'group',
          tabindex: 0,
          'aria-label': `${title}: ${drag}`,
          'aria-keyshortcuts': 'ArrowUp ArrowDown ArrowLeft ArrowRight',
          title: drag,
          'data-k': 'grip',
          onpointerdown: dragHandler(props.pos, props.onMove, props.onMoveEnd),
          onkeydown: nudge,
        },
        `⠿ ${title}`,
      ),
      collapsed && sum,
      h(
        'button',
        {
          type: 'button',
          'aria-expanded': String(!collapsed),
          'aria-label': tb(lang, collapsed ? 'badge.expand' : 'badge.collapse'),
          'data-k': 'toggle',
          onclick: props.onToggle,
        },
        collapsed ? '▴' : '▾',
      ),
      h(
        'button',
        { type: 'button', 'aria-label': close, title: close, onclick: props.onClose },
        '×',
      ),
    ),
    !collapsed &&
      h(
        'div',
        { class: 'bd' },
        unread,
        accounts.length === 0 && !unread && h('div', { class: 'mu' }, tb(lang, 'badge.empty')),
        ...accounts.map((a) =>
          account(a, lang, now, accounts.length > 1, health, !!unread, gmvDelta(props, a)),
        ),
      ),
  );
  moveTo(root, props.pos());
  return root;
}
