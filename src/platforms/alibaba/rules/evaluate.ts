import type { AccountSettings } from '../../../history/model';
import type { Assumption, ItemResult, LevelResult } from '../../../rules/result';
import type { AlibabaPack } from '../pack-schema';
import type { AccountHistory } from '../../../rules/history-index';
import { dailyActivity, windowTotals } from './window';
import { levelOf, RANK, requirementGaps, type Category } from './level';
import { consoleWindow } from './console';
import { keyOfDayNum, type DayNum } from '../../../time/beijing';
import { t } from '../../../rules/text';
import { idleForecast } from './forecast';
import { categoryItem, gapItem, liveSessionItem } from './items';

export interface AlibabaResult {
  level: LevelResult;
  items: ItemResult[];
  assumptions: Assumption[];
}

/** The rolling window: our own totals, or the console's own 近30天 figures when read today. */
function windowOf(
  pack: AlibabaPack,
  acc: AccountHistory,
  settings: AccountSettings,
  today: DayNum,
  nowMs: number,
) {
  const { days, endsYesterday } = pack.window;
  const end = endsYesterday ? today - 1 : today;
  const start = end - days + 1;
  const activity = dailyActivity(pack, acc, nowMs, start - 1);
  const w = windowTotals(activity, start, end);
  const fromConsole = consoleWindow(settings, today);
  const win = {
    sessions30: fromConsole?.sessions30 ?? w.sessions,
    buyers30: fromConsole?.buyers30 ?? w.buyers,
  };
  const assumptions = [...pack.assumptions];
  if (fromConsole) assumptions.push(fromConsole.assumption);
  const base = { windowStart: keyOfDayNum(start), windowEnd: keyOfDayNum(end), ...win };
  return { activity, win, assumptions, base };
}

export function evaluateAlibaba(
  pack: AlibabaPack,
  acc: AccountHistory,
  settings: AccountSettings,
  today: DayNum,
  nowMs: number,
): AlibabaResult {
  const catId = settings.alibabaCategory ?? null;
  const cat: Category | undefined = pack.categories.find((c) => c.id === catId);
  const { activity, win, assumptions, base } = windowOf(pack, acc, settings, today, nowMs);
  if (!cat) {
    const level: LevelResult = {
      category: null,
      current: 'unknown',
      next: null,
      missing: [],
      forecast: [],
      atRisk: false,
      ...base,
    };
    const items = [categoryItem(pack), ...liveSessionItem(pack, acc, nowMs)];
    return { level, items, assumptions };
  }
  const now = levelOf(cat, settings, win);
  const forecast = idleForecast(pack, cat, settings, win, activity, today);
  const atRisk = forecast
    .slice(0, pack.forecast.atRiskDays)
    .some((f) => f.levelIfIdle !== 'unknown' && RANK[f.levelIfIdle] < RANK[now.level]);
  const next = now.level === 'normal' ? 'daren' : now.level === 'daren' ? 'rongyao' : null;
  const target = atRisk || next === null ? now.level : next;
  const targetDef = cat.levels.find((l) => l.level === target);
  const missing = targetDef ? requirementGaps(targetDef.requirements, settings, win) : [];
  if (now.uncertain)
    assumptions.push({
      id: 'level-lower-bound',
      text: t(
        '店铺数据未知：显示的等级为下限',
        'Shop facts unknown: the level shown is a lower bound',
      ),
    });
  const group = t(
    `${cat.label.zh} · ${targetDef?.label.zh ?? ''}条件`,
    `${cat.label.en} · ${targetDef?.label.en ?? ''} requirements`,
  );
  const keys = new Map(targetDef?.requirements.map((r) => [r.id, r.key]) ?? []);
  const items = [
    ...missing.map((g) => gapItem(pack, keys.get(g.id) ?? '', g, group)),
    ...liveSessionItem(pack, acc, nowMs),
  ];
  const level: LevelResult = {
    category: cat.id,
    current: now.level,
    next,
    missing,
    forecast,
    atRisk,
    ...base,
  };
  return { level, items, assumptions };
}
