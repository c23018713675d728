import { z } from 'zod';
import { MetricKeySchema, PlatformSchema } from '../../history/model';
import type { ItemUnit } from '../../rules/result';

/**
 * What the background adds to the `view` reply from the seller's own history (issue #11): per
 * live account the 10-minute deltas, the curve ETA per item and "再播 1 小时"; per monthly or
 * cycle item a month plan. Shapes of src/insight/live.ts and src/insight/month-plan.ts.
 */
const count = z.number().finite();
const Basis = z.enum(['curve', 'line']);

export const DeltaSchema = z.strictObject({
  last: count.nullable(),
  prev: count.nullable(),
  trend: z.enum(['up', 'down', 'flat']).nullable(),
});

export const LiveInsightSchema = z.strictObject({
  deltas: z.partialRecord(MetricKeySchema, DeltaSchema),
  pace: z.record(z.string(), z.strictObject({ etaMs: count.nullable(), basis: Basis })),
  whatIf: z
    .strictObject({
      moreMs: count,
      values: z.partialRecord(MetricKeySchema, z.strictObject({ value: count, basis: Basis })),
      reaches: z.array(z.string()),
    })
    .nullable(),
});

const DayPlanSchema = z.strictObject({ days: z.array(z.number().int()), perDay: count });

export const MonthPlanSchema = z.strictObject({
  even: DayPlanSchema.nullable(),
  usual: DayPlanSchema.extend({ weekdays: z.array(z.number().int().min(0).max(6)) }).nullable(),
});

export const AccountInsightSchema = z.strictObject({
  platform: PlatformSchema,
  accountId: z.string(),
  /** Only for a live account (the deltas and curves are about the session under way). */
  live: LiveInsightSchema.nullable(),
  /** Keyed by itemId: monthly / cycle items with something left to do. */
  plans: z.record(z.string(), MonthPlanSchema),
});
export type AccountInsight = z.infer<typeof AccountInsightSchema>;

const TextSchema = z.strictObject({ zh: z.string(), en: z.string() });
const PointSchema = z.tuple([count, count]);

/** The post-live review (复盘) of one ended session: src/background/review.ts. */
export const SessionReviewSchema = z.strictObject({
  sessionId: z.string(),
  start: z.string(),
  end: z.string(),
  finals: z.partialRecord(MetricKeySchema, count),
  series: z.partialRecord(MetricKeySchema, z.array(PointSchema)),
  targets: z.array(
    z.strictObject({
      id: z.string(),
      /** Item ids repeat across packs (成长任务 and 北极星 both have daily-3-gmv). */
      packId: z.string(),
      label: TextSchema,
      metric: MetricKeySchema,
      threshold: count,
      base: count,
      reachedAtMs: count.nullable(),
      missedBy: count.nullable(),
    }),
  ),
  comparisons: z.array(
    z.strictObject({
      metric: MetricKeySchema,
      value: count,
      median: count.nullable(),
      change: count.nullable(),
    }),
  ),
  /** How many previous sessions the medians came from (≤ 7). */
  compared: z.number().int().nonnegative(),
  /** The monthly / cycle items as they stand now, with their plan. */
  plans: z.array(
    z.strictObject({
      itemId: z.string(),
      label: TextSchema,
      unit: z.custom<ItemUnit>((v) => typeof v === 'string'),
      plan: MonthPlanSchema,
    }),
  ),
});
export type SessionReview = z.infer<typeof SessionReviewSchema>;

export const ReviewReplySchema = z.strictObject({
  /** Ended sessions of the account, latest first (the picker). */
  sessions: z.array(z.strictObject({ sessionId: z.string(), start: z.string(), end: z.string() })),
  review: SessionReviewSchema.nullable(),
});
export type ReviewReply = z.infer<typeof ReviewReplySchema>;
