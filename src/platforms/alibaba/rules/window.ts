import type { AlibabaPack } from '../pack-schema';
import { isValidSession } from '../../../rules/valid-session';
import {
  daysIn,
  sessionEndMs,
  sessionsIn,
  type AccountHistory,
} from '../../../rules/history-index';
import type { DayNum } from '../../../time/beijing';

/** Per-day valid sessions and buyers: the two numbers the 1688 30-day window sums. */
export interface Activity {
  sessions: Map<DayNum, number>;
  buyers: Map<DayNum, number>;
}

/**
 * A session is valid when it lasts strictly more than the pack's minimum (15 min: a 15-minute
 * session does not count). Sessions count on their start day; days without session records fall
 * back to the day's own session count. Buyers are deduplicated per day only, so a window's buyers
 * are the sum of daily buyers.
 */
export function dailyActivity(
  pack: AlibabaPack,
  acc: AccountHistory,
  nowMs: number,
  fromDay: DayNum,
): Activity {
  const sessions = new Map<DayNum, number>();
  const buyers = new Map<DayNum, number>();
  for (const day of new Set(sessionsIn(acc, fromDay, Infinity).map((s) => s.startDay))) {
    const list = acc.sessionsByDay.get(day) ?? [];
    let valid = 0;
    for (const ix of list) {
      const sec = ix.s.metrics.durationSec?.value ?? (sessionEndMs(ix, nowMs) - ix.startMs) / 1000;
      if (isValidSession(sec, pack.validSessionMinutesExclusive)) valid++;
    }
    sessions.set(day, valid);
  }
  for (const day of daysIn(acc, fromDay, Infinity)) {
    const rec = acc.days.get(day);
    if (!sessions.has(day) && rec?.sessions !== undefined) sessions.set(day, rec.sessions);
    const b = rec?.metrics.buyers?.value;
    if (b !== undefined) buyers.set(day, b);
  }
  return { sessions, buyers };
}

export function windowTotals(a: Activity, from: DayNum, to: DayNum) {
  let sessions = 0;
  let buyers = 0;
  for (const [d, n] of a.sessions) if (d >= from && d <= to) sessions += n;
  for (const [d, n] of a.buyers) if (d >= from && d <= to) buyers += n;
  return { sessions, buyers };
}
