import type { AccountSettings } from '../../../history/model';
import type { WindowForecastDay } from '../../../rules/result';
import { keyOfDayNum, type DayNum } from '../../../time/beijing';
import type { AlibabaPack } from '../pack-schema';
import { levelOf, type Category, type WindowValues } from './level';
import type { Activity } from './window';

/**
 * Idle forecast: today's window totals minus what leaves the window day by day, nothing new
 * arriving, and the level each day would then give.
 */
export function idleForecast(
  pack: AlibabaPack,
  cat: Category,
  settings: AccountSettings,
  win: WindowValues,
  activity: Activity,
  today: DayNum,
): WindowForecastDay[] {
  const { days, endsYesterday } = pack.window;
  const forecast: WindowForecastDay[] = [];
  let sessions = win.sessions30;
  let buyers = win.buyers30;
  for (let k = 1; k <= pack.forecast.days; k++) {
    const d = today + k;
    const fEnd = endsYesterday ? d - 1 : d;
    const leaving = fEnd - days;
    const sessionsLeaving = activity.sessions.get(leaving) ?? 0;
    const buyersLeaving = activity.buyers.get(leaving) ?? 0;
    sessions = Math.max(0, sessions - sessionsLeaving);
    buyers = Math.max(0, buyers - buyersLeaving);
    forecast.push({
      day: keyOfDayNum(d),
      sessionsLeaving,
      buyersLeaving,
      sessions,
      buyers,
      levelIfIdle: levelOf(cat, settings, { sessions30: sessions, buyers30: buyers }).level,
    });
  }
  return forecast;
}
