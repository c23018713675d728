/**
 * The metric keys and their units (see src/history/model.ts), as a plain list: the zod model
 * builds its enum from it, and content scripts and the UI use it without bundling zod.
 */
export const METRIC_KEYS = [
  'durationSec',
  'dau',
  'gmvFen',
  'buyers',
  'orders',
  'online',
  'pv',
  'fans',
  'clubLive',
  'clubShop',
  'newFans',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];
