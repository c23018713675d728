import type { ItemResult, ItemUnit, RequirementGap, Text } from '../../../rules/result';
import type { AlibabaPack } from '../pack-schema';
import { liveSession, sessionEndMs, type AccountHistory } from '../../../rules/history-index';
import { finishItem } from '../../../rules/item';
import { dayEndMs, isoBeijing } from '../../../time/beijing';
import { t, tSetting } from '../../../rules/text';

const UNIT: Record<string, ItemUnit> = {
  medal: 'grade',
  bsrDesc: 'score',
  bsrShip: 'score',
  fans: 'fans',
  sessions30: 'sessions',
  buyers30: 'buyers',
};

/** One level requirement as an item: a shop fact or a 30-day total against its minimum. */
export function gapItem(
  pack: AlibabaPack,
  key: string,
  g: RequirementGap,
  group: Text,
): ItemResult {
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

/** The live session's validity (> N minutes, not across midnight), while one is live. */
export function liveSessionItem(
  pack: AlibabaPack,
  acc: AccountHistory,
  nowMs: number,
): ItemResult[] {
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

/** Without a category (消费品 / 工业品) no level applies: the seller is asked to choose one. */
export function categoryItem(pack: AlibabaPack): ItemResult {
  return finishItem({
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
}
