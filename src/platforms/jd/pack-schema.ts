import { z } from 'zod';
import {
  AssumptionSchema,
  DayKeySchema,
  ItemIdSchema,
  TextSchema,
  packHeader,
} from '../../rules/schema-common';

/** A JD task item: one metric against one threshold, in the unit the seller reads. */
export const JdItemSchema = z.strictObject({
  id: ItemIdSchema,
  group: ItemIdSchema,
  metric: z.enum(['durationSec', 'dau', 'gmvFen']),
  /** durationSec → minutes, dau → viewers, gmvFen → fen (¥1 = 100 fen). */
  unit: z.enum(['minutes', 'viewers', 'fen']),
  threshold: z.number().positive(),
  reward: z.strictObject({ pv: z.number().int().positive() }),
  label: TextSchema,
});

export const JdGroupSchema = z.strictObject({
  id: ItemIdSchema,
  period: z.enum(['day', 'cycle']),
  /** Traffic-coupon cap per merchant for the whole group (pv). */
  capPv: z.number().int().positive(),
  label: TextSchema,
});

export const JdCycleSchema = z.strictObject({
  id: z.string().regex(/^\d{4}-\d{2}$/),
  from: DayKeySchema,
  to: DayKeySchema,
  enrolBy: DayKeySchema,
  /** Last day whose data counts (inclusive). */
  dataCutoff: DayKeySchema,
  rewardsBy: DayKeySchema,
});

export const JdCyclesSchema = z.strictObject({
  published: z.array(JdCycleSchema).min(1),
  /** Later months follow the published pattern, offsets in days from the month's last day. */
  projection: z.strictObject({
    enrolByFromMonthEnd: z.number().int().max(0),
    dataCutoffFromMonthEnd: z.number().int().max(0),
    rewardsByFromMonthEnd: z.number().int().max(0),
  }),
});

export const JdCountingSchema = z.strictObject({
  /** Counting starts on the enrolment day (AccountSettings.jdEnrolled). */
  fromEnrolment: z.boolean(),
  excludeNoCart: z.boolean(),
  warnSessionHours: z.number().positive(),
  excludeSessionHours: z.number().positive(),
  /** A session must end before the end of the data-cutoff day. */
  sessionMustEndByCutoff: z.boolean(),
});

/** Informational checks over a historical period (北极星 pool entry and registration). */
export const JdCheckSchema = z.strictObject({
  id: ItemIdSchema,
  group: ItemIdSchema,
  kind: z.enum([
    'live_days',
    'duration_total',
    'anchor_level',
    'monthly_live_days',
    'avg_duration_per_live_day',
    'avg_gmv_per_live_day',
  ]),
  from: DayKeySchema.optional(),
  to: DayKeySchema.optional(),
  unit: z.enum(['days', 'minutes', 'fen', 'grade']),
  threshold: z.number().positive(),
  realPersonOnly: z.boolean().optional(),
  /** Ids of pack assumptions this check relies on. */
  assumptions: z.array(z.string()).optional(),
  label: TextSchema,
});

export const JdPackSchema = z.strictObject({
  ...packHeader,
  kind: z.literal('jd-tasks'),
  /** Who may do the tasks: everyone, or only 北极星 pool members. */
  audience: z.enum(['all', 'northstar_pool']),
  groups: z.array(JdGroupSchema).min(1),
  items: z.array(JdItemSchema).min(1),
  counting: JdCountingSchema,
  cycles: JdCyclesSchema.optional(),
  checks: z.array(JdCheckSchema).optional(),
  checkGroups: z.array(z.strictObject({ id: ItemIdSchema, label: TextSchema })).optional(),
});
export type JdPack = z.infer<typeof JdPackSchema>;
export type JdItem = z.infer<typeof JdItemSchema>;
export type JdCheck = z.infer<typeof JdCheckSchema>;
export type JdCycleDef = z.infer<typeof JdCycleSchema>;

export { AssumptionSchema };
