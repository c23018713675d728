import type { Day, MetricKey } from '../../history/model';
import { addDays, eachDay } from '../../time/calendar';

const byDay = (days: Day[]): Map<string, Day> => new Map(days.map((d) => [d.day, d]));

/** One value per day of [from, to]; a day without the metric is null (unknown), not 0. */
export function dailySeries(
  days: Day[],
  metric: MetricKey,
  from: string,
  to: string,
): (number | null)[] {
  const map = byDay(days);
  return eachDay(from, to).map((d) => map.get(d)?.metrics[metric]?.value ?? null);
}

/**
 * 1688 "近30天" as evaluated on each day D: sessions and buyers summed over [D−30, D−1]
 * (T+1 data; buyers deduplicate within a day only, so daily buyers add up). A day whose whole
 * window holds no record at all is null (unknown), not 0.
 */
export function rolling30(
  days: Day[],
  from: string,
  to: string,
): { sessions: (number | null)[]; buyers: (number | null)[] } {
  const map = byDay(days);
  const sessions: (number | null)[] = [];
  const buyers: (number | null)[] = [];
  for (const d of eachDay(from, to)) {
    let s = 0;
    let b = 0;
    let seen = false;
    for (const w of eachDay(addDays(d, -30), addDays(d, -1))) {
      const rec = map.get(w);
      if (!rec) continue;
      seen = true;
      s += rec.sessions ?? 0;
      b += rec.metrics.buyers?.value ?? 0;
    }
    sessions.push(seen ? s : null);
    buyers.push(seen ? b : null);
  }
  return { sessions, buyers };
}

/**
 * Running total over the days (JD cycle view). Before the first known day the total is unknown
 * (null, no line), not 0; after it, a day without a record adds nothing but keeps the line.
 */
export function cumulative(values: (number | null)[]): (number | null)[] {
  let sum: number | null = null;
  return values.map((v) => (v === null ? sum : (sum = (sum ?? 0) + v)));
}
