import type { ItemResult, ItemStatus, Text } from '../../../rules/result';
import type { JdItem } from '../pack-schema';
import type { IndexedSession } from '../../../rules/history-index';
import type { Cycle } from './cycles';
import { finishItem, freshest } from '../../../rules/item';
import { etaMs } from '../../../rules/pace';
import { dayEndMs, isoBeijing, keyOfDayNum, type DayNum } from '../../../time/beijing';
import { toNative, toUnit, type Counted } from './values';
import { t } from '../../../rules/text';

export interface CycleContext {
  packId: string;
  group: Text;
  today: DayNum;
  nowMs: number;
  cycle: Cycle;
  /** First counted day: the later of cycle start and enrolment. */
  countFrom: DayNum;
  live: IndexedSession | null;
}

/** A cycle item: total so far, what remains, days left to the data cutoff, needed per day. */
// eslint-disable-next-line max-lines-per-function -- one DOMAIN.md rule read top to bottom (total, remaining, cutoff, per day); kept whole so it can be checked against the text
export function cycleItem(
  ctx: CycleContext,
  item: JdItem,
  counted: Counted & { unknownDays: number },
): ItemResult {
  const { cycle, today } = ctx;
  const cutoffMs = dayEndMs(cycle.dataCutoff);
  const current = counted.value === null ? null : toUnit(item.metric, counted.value);
  const daysLeft = today <= cycle.dataCutoff ? cycle.dataCutoff - today + 1 : 0;
  const warnings: Text[] = [];
  if (counted.unknownDays > 0)
    warnings.push(
      t(
        `${counted.unknownDays} 天缺少该数据，当前值为下限`,
        `${counted.unknownDays} day(s) lack this value: current is a lower bound`,
      ),
    );
  if (cycle.projected)
    warnings.push(t('周期为推算，尚未公布', 'Cycle projected, not yet published'));
  let status: ItemStatus = 'behind';
  let reason: Text | undefined;
  let perDay: number | undefined;
  let eta: string | undefined;
  if (current === null) {
    status = 'unknown';
    reason = t('本周期数据尚未读取', 'No value read for this cycle yet');
  } else if (current >= item.threshold) {
    status = 'done';
  } else if (daysLeft === 0) {
    reason = t('数据统计已截止，未达成', 'Data cutoff passed: not reached');
  } else {
    const remaining = item.threshold - current;
    perDay = Math.ceil(remaining / daysLeft);
    const elapsed = Math.max(1, today - ctx.countFrom + 1);
    const minutesLeft = (cutoffMs - ctx.nowMs) / 60_000;
    if (item.metric === 'durationSec' && remaining > minutesLeft) {
      reason = t('截止前剩余时间不足', 'Not enough time left before the cutoff');
    } else if (current / elapsed >= remaining / daysLeft) {
      status = 'on_track';
    } else {
      reason = t('日均低于所需', 'Daily average below what is needed');
    }
    if (ctx.live) {
      const at = etaMs(item.metric, toNative(item.metric, remaining), ctx.live, ctx.nowMs);
      if (at !== null && at <= dayEndMs(today)) eta = isoBeijing(at);
    }
  }
  return finishItem({
    packId: ctx.packId,
    itemId: item.id,
    group: ctx.group,
    label: item.label,
    period: 'cycle',
    unit: item.unit,
    current,
    threshold: item.threshold,
    status,
    ...(reason ? { reason } : {}),
    ...(eta ? { eta } : {}),
    ...(perDay !== undefined ? { perDay } : {}),
    daysLeft,
    reward: {
      pv: item.reward.pv,
      text: t(`${item.reward.pv} pv 流量券`, `${item.reward.pv} pv coupons`),
    },
    deadline: {
      at: isoBeijing(cutoffMs),
      kind: 'data_cutoff',
      projected: cycle.projected,
      label: t(
        `数据统计截止 ${keyOfDayNum(cycle.dataCutoff)}${cycle.projected ? '（推算）' : ''}`,
        `Data cutoff ${keyOfDayNum(cycle.dataCutoff)}${cycle.projected ? ' (projected)' : ''}`,
      ),
    },
    assumptions: [],
    warnings,
    provenance: freshest(counted.values),
  });
}
