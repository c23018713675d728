import { z } from 'zod';
import { DayKeySchema, GrowthTargetSchema, MAX_METRIC_VALUE } from '../../history/fields';

/** A 对标 session the seller plans: its day and GMV goal. */
export const BenchmarkPlanSchema = z.strictObject({
  /** Beijing day of the planned benchmark session. */
  day: DayKeySchema,
  gmvTargetFen: z.number().int().positive().max(MAX_METRIC_VALUE),
});

/** 视频号's part of the per-account settings (all optional: missing means unknown). */
export const channelsAccountSettings = {
  channelsBenchmark: z.array(BenchmarkPlanSchema).max(100).optional(),
  channelsGrowthTargets: z.array(GrowthTargetSchema).max(50).optional(),
  /** Channels: first live ever on the platform, if the seller knows it predates our history. */
  channelsFirstLiveDay: DayKeySchema.optional(),
} satisfies z.ZodRawShape;
