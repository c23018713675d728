/**
 * Douyin's rule pack evaluation: the seller's targets (incl. 新加直播团 / 新加购物团), tracked
 * exactly like 视频号 growth targets by the same evaluator: current, remaining, pace and ETA
 * while live, per-day need over a week or month, Asia/Shanghai periods.
 */
import type { AccountHistory } from '../../../rules/history-index';
import type { DayNum } from '../../../time/beijing';
import type { ItemResult } from '../../../rules/result';
import type { PackOutcome } from '../../types';
import { growthItem, type TargetPack } from '../../channels/rules/targets';
import type { DouyinPack } from '../pack-schema';
import type { DouyinSettings } from '../settings';

const asTargetPack = (pack: DouyinPack): TargetPack => ({
  id: pack.id,
  growth: { label: pack.targets.label },
});

export const douyinTargetItems = (
  pack: DouyinPack,
  acc: AccountHistory,
  s: DouyinSettings,
  today: DayNum,
  nowMs: number,
): ItemResult[] =>
  (s.douyinTargets ?? []).map((g) => growthItem(asTargetPack(pack), acc, g, today, nowMs));

export function evaluateDouyin(
  pack: DouyinPack,
  acc: AccountHistory,
  s: DouyinSettings,
  today: DayNum,
  nowMs: number,
): PackOutcome {
  return {
    items: douyinTargetItems(pack, acc, s, today, nowMs),
    assumptions: pack.assumptions,
  };
}
