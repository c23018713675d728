import type { Value } from '../history/model';

/**
 * One figure of one record as one machine holds it. The merge of the team's documents picks
 * one figure per record and metric, never a sum of two machines' figures of the same thing.
 */
export interface Cand {
  v: Value;
  machine: string;
  /** Date.parse(v.at), parsed once (comparisons run per pair). */
  ms: number;
}

export const cand = (v: Value, machine: string): Cand => ({ v, machine, ms: Date.parse(v.at) });

export type Order = 'later' | 'larger';

const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Negative when `a` beats `b`. The rules of sync-common.md: manual beats scraped; among the
 * same kind the later observation wins (`larger`: a peak, the larger value first); equal
 * instants → larger value, then the lower machine id. The last keys (source, estimated, the
 * instant's spelling) only make the order total, so the pick never depends on input order.
 */
export function compare(a: Cand, b: Cand, order: Order = 'later'): number {
  const man = Number(b.v.source === 'manual') - Number(a.v.source === 'manual');
  if (man !== 0) return man;
  const time = b.ms - a.ms;
  const size = b.v.value - a.v.value;
  const first = order === 'later' ? time || size : size || time;
  return (
    first ||
    cmp(a.machine, b.machine) ||
    cmp(a.v.source, b.v.source) ||
    Number(a.v.estimated === true) - Number(b.v.estimated === true) ||
    cmp(a.v.at, b.v.at)
  );
}

export function best(cands: Cand[], order: Order = 'later'): Cand | undefined {
  let top: Cand | undefined;
  for (const c of cands) if (!top || compare(c, top, order) < 0) top = c;
  return top;
}

export interface Picked {
  value: Value;
  /** The other figure shown beside the winner, when the rules overruled a different one. */
  clash?: { manual: Value; scraped: Value };
}

/**
 * The winning figure, and the clash to keep: two manual values that differ (the colleague's
 * typed figure is what the seller must reconcile, so it is shown first), else a manual value
 * and a different scraped one. One clash per record and metric, like the local conflicts.
 */
export function pick(cands: Cand[], order: Order = 'later'): Picked | undefined {
  const top = best(cands, order);
  if (!top) return undefined;
  if (top.v.source !== 'manual') return { value: top.v };
  const manuals = cands.filter((c) => c.v.source === 'manual' && c.v.value !== top.v.value);
  const other =
    best(manuals) ??
    best(
      cands.filter((c) => c.v.source !== 'manual'),
      order,
    );
  return other && other.v.value !== top.v.value
    ? { value: top.v, clash: { manual: top.v, scraped: other.v } }
    : { value: top.v };
}
