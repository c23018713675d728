import { z } from 'zod';
import { ItemIdSchema, TextSchema, packHeader } from '../../rules/schema-common';

/**
 * Douyin: seed 004's intimacy rates (they may change: data, not code) and the label of the
 * seller's targets. No official targets, daily caps or level thresholds exist in the seed:
 * those are seller-entered (./settings.ts).
 */
export const IntimacyRateSchema = z.strictObject({
  id: ItemIdSchema,
  /** What a viewer gives or does: `lamp` 灯牌, `minutes` watching, `yuan` bought, `coins` 抖币. */
  unit: z.enum(['lamp', 'minutes', 'yuan', 'coins']),
  /** This many `unit` … */
  per: z.number().positive(),
  /** … earn this much 亲密度. */
  points: z.number().positive(),
  /** Only complete `per` blocks count (5 min → 50: 9 min earns 50). */
  whole: z.boolean(),
  /** Counts toward the per-level daily cap on e-commerce intimacy (seed: 电商任务). */
  ecommerce: z.boolean(),
  label: TextSchema,
});
export type IntimacyRate = z.infer<typeof IntimacyRateSchema>;

export const DouyinPackSchema = z.strictObject({
  ...packHeader,
  kind: z.literal('douyin'),
  intimacy: z.strictObject({
    label: TextSchema,
    rates: z.array(IntimacyRateSchema).min(1),
  }),
  targets: z.strictObject({ label: TextSchema }),
});
export type DouyinPack = z.infer<typeof DouyinPackSchema>;
