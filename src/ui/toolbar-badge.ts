import type { Health } from '../messaging';
import type { Evaluation, ItemUnit } from '../rules/result';
import { remainingText, shortLabel, statusText } from './format';
import { trimmed } from './format-number';
import { t, type Lang } from './i18n';
import { showItems, type ShownItem } from './unread';
import { mostUrgent } from './urgency';

export interface ToolbarBadge {
  /** At most ~4 characters; '' clears the badge. */
  text: string;
  color: string;
  /** Tooltip of the toolbar button. */
  title: string;
}

/** One colour per status, the same hues as the popup and the in-page badge. */
export const BADGE_COLORS: Record<'behind' | 'unreachable_today' | 'on_track' | 'done', string> = {
  behind: '#b45309',
  unreachable_today: '#a50e0e',
  on_track: '#1558b0',
  done: '#137333',
};

/** Short zh figure: 万 for ten thousands, 千 below, 时/分 for durations ("1.5时", "¥1.5万"). */
function shortZh(value: number, unit: ItemUnit): string {
  if (unit === 'minutes')
    return value < 60 ? `${Math.ceil(value)}分` : `${trimmed(value / 60, 1)}时`;
  const n = unit === 'fen' ? value / 100 : value;
  const money = unit === 'fen' ? '¥' : '';
  if (n < 1000) return `${money}${Math.ceil(n)}`;
  if (n < 10_000) return `${money}${trimmed(n / 1000, 1)}千`;
  return `${money}${n < 100_000 ? trimmed(n / 10_000, 1) : Math.round(n / 10_000)}万`;
}

/** Badge-sized figure. en: 90 min → "1.5h", ¥3,200 → "¥3k"; zh: "1.5时", "¥3.2千", "1.2万". */
export function shortFigure(value: number, unit: ItemUnit, lang: Lang = 'en'): string {
  if (lang === 'zh') return shortZh(value, unit);
  if (unit === 'minutes') {
    if (value < 60) return `${Math.ceil(value)}m`;
    const h = value / 60;
    return `${h < 10 ? trimmed(h, 1) : Math.round(h)}h`;
  }
  if (unit === 'fen') {
    const yuan = value / 100;
    if (yuan < 1000) return `¥${Math.ceil(yuan)}`;
    if (yuan < 1_000_000) return `¥${Math.round(yuan / 1000)}k`;
    return `¥${trimmed(yuan / 1_000_000, 1)}M`;
  }
  if (value < 1000) return String(Math.ceil(value));
  if (value < 10_000) return `${trimmed(value / 1000, 1)}k`;
  return `${Math.round(value / 1000)}k`;
}

/** A figure the toolbar may show: read (not 未读到), with something still to do. */
const figured = (i: ShownItem): boolean =>
  (i.shown === 'behind' || i.shown === 'unreachable_today' || i.shown === 'on_track') &&
  i.remaining !== null &&
  i.remaining > 0;

/**
 * The most urgent read figure of the live accounts. No figure comes from a metric a page
 * reported unread (`health`, the `view` reply's reports): then the badge says "?" instead.
 */
export function toolbarBadge(
  ev: Evaluation | null,
  lang: Lang,
  health: readonly Health[] = [],
): ToolbarBadge {
  const title = t(lang, 'app.title');
  const live = (ev?.accounts ?? []).filter((a) => a.live);
  if (live.length === 0) return { text: '', color: BADGE_COLORS.on_track, title };
  const shown = live.map((acc) => ({ acc, items: showItems(acc, health) }));
  const urgent = mostUrgent(shown, figured);
  if (!urgent) {
    const unread = shown.some((a) => a.items.some((i) => i.shown === 'unread'));
    if (unread)
      return {
        text: '?',
        color: BADGE_COLORS.behind,
        title: `${title} · ${statusText('unread', lang)}`,
      };
    const allDone = shown.every(
      (a) => a.items.length > 0 && a.items.every((i) => i.shown === 'done'),
    );
    return allDone
      ? { text: '✓', color: BADGE_COLORS.done, title }
      : { text: '', color: BADGE_COLORS.on_track, title };
  }
  const { item, acc } = urgent;
  const color = BADGE_COLORS[item.shown as keyof typeof BADGE_COLORS] ?? BADGE_COLORS.on_track;
  const remaining = remainingText(item, lang) ?? '';
  const label = shortLabel(item, lang, acc.platform);
  return {
    text: shortFigure(item.remaining ?? 0, item.unit, lang),
    color,
    title: `${title} · ${acc.displayName} · ${label} ${remaining} · ${statusText(item.shown, lang)}`,
  };
}
