import { z } from 'zod';
import {
  AccountIdSchema,
  IsoInstantSchema,
  MAX_METRIC_VALUE,
  MetricKeySchema,
  PlatformSchema,
} from '../../history/model';

/** What content scripts report: readings of a console page, past sessions, shop facts. */

const ObservedValue = z.strictObject({
  value: z.number().finite().nonnegative().max(MAX_METRIC_VALUE),
  source: z.enum(['network', 'dom']),
});
/** Metrics that count people or orders: a fraction of one is a misreading, refused. */
const COUNT_METRICS = new Set(['dau', 'buyers', 'orders', 'online', 'pv', 'fans']);
const ObservedMetrics = z.partialRecord(MetricKeySchema, ObservedValue).superRefine((ms, ctx) => {
  for (const [k, v] of Object.entries(ms)) {
    if (v && COUNT_METRICS.has(k) && !Number.isInteger(v.value))
      ctx.addIssue({ code: 'custom', path: [k, 'value'], message: 'expected a whole count' });
  }
});

/** One reading of a console page: cumulative values of the current session (or day). */
export const ObservationSchema = z.strictObject({
  /** Unique per reading: `${pageInstance}:${seq}`. Makes resends idempotent. */
  id: z.string().min(1).max(200),
  platform: PlatformSchema,
  accountId: AccountIdSchema,
  accountName: z.string().max(200).optional(),
  /** The page gave no stable account id: `accountId` is a provisional `~…` id (see model). */
  provisional: z.literal(true).optional(),
  /** Live id / object id; absent when the page shows none (then sessionStart identifies it). */
  sessionId: z.string().min(1).max(200).optional(),
  sessionStart: IsoInstantSchema.optional(),
  live: z.boolean().optional(),
  hasCart: z.boolean().optional(),
  /** `session` = cumulative for the live session; `day` = the console's figure for the Beijing day. */
  scope: z.enum(['session', 'day']),
  observedAt: IsoInstantSchema,
  /** Page kind, e.g. `jd.bigScreen`, for health and debugging. */
  page: z.string().max(60),
  metrics: ObservedMetrics,
});
export type Observation = z.infer<typeof ObservationSchema>;

/** A past session read from a history/list page (backfill). */
export const BackfillSessionSchema = z.strictObject({
  sessionId: z.string().min(1).max(200),
  start: IsoInstantSchema,
  end: IsoInstantSchema.nullable(),
  metrics: z.partialRecord(
    MetricKeySchema,
    z.number().finite().nonnegative().max(MAX_METRIC_VALUE),
  ),
  hasCart: z.boolean().optional(),
});
export const BackfillSchema = z.strictObject({
  platform: PlatformSchema,
  accountId: AccountIdSchema,
  accountName: z.string().max(200).optional(),
  provisional: z.literal(true).optional(),
  observedAt: IsoInstantSchema,
  page: z.string().max(60),
  sessions: z.array(BackfillSessionSchema).max(2000),
});
export type Backfill = z.infer<typeof BackfillSchema>;

/** Shop facts read from a 1688 page. */
export const ShopFactsObservationSchema = z.strictObject({
  platform: z.literal('alibaba'),
  accountId: AccountIdSchema,
  observedAt: IsoInstantSchema,
  medal: z.number().int().min(0).max(5).optional(),
  bsrDesc: z.number().min(0).max(5).optional(),
  bsrShip: z.number().min(0).max(5).optional(),
  fans: z.number().int().nonnegative().max(MAX_METRIC_VALUE).optional(),
  /** 近30天直播场次 / 近30天买家数 as the workbench shows them. */
  sessions30: z.number().int().nonnegative().max(100_000).optional(),
  buyers30: z.number().int().nonnegative().max(MAX_METRIC_VALUE).optional(),
  accountName: z.string().max(200).optional(),
  provisional: z.literal(true).optional(),
});
