import type { JdPack } from '../pack-schema';
import {
  dayNumOfKey,
  keyOfDayNum,
  monthEndNum,
  monthKeyOfNum,
  type DayNum,
} from '../../../time/beijing';

export interface Cycle {
  id: string;
  from: DayNum;
  to: DayNum;
  enrolBy: DayNum;
  dataCutoff: DayNum;
  rewardsBy: DayNum;
  /** Projected from the published pattern: shown as "projected, not yet published". */
  projected: boolean;
}

/**
 * The JD cycle (natural month) containing `day`. Published cycles always win; months after the
 * last published one are projected from the pack's offsets; months before the first do not exist.
 */
const cache = new WeakMap<JdPack, Map<string, Cycle | null>>();

export function cycleFor(pack: JdPack, day: DayNum): Cycle | null {
  if (!pack.cycles) return null;
  const id = monthKeyOfNum(day);
  let byMonth = cache.get(pack);
  if (!byMonth) cache.set(pack, (byMonth = new Map()));
  if (byMonth.has(id)) return byMonth.get(id) ?? null;
  const c = computeCycle(pack, id, day);
  byMonth.set(id, c);
  return c;
}

function computeCycle(pack: JdPack, id: string, day: DayNum): Cycle | null {
  if (!pack.cycles) return null;
  const published = pack.cycles.published.find((c) => c.id === id);
  if (published) {
    return {
      id,
      from: dayNumOfKey(published.from),
      to: dayNumOfKey(published.to),
      enrolBy: dayNumOfKey(published.enrolBy),
      dataCutoff: dayNumOfKey(published.dataCutoff),
      rewardsBy: dayNumOfKey(published.rewardsBy),
      projected: false,
    };
  }
  const last = pack.cycles.published.reduce((a, c) => (c.id > a ? c.id : a), '');
  if (id < last || id < (pack.cycles.published[0]?.id ?? id)) return null;
  const end = monthEndNum(day);
  const p = pack.cycles.projection;
  return {
    id,
    from: dayNumOfKey(`${id}-01`),
    to: end,
    enrolBy: end + p.enrolByFromMonthEnd,
    dataCutoff: end + p.dataCutoffFromMonthEnd,
    rewardsBy: end + p.rewardsByFromMonthEnd,
    projected: true,
  };
}

/** The cycle as views show it; `enrolled` is the seller's enrolment day for it, if entered. */
export const cycleSummary = (c: Cycle, enrolled: string | undefined) => ({
  id: c.id,
  from: keyOfDayNum(c.from),
  to: keyOfDayNum(c.to),
  dataCutoff: keyOfDayNum(c.dataCutoff),
  enrolBy: keyOfDayNum(c.enrolBy),
  rewardsBy: keyOfDayNum(c.rewardsBy),
  enrolled: enrolled ?? null,
  projected: c.projected,
});
