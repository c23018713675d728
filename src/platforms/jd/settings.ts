import { z } from 'zod';
import { DayKeySchema } from '../../history/fields';

/** JD's part of the per-account settings (all optional: missing means unknown). */
export const jdAccountSettings = {
  /** JD: enrolment (活动广场 报名) date per cycle id, e.g. {"2026-01": "2026-01-05"}. */
  jdEnrolled: z.record(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), DayKeySchema).optional(),
  jdNorthstarMember: z.boolean().optional(),
  /** JD anchor level (LV), for the 北极星 pool check. */
  jdAnchorLevel: z.number().int().min(0).max(20).optional(),
} satisfies z.ZodRawShape;
