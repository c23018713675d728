import type { MetricKey } from './model';

/**
 * How a metric adds up. `flow`: cumulative counters (a session's total grows; a day is the
 * sum of what was observed that day). `peak`: a level whose day value is its maximum (online
 * viewers). `last`: a level whose day value is its latest reading (followers).
 */
export type MetricKind = 'flow' | 'peak' | 'last';

export const METRIC_KIND: Record<MetricKey, MetricKind> = {
  durationSec: 'flow',
  dau: 'flow',
  gmvFen: 'flow',
  buyers: 'flow',
  orders: 'flow',
  pv: 'flow',
  online: 'peak',
  fans: 'last',
};

/**
 * A cumulative value that falls below this share of the previous one is a console reset (new
 * segment, added on top); a smaller drop is a correction (refund, a lagging second tab) and is
 * taken as the new total. Halving keeps a refund of 3 → 2 buyers from being counted as 5.
 */
export const RESET_RATIO = 0.5;
