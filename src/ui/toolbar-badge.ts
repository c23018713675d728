import type { Evaluation, ItemResult, ItemStatus } from '../rules/result';
import { remainingText } from './format';
import { trimmed } from './format-number';
import { pick, t, type Lang } from './i18n';

export interface ToolbarBadge {
  /** At most ~4 characters; '' clears the badge. */
  text: string;
  color: string;
  /** Tooltip of the toolbar button. */
  title: string;
}

export const BADGE_COLORS: Record<'behind' | 'unreachable_today' | 'on_track' | 'done', string> = {
  behind: '#d93025',
  unreachable_today: '#8a1c14',
  on_track: '#1a73e8',
  done: '#188038',
};

const STATUS_RANK: Partial<Record<ItemStatus, number>> = {
  behind: 0,
  unreachable_today: 1,
  on_track: 2,
};
/** Today's and this session's items come before monthly ones: they expire first. */
const periodRank = (i: ItemResult): number =>
  i.period === 'day' || i.period === 'session' ? 0 : 1;
const share = (i: ItemResult): number => (i.threshold > 0 ? (i.remaining ?? 0) / i.threshold : 0);

/** Badge-sized figure: 90 min → "1.5h", ¥3,200 → "¥3k", 180 viewers → "180". */
export function shortFigure(value: number, unit: ItemResult['unit']): string {
  if (unit === 'minutes') {
    if (value < 60) return `${Math.ceil(value)}m`;
    const h = value / 60;
    return `${h < 10 ? trimmed(h, 1) : Math.round(h)}h`;
  }
  if (unit === 'fen') {
    const yuan = value / 100;
    if (yuan < 1000) return `¥${Math.ceil(yuan)}`;
    if (yuan < 1_000_000) return `¥${Math.round(yuan / 1000)}k`;
    return `¥${trimmed(yuan / 1_000_000, 1)}m`;
  }
  if (value < 1000) return String(Math.ceil(value));
  if (value < 10_000) return `${trimmed(value / 1000, 1)}k`;
  return `${Math.round(value / 1000)}k`;
}

const lexLess = (a: number[], b: number[]): boolean => {
  const i = a.findIndex((x, j) => x !== b[j]);
  return i >= 0 && a[i]! < b[i]!;
};

/** The most urgent open item across live accounts. */
export function mostUrgent(ev: Evaluation | null): { item: ItemResult; account: string } | null {
  let best: { item: ItemResult; account: string; key: number[] } | null = null;
  for (const acc of ev?.accounts ?? []) {
    if (!acc.live) continue;
    for (const item of acc.items) {
      const rank = STATUS_RANK[item.status];
      if (rank === undefined || item.remaining === null || item.remaining <= 0) continue;
      const key = [periodRank(item), rank, -share(item)];
      const better = !best || lexLess(key, best.key);
      if (better) best = { item, account: acc.displayName, key };
    }
  }
  return best && { item: best.item, account: best.account };
}

export function toolbarBadge(ev: Evaluation | null, lang: Lang): ToolbarBadge {
  const title = t(lang, 'app.title');
  const live = ev?.accounts.filter((a) => a.live) ?? [];
  if (live.length === 0) return { text: '', color: BADGE_COLORS.on_track, title };
  const urgent = mostUrgent(ev);
  if (!urgent) {
    const allDone = live.every(
      (a) => a.items.length > 0 && a.items.every((i) => i.status === 'done'),
    );
    return allDone
      ? { text: '✓', color: BADGE_COLORS.done, title }
      : { text: '', color: BADGE_COLORS.on_track, title };
  }
  const { item, account } = urgent;
  const color = BADGE_COLORS[item.status as keyof typeof BADGE_COLORS] ?? BADGE_COLORS.on_track;
  const remaining = remainingText(item, lang) ?? '';
  return {
    text: shortFigure(item.remaining ?? 0, item.unit),
    color,
    title: `${title} · ${account} · ${pick(lang, item.label)} ${remaining}`,
  };
}
