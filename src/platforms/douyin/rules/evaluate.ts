/**
 * Douyin's rule pack evaluation: the seller's targets (incl. 新加直播团 / 新加购物团), tracked
 * exactly like 视频号 growth targets by the same evaluator: current, remaining, pace and ETA
 * while live, per-day need over a week or month, Asia/Shanghai periods.
 */
import type { AccountHistory } from '../../../rules/history-index';
import type { DayNum } from '../../../time/beijing';
import type { ItemResult, Text } from '../../../rules/result';
import type { PackOutcome } from '../../types';
import { growthItem, type TargetPack } from '../../channels/rules/targets';
import type { DouyinPack } from '../pack-schema';
import type { DouyinSettings, DouyinTarget } from '../settings';

const asTargetPack = (pack: DouyinPack): TargetPack => ({
  id: pack.id,
  growth: { label: pack.targets.label },
});

/** The club a fan-club target counts, named on every view (a seller's label may not say). */
const CLUB: Partial<Record<DouyinTarget['metric'], Text>> = {
  clubLive: { zh: '直播团', en: 'live fan club' },
  clubShop: { zh: '购物团', en: 'shopping fan club' },
};

function labelled(item: ItemResult, g: DouyinTarget): ItemResult {
  const club = CLUB[g.metric];
  if (!club) return item;
  const label = (lang: 'zh' | 'en') =>
    g.label.trim() ? `${club[lang]} · ${g.label.trim()}` : club[lang];
  return { ...item, label: { zh: label('zh'), en: label('en') } };
}

export const douyinTargetItems = (
  pack: DouyinPack,
  acc: AccountHistory,
  s: DouyinSettings,
  today: DayNum,
  nowMs: number,
): ItemResult[] =>
  (s.douyinTargets ?? []).map((g) =>
    labelled(growthItem(asTargetPack(pack), acc, g, today, nowMs), g),
  );

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
