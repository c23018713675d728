import type { Observation } from '../../../src/messaging';
import type { MetricKey } from '../../../src/history/model';

let seq = 0;
/** A session-scope observation from the JD big screen; ids are unique unless given. */
export function obs(
  at: string,
  metrics: Partial<Record<MetricKey, number>>,
  extra: Partial<Observation> = {},
): Observation {
  seq += 1;
  return {
    id: `tab1:${seq}`,
    platform: 'jd',
    accountId: 'shop1',
    scope: 'session',
    observedAt: at,
    page: 'jd.bigScreen',
    live: true,
    metrics: Object.fromEntries(
      Object.entries(metrics).map(([k, v]) => [k, { value: v, source: 'network' as const }]),
    ),
    ...extra,
  };
}
