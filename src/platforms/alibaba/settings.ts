import { z } from 'zod';
import { IsoInstantSchema, Medal, SourceSchema, ValueSchema } from '../../history/fields';

/** 1688 shop facts: unknown stays absent. */
export const ShopFactsSchema = z.strictObject({
  chengxintong: z.boolean().optional(),
  /** Everything else the seed lists as common requirements (risk, tax, compliance …). */
  commonOk: z.boolean().optional(),
  medal: z.strictObject({ value: Medal, source: SourceSchema, at: IsoInstantSchema }).optional(),
  bsrDesc: ValueSchema.optional(),
  bsrShip: ValueSchema.optional(),
  fans: ValueSchema.optional(),
  /** The console's own "近30天" figures (T+1, same window as ours); preferred when read today. */
  sessions30: ValueSchema.optional(),
  buyers30: ValueSchema.optional(),
});
export type ShopFacts = z.infer<typeof ShopFactsSchema>;

/** 1688's part of the per-account settings (all optional: missing means unknown). */
export const alibabaAccountSettings = {
  alibabaCategory: z.enum(['consumer', 'industrial']).optional(),
  shop: ShopFactsSchema.optional(),
} satisfies z.ZodRawShape;
