import type { MetricKey, Platform } from '../history/model';
import type { ItemUnit } from '../rules/result';
import { formatValue } from './format';
import type { Lang } from './i18n';

/** Metrics a seller charts or types in, with the engine unit they display in. */
export const EDITABLE_METRICS = [
  'durationSec',
  'dau',
  'gmvFen',
  'buyers',
  'orders',
  'fans',
] as const;
export type EditableMetric = (typeof EDITABLE_METRICS)[number];

/** What the history chart offers for an account: the editable metrics, plus what only some
 * consoles report (Douyin: new live / shopping fan-club members and new followers). */
const MORE_CHART_METRICS: Partial<Record<Platform, readonly MetricKey[]>> = {
  douyin: ['clubLive', 'clubShop', 'newFans'],
};
export const chartMetrics = (p: Platform): readonly MetricKey[] => [
  ...EDITABLE_METRICS,
  ...(MORE_CHART_METRICS[p] ?? []),
];

export const METRIC_UNIT: Record<MetricKey, ItemUnit> = {
  durationSec: 'minutes',
  dau: 'viewers',
  gmvFen: 'fen',
  buyers: 'buyers',
  orders: 'orders',
  online: 'viewers',
  pv: 'viewers',
  fans: 'fans',
  clubLive: 'members',
  clubShop: 'members',
  newFans: 'fans',
};

/** Stored value → the engine unit (seconds → minutes; the rest unchanged). */
export const toUnit = (m: MetricKey, v: number): number => (m === 'durationSec' ? v / 60 : v);

/** What a seller types (minutes, yuan, counts) → the stored unit (seconds, fen, counts). */
export const fromInput = (m: MetricKey, typed: number): number =>
  m === 'durationSec' ? Math.round(typed * 60) : m === 'gmvFen' ? Math.round(typed * 100) : typed;
export const toInput = (m: MetricKey, stored: number): number =>
  m === 'durationSec' ? stored / 60 : m === 'gmvFen' ? stored / 100 : stored;

export const formatMetric = (m: MetricKey, v: number, lang: Lang): string =>
  formatValue(toUnit(m, v), METRIC_UNIT[m], lang);

/** The engine unit of an item maps back to the metric it tracks (for target lines). */
export const UNIT_METRIC: Partial<Record<ItemUnit, EditableMetric>> = {
  minutes: 'durationSec',
  viewers: 'dau',
  fen: 'gmvFen',
  buyers: 'buyers',
  orders: 'orders',
  fans: 'fans',
};
