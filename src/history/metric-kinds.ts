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
  clubLive: 'flow',
  clubShop: 'flow',
  newFans: 'flow',
  online: 'peak',
  fans: 'last',
};
