import { z } from 'zod';

/**
 * Field schemas the history model and every platform's settings part share. They live apart
 * from model.ts so a platform's settings.ts can use them without an import cycle (model.ts
 * builds AccountSettingsSchema from the platforms' parts). model.ts re-exports them all.
 */

/** Where a number came from. `manual` is never overwritten by a scraped value. */
export const SourceSchema = z.enum(['network', 'dom', 'backfill', 'manual']);
export type Source = z.infer<typeof SourceSchema>;

/** Largest value any metric may hold: keeps hostile imports from creating absurd numbers. */
export const MAX_METRIC_VALUE = 1e13;

/** Years any record may fall in: live commerce history, never year 0 or 9999. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2099;
const inYears = (y: number) => y >= MIN_YEAR && y <= MAX_YEAR;

/** An instant with an explicit offset; zod checks the calendar date, this checks the year. */
export const IsoInstantSchema = z.iso
  .datetime({ offset: true })
  .refine((s) => inYears(Number(s.slice(0, 4))), `year outside ${MIN_YEAR}–${MAX_YEAR}`);

/**
 * A calendar day that exists: parsed, formatted back and compared, so 2026-02-30 (which Date
 * would roll over to 03-02 and count twice) is refused, not silently moved.
 */
export const isDayKey = (s: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m || !inYears(Number(m[1]))) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
};
export const DayKeySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine(isDayKey, `expected an existing day YYYY-MM-DD (${MIN_YEAR}–${MAX_YEAR})`);
export type DayKey = z.infer<typeof DayKeySchema>;

/** One number with its provenance. Unreadable metrics are absent, never 0. */
export const ValueSchema = z.strictObject({
  value: z.number().finite().nonnegative().max(MAX_METRIC_VALUE),
  source: SourceSchema,
  /** Instant the value was observed (or entered, for manual). */
  at: IsoInstantSchema,
  /** True when derived rather than reported by the console (e.g. DAU summed from sessions). */
  estimated: z.boolean().optional(),
});
export type Value = z.infer<typeof ValueSchema>;

export const Medal = z.number().int().min(0).max(5);

/** A growth target the seller sets (视频号; other platforms extend it). */
export const GrowthTargetSchema = z.strictObject({
  id: z.string().min(1).max(60),
  label: z.string().max(100),
  metric: z.enum(['durationSec', 'dau', 'gmvFen', 'buyers', 'orders', 'fans']),
  threshold: z.number().finite().positive().max(MAX_METRIC_VALUE),
  period: z.enum(['session', 'day', 'week', 'month']),
  reward: z.string().max(100),
});
export type GrowthTarget = z.infer<typeof GrowthTargetSchema>;
