import { daysIn, type AccountHistory } from '../../../rules/history-index';
import type { Subtractions } from './exclusions';
import { dayCounted } from './values';
import { monthEndNum, monthKeyOfNum, type DayNum } from '../../../time/beijing';

export interface LiveDayStats {
  /** Days with counted live duration > 0. */
  liveDays: number;
  realPersonDays: number;
  durationSec: number;
  realPersonDurationSec: number;
  realPersonGmvFen: number;
  /** Days whose GMV was not read (the GMV average is then a lower bound). */
  gmvUnknownDays: number;
  liveDaysByMonth: Map<string, number>;
  /** Any day record at all in the period: without one the check is unknown. */
  hasData: boolean;
}

/** A day is real-person unless every session of it is flagged otherwise (pack assumption). */
function isRealPerson(acc: AccountHistory, day: DayNum): boolean {
  const sessions = acc.sessionsByDay.get(day);
  if (!sessions || sessions.length === 0) return true;
  return sessions.some((s) => s.s.flags.realPerson !== false);
}

export function liveDayStats(
  acc: AccountHistory,
  sub: Subtractions,
  from: DayNum,
  to: DayNum,
): LiveDayStats {
  const st: LiveDayStats = {
    liveDays: 0,
    realPersonDays: 0,
    durationSec: 0,
    realPersonDurationSec: 0,
    realPersonGmvFen: 0,
    gmvUnknownDays: 0,
    liveDaysByMonth: new Map(),
    hasData: false,
  };
  // Days come ascending: a month's key is made once, on its first live day.
  let month = '';
  let monthEnd = NaN;
  for (const day of daysIn(acc, from, to)) {
    st.hasData = true;
    const dur = dayCounted(acc, sub, day, 'durationSec').value ?? 0;
    if (dur <= 0) continue;
    st.liveDays++;
    st.durationSec += dur;
    if (!(day <= monthEnd)) {
      month = monthKeyOfNum(day);
      monthEnd = monthEndNum(day);
    }
    st.liveDaysByMonth.set(month, (st.liveDaysByMonth.get(month) ?? 0) + 1);
    if (!isRealPerson(acc, day)) continue;
    st.realPersonDays++;
    st.realPersonDurationSec += dur;
    const gmv = dayCounted(acc, sub, day, 'gmvFen').value;
    if (gmv === null) st.gmvUnknownDays++;
    else st.realPersonGmvFen += gmv;
  }
  return st;
}
