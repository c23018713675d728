import { z } from 'zod';
import { DayKeySchema, PlatformSchema } from '../history/model';

/** Building blocks shared by every rule pack. No `.default()` anywhere: parse → serialise must round-trip. */
export const TextSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

export const SourceRefSchema = z.strictObject({
  /** File prefix in shared/seeds, e.g. "000". */
  seed: z.string().regex(/^\d{3}$/, 'expected a 3-digit seed number'),
  /** The sentence of the seed the numbers come from, verbatim (Chinese). */
  quote: z.string().min(1).optional(),
});

export const AssumptionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  text: TextSchema,
  alternative: TextSchema.optional(),
});

export const PackIdSchema = z.string().regex(/^[a-z0-9-]+$/, 'expected lower-case id');
export const ItemIdSchema = z.string().regex(/^[a-z0-9-]+$/, 'expected lower-case id');

export const packHeader = {
  id: PackIdSchema,
  /** Bump when any number changes; the engine reports it next to every evaluation. */
  version: z.string().regex(/^\d{4}\.\d{2}\.\d+$/, 'expected YYYY.MM.N'),
  platform: PlatformSchema,
  title: TextSchema,
  source: SourceRefSchema,
  /** Readings of ambiguous seed text the engine applies; shown with a "?" marker. */
  assumptions: z.array(AssumptionSchema),
};

export { DayKeySchema };
