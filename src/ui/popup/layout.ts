import type { AccountEvaluation, Assumption, Text } from '../../rules/result';
import { showItem, type ShownItem as ItemResult } from '../unread';

/**
 * How an account card is laid out, decided here (pure, unit-tested) so the components only
 * render. The seller should see first what the next hours of streaming can change; anything
 * else is folded away but always leaves a visible line behind (never silently dropped).
 */

/** Items of one group that cannot count now (all `not_applicable`, or all waiting for the same
 * missing setting): one summary line, the rows folded under it. */
export interface Folded {
  status: 'not_applicable' | 'unknown';
  /** The reason shared by every folded item; null when they differ. */
  reason: Text | null;
  /** True when the seller can fix it in the options page. */
  setting: boolean;
  items: ItemResult[];
}

export interface Section {
  group: Text;
  /** Rows shown open, in the pack's order (sellers learn positions; no re-sorting). */
  items: ItemResult[];
  folded: Folded | null;
  /** Assumptions every item of the section carries: marked once, on the heading. */
  shared: Assumption[];
  /** Warnings every item of the section carries: said once, under the heading. */
  warnings: Text[];
}

export interface CardLayout {
  sections: Section[];
  /** Informational checks (eligibility windows, shop facts): one collapsed block. */
  checks: Section[];
}

/** The engine marks reasons a setting resolves (`Text.setting`); those become links. */
export const needsSetting = (reason: Text | undefined): boolean => reason?.setting === true;

/** Window/fact items are eligibility checks; a 1688 level card already lists its rolling30 gaps. */
export const isCheck = (item: Pick<ItemResult, 'period'>, hasLevel: boolean): boolean =>
  item.period === 'window' || item.period === 'fact' || (hasLevel && item.period === 'rolling30');

const sameReason = (items: ItemResult[]): Text | null => {
  const first = items[0]?.reason;
  return first && items.every((i) => i.reason?.zh === first.zh) ? first : null;
};

function foldOf(items: ItemResult[]): Folded | null {
  if (items.length === 0) return null;
  if (items.every((i) => i.status === 'not_applicable')) {
    const reason = sameReason(items);
    return { status: 'not_applicable', reason, setting: needsSetting(reason ?? undefined), items };
  }
  const reason = sameReason(items);
  if (items.every((i) => i.status === 'unknown') && reason && needsSetting(reason))
    return { status: 'unknown', reason, setting: true, items };
  return null;
}

function sharedAssumptions(items: ItemResult[]): Assumption[] {
  if (items.length < 2) return [];
  return items[0]!.assumptions.filter((a) =>
    items.every((i) => i.assumptions.some((b) => b.id === a.id)),
  );
}

function sharedWarnings(items: ItemResult[]): Text[] {
  if (items.length < 2) return [];
  return items[0]!.warnings.filter((w) =>
    items.every((i) => i.warnings.some((v) => v.zh === w.zh)),
  );
}

function sectionsOf(items: ItemResult[], fold: boolean): Section[] {
  const groups = new Map<string, ItemResult[]>();
  for (const i of items) groups.set(i.group.zh, [...(groups.get(i.group.zh) ?? []), i]);
  return [...groups.values()].map((list) => {
    const group = list[0]!.group;
    const whole = fold ? foldOf(list) : null;
    if (whole) return { group, items: [], folded: whole, shared: [], warnings: [] };
    // A mixed group keeps its live rows open and folds only the not-applicable ones.
    const nap = fold ? list.filter((i) => i.status === 'not_applicable') : [];
    const open = list.filter((i) => !nap.includes(i));
    return {
      group,
      items: open,
      folded: foldOf(nap),
      shared: sharedAssumptions(open),
      warnings: sharedWarnings(open),
    };
  });
}

/** `items`: the account's items as shown (src/ui/unread.ts), in the engine's order. */
export function layoutCard(
  acc: AccountEvaluation,
  items: ItemResult[] = acc.items.map((i) => showItem(i, new Set())),
): CardLayout {
  const hasLevel = !!acc.level;
  const main = items.filter((i) => !isCheck(i, hasLevel));
  const checks = items.filter((i) => isCheck(i, hasLevel));
  return { sections: sectionsOf(main, true), checks: sectionsOf(checks, false) };
}

/** Items (not sections) inside the checks block, for its "资格检查 (n)" count. */
export const countItems = (sections: Section[]): number =>
  sections.reduce((n, s) => n + s.items.length + (s.folded?.items.length ?? 0), 0);
