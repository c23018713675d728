/**
 * The history model's metric keys as a plain list, so content scripts can check keys
 * without bundling zod's schema objects. tests/unit/capture checks it equals the schema.
 */
export const MetricKeySchemaValues = [
  'durationSec',
  'dau',
  'gmvFen',
  'buyers',
  'orders',
  'online',
  'pv',
  'fans',
] as const;
export type MetricKey = (typeof MetricKeySchemaValues)[number];
