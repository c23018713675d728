import { z } from 'zod';
import { ItemIdSchema, TextSchema, packHeader } from '../../rules/schema-common';

/**
 * A requirement compares one fact (shop facts from settings) or one window total against `min`.
 * Requirements of a level are combined with "and", except those sharing an `anyOf` group name,
 * of which any one suffices ("or").
 */
export const AlibabaRequirementSchema = z.strictObject({
  id: ItemIdSchema,
  key: z.enum(['medal', 'bsrDesc', 'bsrShip', 'fans', 'sessions30', 'buyers30']),
  /** Inclusive minimum (≥). Medal grade: 2 = 2A. */
  min: z.number().nonnegative(),
  anyOf: ItemIdSchema.optional(),
  label: TextSchema,
});

export const AlibabaLevelSchema = z.strictObject({
  level: z.enum(['daren', 'rongyao']),
  label: TextSchema,
  requirements: z.array(AlibabaRequirementSchema).min(1),
});

export const AlibabaPackSchema = z.strictObject({
  ...packHeader,
  kind: z.literal('alibaba-levels'),
  /** A valid session lasts strictly more than this many minutes. */
  validSessionMinutesExclusive: z.number().positive(),
  window: z.strictObject({ days: z.number().int().positive(), endsYesterday: z.boolean() }),
  forecast: z.strictObject({
    days: z.number().int().positive(),
    atRiskDays: z.number().int().positive(),
  }),
  /** Yes/no facts every level needs (企业诚信通, the risk/compliance list). */
  common: z.array(
    z.strictObject({
      id: ItemIdSchema,
      fact: z.enum(['chengxintong', 'commonOk']),
      label: TextSchema,
    }),
  ),
  levelLabels: z.strictObject({ normal: TextSchema, daren: TextSchema, rongyao: TextSchema }),
  categories: z
    .array(
      z.strictObject({
        id: z.enum(['consumer', 'industrial']),
        label: TextSchema,
        levels: z.array(AlibabaLevelSchema).length(2),
      }),
    )
    .min(1),
});
export type AlibabaPack = z.infer<typeof AlibabaPackSchema>;
export type AlibabaRequirement = z.infer<typeof AlibabaRequirementSchema>;
