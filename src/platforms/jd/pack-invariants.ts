import { firstDuplicate, type PackProblem } from '../../rules/pack-invariants';
import type { JdPack } from './pack-schema';

const UNIT_OF_METRIC = { durationSec: 'minutes', dau: 'viewers', gmvFen: 'fen' } as const;

/** Item and check ids unique, groups and assumptions that resolve, units matching metrics. */
export function checkJdPack(pack: JdPack): PackProblem | null {
  const dup = firstDuplicate(pack.items.map((i) => i.id));
  if (dup >= 0) return { path: `items.${dup}.id`, message: 'duplicate item id' };
  const groups = new Set(pack.groups.map((g) => g.id));
  for (const [n, item] of pack.items.entries()) {
    if (!groups.has(item.group)) return { path: `items.${n}.group`, message: 'unknown group' };
    if (UNIT_OF_METRIC[item.metric] !== item.unit)
      return { path: `items.${n}.unit`, message: `expected ${UNIT_OF_METRIC[item.metric]}` };
  }
  const checks = pack.checks ?? [];
  const checkDup = firstDuplicate(checks.map((c) => c.id));
  if (checkDup >= 0) return { path: `checks.${checkDup}.id`, message: 'duplicate check id' };
  const known = new Set(pack.assumptions.map((a) => a.id));
  for (const [n, c] of checks.entries()) {
    const bad = (c.assumptions ?? []).findIndex((a) => !known.has(a));
    if (bad >= 0) return { path: `checks.${n}.assumptions.${bad}`, message: 'unknown assumption' };
  }
  return null;
}
