import type { AccountSettings } from '../../../history/model';
import type { AlibabaLevel, RequirementGap } from '../../../rules/result';
import type { AlibabaPack, AlibabaRequirement } from '../pack-schema';

export type Category = AlibabaPack['categories'][number];
export type Tri = boolean | null;

export interface WindowValues {
  sessions30: number;
  buyers30: number;
}

function factValue(req: AlibabaRequirement, s: AccountSettings, w: WindowValues): number | null {
  const shop = s.shop ?? {};
  switch (req.key) {
    case 'medal':
      return shop.medal?.value ?? null;
    case 'bsrDesc':
      return shop.bsrDesc?.value ?? null;
    case 'bsrShip':
      return shop.bsrShip?.value ?? null;
    case 'fans':
      return shop.fans?.value ?? null;
    case 'sessions30':
      return w.sessions30;
    case 'buyers30':
      return w.buyers30;
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function requirementGaps(
  reqs: AlibabaRequirement[],
  s: AccountSettings,
  w: WindowValues,
): RequirementGap[] {
  return reqs.map((r) => {
    const current = factValue(r, s, w);
    const gap: RequirementGap = {
      id: r.id,
      label: r.label,
      current,
      threshold: r.min,
      gap: current === null ? null : round2(Math.max(0, r.min - current)),
      met: current === null ? null : current >= r.min,
    };
    if (r.anyOf) gap.anyOf = r.anyOf;
    return gap;
  });
}

/** Three-valued "and": false wins, then unknown. */
const and = (xs: Tri[]): Tri => (xs.includes(false) ? false : xs.includes(null) ? null : true);
/** Three-valued "or": true wins, then unknown. */
const or = (xs: Tri[]): Tri => (xs.includes(true) ? true : xs.includes(null) ? null : false);

/** "and" across requirements, "or" within each anyOf group. */
export function levelMet(gaps: RequirementGap[]): Tri {
  const plain = gaps.filter((g) => !g.anyOf).map((g) => g.met);
  const groups = new Map<string, Tri[]>();
  for (const g of gaps) if (g.anyOf) groups.set(g.anyOf, [...(groups.get(g.anyOf) ?? []), g.met]);
  return and([...plain, ...[...groups.values()].map(or)]);
}

export const RANK: Record<AlibabaLevel, number> = { normal: 0, daren: 1, rongyao: 2 };

/**
 * The highest level whose requirements are certainly met (普通主播 is the floor: the seller is
 * already live). `uncertain` says a higher level might be met but a shop fact is unknown.
 */
export function levelOf(
  cat: Category,
  s: AccountSettings,
  w: WindowValues,
): { level: AlibabaLevel; uncertain: boolean } {
  const commonFailed = s.shop?.chengxintong === false || s.shop?.commonOk === false;
  let uncertain = false;
  const levels = [...cat.levels].sort((a, b) => RANK[b.level] - RANK[a.level]);
  for (const lv of levels) {
    const met = commonFailed ? false : levelMet(requirementGaps(lv.requirements, s, w));
    if (met === true) return { level: lv.level, uncertain };
    if (met === null) uncertain = true;
  }
  return { level: 'normal', uncertain };
}
