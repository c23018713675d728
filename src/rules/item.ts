import type { ItemResult, ItemStatus, Provenance, Text } from './result';
import type { Value } from '../history/model';

export type ItemDraft = Omit<ItemResult, 'remaining' | 'status'> & {
  status: ItemStatus;
};

/** Fills `remaining` consistently: max(0, threshold − current), null when current is unknown. */
export function finishItem(draft: ItemDraft): ItemResult {
  const remaining = draft.current === null ? null : Math.max(0, draft.threshold - draft.current);
  const out: ItemResult = { ...draft, remaining };
  if (draft.current === null && draft.status !== 'not_applicable') out.status = 'unknown';
  return out;
}

/** The freshest provenance among the values behind a number. */
export function freshest(values: Array<Value | undefined>): Provenance | undefined {
  let best: Value | undefined;
  for (const v of values) if (v && (!best || v.at > best.at)) best = v;
  if (!best) return undefined;
  const p: Provenance = { source: best.source, at: best.at };
  if (best.estimated) p.estimated = true;
  return p;
}

/** Overrides status with a gate (not enrolled, not a member …) but keeps the numbers visible. */
export function gateItem(item: ItemResult, gate: { status: ItemStatus; reason: Text } | null) {
  if (!gate || item.status === 'excluded') return item;
  return { ...item, status: gate.status, reason: gate.reason, eta: undefined };
}
