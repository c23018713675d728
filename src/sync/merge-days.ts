import { METRIC_KIND } from '../history/metric-kinds';
import type { Conflict, Day, MetricKey, Metrics, Session, Value } from '../history/model';
import { sessionSeconds } from '../history/sessions';
import { dayNumOf, dayNumOfKey } from '../time/beijing';
import { best, cand, pick, type Cand } from './merge-values';

/**
 * One account's day records from every machine, made one list. Per metric one figure wins
 * (merge-values.ts; a peak keeps the highest). A machine's day figure only covers the sessions
 * IT saw: when two machines streamed different sessions of the shop on one day, neither day
 * figure is the day's total, so a flow metric is raised to the sum of the merged sessions held
 * wholly within that day (each counted once, after the session dedupe) when that is larger.
 * A day value the seller typed is never raised.
 */

export interface HeldDay {
  d: Day;
  machine: string;
  conflicts: Conflict[];
}

interface DayFacts {
  /** Flow metrics summed over merged sessions that start and end on the day. */
  sums: Metrics;
  /** Merged sessions that started that day. */
  started: number;
  /** Metrics a session of the day holds a manual value of: a manual day figure derived from it is not a typed one. */
  manual: Set<MetricKey>;
}

/** Keyed by Beijing day number (formatting a day key per session is the costly part). */
function factsOf(sessions: Session[]): Map<number, DayFacts> {
  const out = new Map<number, DayFacts>();
  const of = (day: number): DayFacts =>
    out.get(day) ?? out.set(day, { sums: {}, started: 0, manual: new Set() }).get(day)!;
  for (const s of sessions) {
    const st = Date.parse(s.start);
    const d0 = dayNumOf(st);
    // The span rollup.ts gives a session: start + its duration (effectiveEnd in sessions.ts).
    const d1 = dayNumOf(Math.max(st, st + sessionSeconds(s) * 1000 - 1));
    of(d0).started += 1;
    for (const [m, v] of Object.entries(s.metrics) as [MetricKey, Value][]) {
      if (v.source === 'manual') for (let n = d0; n <= d1; n++) of(n).manual.add(m);
      if (d0 !== d1 || METRIC_KIND[m] !== 'flow') continue;
      const sums = of(d0).sums;
      const old = sums[m];
      const latest = !old || Date.parse(v.at) > Date.parse(old.at) ? v : old;
      sums[m] = {
        value: (old?.value ?? 0) + v.value,
        source: latest.source,
        at: latest.at,
        estimated: true,
      };
    }
  }
  return out;
}

function mergeDay(
  entries: HeldDay[],
  facts: DayFacts | undefined,
): { day: Day; conflicts: Conflict[] } {
  const { platform, accountId, day } = entries[0]!.d;
  if (entries.length === 1 && entries[0]!.conflicts.length === 0)
    return alone(entries[0]!.d, facts);
  const cands = new Map<MetricKey, Cand[]>();
  const typed = new Set<MetricKey>();
  const add = (m: MetricKey, v: Value, machine: string): void => {
    (cands.get(m) ?? cands.set(m, []).get(m)!).push(cand(v, machine));
  };
  let counted: number | undefined;
  for (const e of entries) {
    for (const [m, v] of Object.entries(e.d.metrics) as [MetricKey, Value][]) add(m, v, e.machine);
    // A machine's day conflict exists only for a value typed for the day (src/history/rollup.ts).
    for (const c of e.conflicts) {
      add(c.metric, c.scraped, e.machine);
      typed.add(c.metric);
    }
    if (e.d.sessions !== undefined) counted = Math.max(counted ?? 0, e.d.sessions);
  }
  const out: Day = { platform, accountId, day, metrics: {} };
  const conflicts: Conflict[] = [];
  for (const m of [...cands.keys()].sort()) {
    const list = cands.get(m)!;
    const manual = list.some((c) => c.v.source === 'manual');
    if (typed.has(m) || (manual && !facts?.manual.has(m))) {
      const p = pick(list)!;
      out.metrics[m] = p.value;
      if (p.clash)
        conflicts.push({ platform, accountId, kind: 'day', key: day, metric: m, ...p.clash });
      continue;
    }
    const top = best(list, METRIC_KIND[m] === 'peak' ? 'larger' : 'later')!.v;
    const sum = facts?.sums[m];
    out.metrics[m] = sum && sum.value > top.value ? sum : top;
  }
  const started = facts?.started ?? 0;
  if (counted !== undefined || started > 0) out.sessions = Math.max(counted ?? 0, started);
  return { day: out, conflicts };
}

/** mergeDay of one machine's day without conflicts (most days): the same result, fewer objects. */
function alone(d: Day, facts: DayFacts | undefined): { day: Day; conflicts: Conflict[] } {
  const out: Day = { platform: d.platform, accountId: d.accountId, day: d.day, metrics: {} };
  for (const [m, v] of Object.entries(d.metrics) as [MetricKey, Value][]) {
    const sum = v.source === 'manual' && !facts?.manual.has(m) ? undefined : facts?.sums[m];
    out.metrics[m] = sum && sum.value > v.value ? sum : v;
  }
  const started = facts?.started ?? 0;
  if (d.sessions !== undefined || started > 0) out.sessions = Math.max(d.sessions ?? 0, started);
  return { day: out, conflicts: [] };
}

/** The account's merged days (sorted) and day conflicts, given its merged sessions. */
export function mergeDays(
  held: HeldDay[],
  sessions: Session[],
): { days: Day[]; conflicts: Conflict[] } {
  const byDay = new Map<string, HeldDay[]>();
  for (const h of held) (byDay.get(h.d.day) ?? byDay.set(h.d.day, []).get(h.d.day)!).push(h);
  const facts = factsOf(sessions);
  const days: Day[] = [];
  const conflicts: Conflict[] = [];
  for (const key of [...byDay.keys()].sort()) {
    const r = mergeDay(byDay.get(key)!, facts.get(dayNumOfKey(key)));
    days.push(r.day);
    conflicts.push(...r.conflicts);
  }
  return { days, conflicts };
}
