/**
 * Formatter strings for the popup and options only (deadlines, rewards, assumptions): kept out
 * of zh.ts so the content-script badge does not ship them.
 */
export const zhDetail = {
  daysLeft: '距数据截止还剩 {n} 天（含今天）',
  daysLeftShort: '剩 {n} 天',
  perDay: '每天需 {x}',
  reward: '奖励 {pv} pv',
  projected: '预估周期',
  projectedTip: '按已公布的规律推算，平台尚未公布',
  assumptionTip: '按此理解：{a}',
  assumptionAlt: '另一种理解：{b}',
  progressAria: '{label}：{cur} / {target}',
} as const;

export type DetailKey = keyof typeof zhDetail;
