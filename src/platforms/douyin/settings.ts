import { z } from 'zod';
import { GrowthTargetSchema, MAX_METRIC_VALUE } from '../../history/fields';

/**
 * Douyin's part of the per-account settings (all optional: missing means unknown). Targets,
 * level thresholds and daily caps are what the seller typed in: no official numbers exist
 * (seed 004, CONSOLES.md), and the views say so next to each.
 */
export const DOUYIN_TARGET_METRICS = [
  'durationSec',
  'dau',
  'gmvFen',
  'buyers',
  'newFans',
  'clubLive',
  'clubShop',
] as const;

/** A target like 视频号's growth targets; the club a target counts is its metric. */
export const DouyinTargetSchema = GrowthTargetSchema.extend({
  metric: z.enum(DOUYIN_TARGET_METRICS),
});
export type DouyinTarget = z.infer<typeof DouyinTargetSchema>;

export const ClubSchema = z.enum(['live', 'shop']);
export type Club = z.infer<typeof ClubSchema>;

const Intimacy = z.number().int().nonnegative().max(MAX_METRIC_VALUE);

/** One fan-club level as the seller entered it. */
export const DouyinLevelSchema = z.strictObject({
  level: z.number().int().min(1).max(99),
  /** 亲密度 needed to reach this level. */
  intimacy: Intimacy,
  /** Daily cap on e-commerce intimacy at this level; absent = not entered (no cap applied). */
  dailyEcommerceCap: Intimacy.optional(),
});
export type DouyinLevel = z.infer<typeof DouyinLevelSchema>;

export const douyinAccountSettings = {
  douyinTargets: z.array(DouyinTargetSchema).max(50).optional(),
  /** Level thresholds and caps, for the club the seller runs tasks in. */
  douyinLevels: z
    .strictObject({ club: ClubSchema, levels: z.array(DouyinLevelSchema).max(99) })
    .optional(),
} satisfies z.ZodRawShape;

export const DouyinSettingsSchema = z.strictObject(douyinAccountSettings);
export type DouyinSettings = z.infer<typeof DouyinSettingsSchema>;
