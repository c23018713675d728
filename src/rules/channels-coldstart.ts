import type { AccountSettings } from '../history/model';
import type { ColdStartResult } from './result';
import type { ChannelsPack } from './schema';
import type { AccountHistory } from './history-index';
import { dayNumOfKey, keyOfDayNum, type DayNum } from './daymath';
import { t } from './text';

/** Days with any live: a day record with duration or sessions, or a session starting that day. */
function liveDays(acc: AccountHistory): DayNum[] {
  const set = new Set<DayNum>(acc.sessionsByDay.keys());
  for (const d of acc.dayNums) {
    const rec = acc.days.get(d);
    if ((rec?.metrics.durationSec?.value ?? 0) > 0 || (rec?.sessions ?? 0) > 0) set.add(d);
  }
  return [...set].sort((a, b) => a - b);
}

/**
 * 冷启动期 (seed 001): first live on Channels within the last 30 days, or no live for 60 days.
 * "Within the last 30 days" = fewer than 30 days before today; idle = 60+ days since the last
 * live before today (a comeback stream today is still in the cold-start period).
 */
export function coldStart(
  pack: ChannelsPack,
  acc: AccountHistory,
  settings: AccountSettings,
  today: DayNum,
): ColdStartResult {
  const { firstLiveWithinDays: within, idleDays } = pack.coldStart;
  const days = liveDays(acc).filter((d) => d <= today);
  const setFirst = settings.channelsFirstLiveDay ? dayNumOfKey(settings.channelsFirstLiveDay) : null;
  const first = Math.min(setFirst ?? Infinity, days[0] ?? Infinity);
  if (!Number.isFinite(first))
    return {
      status: 'unknown',
      reason: t('历史中没有开播记录，无法判断', 'No live in history: cannot tell'),
    };
  if (today - first < within)
    return {
      status: 'cold_start',
      reason: t(
        `首播 ${keyOfDayNum(first)}，在 ${within} 天内`,
        `First live ${keyOfDayNum(first)}, within ${within} days`,
      ),
    };
  const before = days.filter((d) => d < today);
  const last = before[before.length - 1] ?? (setFirst !== null && setFirst < today ? setFirst : null);
  if (last === null)
    return { status: 'unknown', reason: t('没有今天之前的开播记录', 'No live before today in history') };
  if (today - last >= idleDays)
    return {
      status: 'cold_start',
      reason: t(
        `上次开播 ${keyOfDayNum(last)}，已 ${today - last} 天未开播`,
        `Last live ${keyOfDayNum(last)}: ${today - last} days without a live`,
      ),
    };
  return {
    status: 'not_cold_start',
    reason: t(
      `首播 ${keyOfDayNum(first)}，上次开播 ${keyOfDayNum(last)}`,
      `First live ${keyOfDayNum(first)}, last live ${keyOfDayNum(last)}`,
    ),
  };
}
