import type { ItemResult, ItemStatus, Text } from '../../../rules/result';
import type { JdItem } from '../pack-schema';
import type { IndexedSession } from '../../../rules/history-index';
import { finishItem, freshest } from '../../../rules/item';
import { etaMs } from '../../../rules/pace';
import { dayEndMs, isoBeijing, type DayNum } from '../../../time/beijing';
import { toNative, toUnit, type Counted } from './values';
import { t } from '../../../rules/text';

export interface DailyContext {
  packId: string;
  group: Text;
  today: DayNum;
  nowMs: number;
  /** The live session, when it counts (an excluded live session has no pace). */
  live: IndexedSession | null;
}

/** One daily item for today: done / on track / behind / unreachable before Beijing midnight. */
export function dailyItem(ctx: DailyContext, item: JdItem, counted: Counted): ItemResult {
  const midnight = dayEndMs(ctx.today);
  const current = counted.value === null ? null : toUnit(item.metric, counted.value);
  let status: ItemStatus = 'behind';
  let reason: Text | undefined;
  let eta: string | undefined;
  if (current === null) {
    status = 'unknown';
    reason = t('今日数据尚未读取', 'Today’s value has not been read yet');
  } else if (current >= item.threshold) {
    status = 'done';
  } else if (ctx.live) {
    const observed = Math.min(ctx.nowMs, Date.parse(counted.values[0]?.at ?? '') || ctx.nowMs);
    const remainingNative = toNative(item.metric, item.threshold - current);
    const at = etaMs(item.metric, remainingNative, ctx.live, observed);
    if (at === null) {
      reason = t('本场暂无增长，无法估算', 'No growth yet this session: no pace');
    } else if (at <= midnight) {
      status = 'on_track';
      eta = isoBeijing(at);
    } else {
      status = item.metric === 'durationSec' ? 'unreachable_today' : 'behind';
      reason = t('按当前速度午夜前无法达成', 'Not reached before midnight at the current pace');
    }
  } else if (
    item.metric === 'durationSec' &&
    item.threshold - current > (midnight - ctx.nowMs) / 60_000
  ) {
    status = 'unreachable_today';
    reason = t('距北京时间午夜不足剩余时长', 'Less time left before Beijing midnight than remains');
  } else {
    reason = t('未在直播', 'Not live');
  }
  return finishItem({
    packId: ctx.packId,
    itemId: item.id,
    group: ctx.group,
    label: item.label,
    period: 'day',
    unit: item.unit,
    current,
    threshold: item.threshold,
    status,
    ...(reason ? { reason } : {}),
    ...(eta ? { eta } : {}),
    reward: {
      pv: item.reward.pv,
      text: t(`${item.reward.pv} pv 流量券`, `${item.reward.pv} pv coupons`),
    },
    deadline: {
      at: isoBeijing(midnight),
      kind: 'midnight',
      projected: false,
      label: t('北京时间午夜', 'Beijing midnight'),
    },
    assumptions: [],
    warnings: [],
    provenance: freshest(counted.values),
  });
}
