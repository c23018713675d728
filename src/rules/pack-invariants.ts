import type { RulePack } from './schema';

/** What zod's shape cannot say: unique ids, units matching metrics, references that resolve. */
export interface PackProblem {
  path: string;
  message: string;
}

const UNIT_OF_METRIC = { durationSec: 'minutes', dau: 'viewers', gmvFen: 'fen' } as const;

function firstDuplicate(ids: string[]): number {
  const seen = new Set<string>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    if (seen.has(id)) return i;
    seen.add(id);
  }
  return -1;
}

export function checkPackInvariants(pack: RulePack): PackProblem | null {
  if (pack.kind === 'jd-tasks') {
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
      if (bad >= 0)
        return { path: `checks.${n}.assumptions.${bad}`, message: 'unknown assumption' };
    }
  }
  if (pack.kind === 'alibaba-levels') {
    for (const [c, cat] of pack.categories.entries()) {
      for (const [l, level] of cat.levels.entries()) {
        const dup = firstDuplicate(level.requirements.map((r) => r.id));
        if (dup >= 0)
          return {
            path: `categories.${c}.levels.${l}.requirements.${dup}.id`,
            message: 'duplicate requirement id',
          };
      }
    }
  }
  return null;
}
