import { ObservationSchema, type Observation } from '../messaging';
import type { Platform } from '../history/model';

export interface Refusal {
  id: string;
  reason: string;
}

/** The id to acknowledge an item by, even when the rest of it is unreadable. */
const idOf = (raw: unknown, i: number): string => {
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : `#${i}`;
};

/**
 * Validates each observation on its own: the good ones are applied, each bad one is refused
 * with the path and reason of its first problem (one absurd value never blocks the rest of
 * the batch). `platform`, when set, is the only platform the sending page may report.
 */
export function splitObservations(
  list: readonly unknown[],
  platform: Platform | null,
): { good: Observation[]; refused: Refusal[] } {
  const good: Observation[] = [];
  const refused: Refusal[] = [];
  list.forEach((raw, i) => {
    const p = ObservationSchema.safeParse(raw);
    if (!p.success) {
      const issue = p.error.issues[0];
      const where = issue?.path.map(String).join('.') || '(root)';
      refused.push({ id: idOf(raw, i), reason: `${where}: ${issue?.message ?? 'invalid'}` });
    } else if (platform !== null && p.data.platform !== platform) {
      refused.push({ id: p.data.id, reason: `platform: not this page's platform (${platform})` });
    } else good.push(p.data);
  });
  return { good, refused };
}
