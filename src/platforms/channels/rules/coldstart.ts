import type { AccountSettings } from '../../../history/model';
import type { ColdStartResult } from '../../../rules/result';
import type { ChannelsPack } from '../pack-schema';
import type { AccountHistory } from '../../../rules/history-index';
import { dayNumOfKey, keyOfDayNum, type DayNum } from '../../../time/beijing';
import { t } from '../../../rules/text';

const isLiveDay = (acc: AccountHistory, d: DayNum): boolean => {
  const rec = acc.days.get(d);
  return (rec?.metrics.durationSec?.value ?? 0) > 0 || (rec?.sessions ?? 0) > 0;
};

/** First live day and last live day before `today`, scanning sorted indexes from each end. */
function liveBounds(
  acc: AccountHistory,
  today: DayNum,
): { first: DayNum | null; lastBefore: DayNum | null } {
  let first: DayNum | null = acc.sessions[0]?.startDay ?? null;
  for (const d of acc.dayNums) {
    if (first !== null && d >= first) break;
    if (isLiveDay(acc, d)) first = d;
  }
  let lastBefore: DayNum | null = null;
  for (let i = acc.sessions.length - 1; i >= 0; i--) {
    const d = (acc.sessions[i] as { startDay: DayNum }).startDay;
    if (d < today) {
      lastBefore = d;
      break;
    }
  }
  for (let i = acc.dayNums.length - 1; i >= 0; i--) {
    const d = acc.dayNums[i] as DayNum;
    if (d >= today) continue;
    if (lastBefore !== null && d <= lastBefore) break;
    if (isLiveDay(acc, d)) {
      lastBefore = d;
      break;
    }
  }
  return { first: first !== null && first <= today ? first : null, lastBefore };
}

/**
 * 冷启动期 (seed 001): first live on Channels within the last 30 days, or no live for 60 days.
 * "Within the last 30 days" = fewer than 30 days before today; idle = 60+ days since the last
 * live before today (a comeback stream today is still in the cold-start period).
 */
// eslint-disable-next-line max-lines-per-function -- one DOMAIN.md rule read top to bottom (first live / idle comeback); kept whole so it can be checked against the text
export function coldStart(
  pack: ChannelsPack,
  acc: AccountHistory,
  settings: AccountSettings,
  today: DayNum,
): ColdStartResult {
  const { firstLiveWithinDays: within, idleDays } = pack.coldStart;
  const bounds = liveBounds(acc, today);
  const setFirst = settings.channelsFirstLiveDay
    ? dayNumOfKey(settings.channelsFirstLiveDay)
    : null;
  const first = Math.min(setFirst ?? Infinity, bounds.first ?? Infinity);
  if (!Number.isFinite(first))
    return {
      status: 'unknown',
      reason: t('历史中没有开播记录，无法判断', 'No live in history: cannot tell'),
    };
  // A first live seen within 30 days is the account's first only if the history reaches back
  // 60 days before it (a fresh profile only knows what it has seen; a backfill can supply it).
  const earliest = Math.min(acc.dayNums[0] ?? Infinity, acc.sessions[0]?.startDay ?? Infinity);
  if (today - first < within && setFirst === null && earliest > first - idleDays)
    return {
      status: 'unknown',
      reason: t(
        `历史只从 ${keyOfDayNum(earliest)} 起，看不出此前是否开过播：到视频号历史页回填或在设置中填写首播日期`,
        `History starts ${keyOfDayNum(earliest)}: earlier lives unknown. Backfill from the Channels history page or enter the first live day in settings`,
      ),
    };
  if (today - first < within) {
    // DOMAIN.md §4a: day 1 is the first live day, so the last day is first + within − 1.
    const lastDay = keyOfDayNum(first + within - 1);
    return {
      status: 'cold_start',
      lastDay,
      reason: t(
        `首播 ${keyOfDayNum(first)}，冷启动期到 ${lastDay}（含）`,
        `First live ${keyOfDayNum(first)}: cold start through ${lastDay}`,
      ),
    };
  }
  const last = bounds.lastBefore ?? (setFirst !== null && setFirst < today ? setFirst : null);
  if (last === null)
    return {
      status: 'unknown',
      reason: t('没有今天之前的开播记录', 'No live before today in history'),
    };
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
