import type { AccountSettings } from '../../../history/model';
import type {
  Assumption,
  ItemResult,
  ItemUnit,
  LevelResult,
  RequirementGap,
  Text,
  WindowForecastDay,
} from '../../../rules/result';
import type { AlibabaPack } from '../pack-schema';
import { liveSession, sessionEndMs, type AccountHistory } from '../../../rules/history-index';
import { dailyActivity, windowTotals } from './window';
import { levelOf, RANK, requirementGaps, type Category } from './level';
import { finishItem } from '../../../rules/item';
import { consoleWindow } from './console';
import { dayEndMs, isoBeijing, keyOfDayNum, type DayNum } from '../../../time/beijing';
import { t, tSetting } from '../../../rules/text';

export interface AlibabaResult {
  level: LevelResult;
  items: ItemResult[];
  assumptions: Assumption[];
}

const UNIT: Record<string, ItemUnit> = {
  medal: 'grade',
  bsrDesc: 'score',
  bsrShip: 'score',
  fans: 'fans',
  sessions30: 'sessions',
  buyers30: 'buyers',
};

function gapItem(pack: AlibabaPack, key: string, g: RequirementGap, group: Text): ItemResult {
  const current = typeof g.current === 'number' ? g.current : null;
  const threshold = typeof g.threshold === 'number' ? g.threshold : 0;
  return finishItem({
    packId: pack.id,
    itemId: g.id,
    group,
    label: g.label,
    period: key.endsWith('30') ? 'rolling30' : 'fact',
    unit: UNIT[key] ?? 'score',
    current,
    threshold,
    status: g.met === null ? 'unknown' : g.met ? 'done' : 'behind',
    ...(g.met === null
      ? {
          reason: tSetting(
            '店铺数据未知，请在设置中填写',
            'Shop fact unknown: enter it in settings',
          ),
        }
      : {}),
    ...(g.anyOf
      ? { warnings: [t('与同组条件满足其一即可', 'Any one of this “or” group suffices')] }
      : { warnings: [] }),
    assumptions: [],
  });
}

function liveSessionItem(pack: AlibabaPack, acc: AccountHistory, nowMs: number): ItemResult[] {
  const live = liveSession(acc, nowMs);
  if (!live) return [];
  const minutes = (sessionEndMs(live, nowMs) - live.startMs) / 60_000;
  const min = pack.validSessionMinutesExclusive;
  const valid = minutes > min;
  const warnings: Text[] = [];
  const toMidnight = (dayEndMs(live.startDay) - nowMs) / 60_000;
  if (toMidnight < 30)
    warnings.push(
      t(
        '直播请勿跨天：请在北京时间 24:00 前下播',
        'Do not cross midnight: end before 24:00 Beijing',
      ),
    );
  return [
    finishItem({
      packId: pack.id,
      itemId: 'live-session-valid',
      group: t('本场直播', 'This session'),
      label: t(`有效直播 >${min}分钟`, `Valid session > ${min} min`),
      period: 'session',
      unit: 'minutes',
      current: minutes,
      threshold: min,
      status: valid ? 'done' : 'on_track',
      ...(valid ? {} : { eta: isoBeijing(live.startMs + min * 60_000 + 1000) }),
      deadline: {
        at: isoBeijing(dayEndMs(live.startDay)),
        kind: 'midnight',
        projected: false,
        label: t('北京时间午夜', 'Beijing midnight'),
      },
      assumptions: [],
      warnings,
    }),
  ];
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
  const base = {
    windowStart: keyOfDayNum(start),
    windowEnd: keyOfDayNum(end),
    sessions30: win.sessions30,
    buyers30: win.buyers30,
  };
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
    const item = finishItem({
      packId: pack.id,
      itemId: 'category',
      group: pack.title,
      label: t('类目', 'Category'),
      period: 'fact',
      unit: 'flag',
      current: null,
      threshold: 1,
      status: 'unknown',
      reason: tSetting(
        '请在设置中选择消费品或工业品',
        'Choose consumer or industrial goods in settings',
      ),
      assumptions: [],
      warnings: [],
    });
    return { level, items: [item, ...liveSessionItem(pack, acc, nowMs)], assumptions };
  }
  const now = levelOf(cat, settings, win);
  const forecast: WindowForecastDay[] = [];
  // Idle forecast: today's window total minus what leaves it day by day (nothing new arrives).
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
