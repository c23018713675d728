import { firstDuplicate, type PackProblem } from '../../rules/pack-invariants';
import type { AlibabaPack } from './pack-schema';

/** Requirement ids unique within each level. */
export function checkAlibabaPack(pack: AlibabaPack): PackProblem | null {
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
  return null;
}
