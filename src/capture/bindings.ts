/**
 * 点选绑定: a figure the seller pointed at, found again on every DOM pass. The locator is the
 * nearest label text (not a number) plus the structure from that label's ancestor down to the
 * value: tag names, nth-of-type and class names cut to their un-hashed prefix, never a whole
 * CSS-module class, so a release that re-hashes classes or re-orders cards keeps the binding.
 */
import type { ReadKey, ReadKind } from './adapter';
import { resolveLocator } from './binding-locator';
import { parseKind, type DomReading } from './dom-reader';
import type { UnitHint } from './parse';

export { makeLocator, resolveLocator, stableClass } from './binding-locator';

export interface Step {
  tag: string;
  /** Index among same-tag siblings (nth-of-type, 0-based). */
  nth: number;
  /** Un-hashed class prefix, e.g. `card-index-value` from `card-index-value___3xYz1`. */
  cls?: string;
}

export interface Locator {
  /** Normalised label text (colon and unit suffix removed). */
  label: string;
  hint?: UnitHint;
  /** Levels from the label's element up to the ancestor it shares with the value. */
  up: number;
  /** From that ancestor down to the value element. */
  path: Step[];
  /** Table cell: the label is the column header and `row` the body row index. */
  row?: number;
}

export interface Binding {
  metric: ReadKey;
  kind: ReadKind;
  locator: Locator;
  /** The text the seller confirmed, shown in the options page. */
  sample: string;
  createdAt: string;
}

// The page kind lives in the frame's shared slot, where the badge script reads it.
export { currentPage, onCurrentPage, setCurrentPage } from './page-slot';

const KINDS: Partial<Record<ReadKey, ReadKind>> = {
  gmvFen: 'money',
  durationSec: 'duration',
  medal: 'medal',
  bsrDesc: 'score',
  bsrShip: 'score',
};
/** How a bound figure is parsed: money, duration, shop score/medal, otherwise a count. */
export const kindOf = (m: ReadKey): ReadKind => KINDS[m] ?? 'count';

/** One reading per bound metric whose element is present and parses; nothing otherwise. */
export function readBindings(
  root: Document | Element,
  list: readonly Binding[],
): Map<ReadKey, DomReading> {
  const out = new Map<ReadKey, DomReading>();
  for (const b of list) {
    const el = resolveLocator(root, b.locator);
    const raw = (el?.textContent ?? '').trim();
    const p = el ? parseKind(raw, b.kind, b.locator.hint) : null;
    if (p?.ok) out.set(b.metric, { key: b.metric, value: p.value, step: p.step, raw });
  }
  return out;
}
