import type { AccountSettings, Value } from '../../../history/model';
import type { Assumption } from '../../../rules/result';
import { clockBeijing, dayNumOf, type DayNum } from '../../../time/beijing';
import { t } from '../../../rules/text';

export interface ConsoleWindow {
  sessions30: number | null;
  buyers30: number | null;
  assumption: Assumption;
}

const readToday = (v: Value | undefined, today: DayNum): number | null =>
  v && dayNumOf(Date.parse(v.at)) === today ? v.value : null;

/**
 * The 1688 workbench shows its own "近30天" 场次 / 买家数 (T+1, the same window we compute).
 * Read today, it beats our own sum: our history only knows the sessions the extension saw.
 * An older reading is stale (the window has moved since), so history is used instead.
 */
export function consoleWindow(settings: AccountSettings, today: DayNum): ConsoleWindow | null {
  const shop = settings.shop ?? {};
  const sessions30 = readToday(shop.sessions30, today);
  const buyers30 = readToday(shop.buyers30, today);
  if (sessions30 === null && buyers30 === null) return null;
  const at = clockBeijing(Date.parse((shop.sessions30 ?? shop.buyers30)!.at));
  return {
    sessions30,
    buyers30,
    assumption: {
      id: 'alibaba-console-window',
      text: t(
        `近30天场次/买家数取自 1688 工作台（今天 ${at} 读取）`,
        `30-day sessions/buyers as the 1688 workbench showed them (read today ${at})`,
      ),
      alternative: t(
        '未读到时按本扩展记录的历史累加',
        'Without it, they are summed from the history this extension recorded',
      ),
    },
  };
}
