import type { DetailKey } from './zh-detail';

/** English detail strings: the type forces every zh key to exist here. */
export const enDetail: Record<DetailKey, string> = {
  daysLeft: '{n} days left to the data cutoff (today included)',
  daysLeftShort: '{n} d left',
  perDay: '{x} needed per day',
  reward: 'Reward {pv} pv',
  projected: 'Projected cycle',
  projectedTip: 'Projected from the published pattern; not yet published',
  assumptionTip: 'Read as: {a}',
  assumptionAlt: 'Other reading: {b}',
  progressAria: '{label}: {cur} of {target}',
};
