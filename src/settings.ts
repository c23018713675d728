import { z } from 'zod';

/**
 * Global (not per-account) settings, stored in IndexedDB's settings store under key "global".
 * Per-account rule settings live in History.settings (src/history/model.ts).
 * Versioned: bump SETTINGS_VERSION and add a step to migrateSettings when the shape changes.
 */
export const SETTINGS_VERSION = 1;

export const AlertsSchema = z.strictObject({
  achieved: z.boolean().default(true),
  behindPace: z.boolean().default(true),
  /** Beijing hour (0–23) at which "behind pace" is checked. */
  behindPaceHour: z.number().int().min(0).max(23).default(20),
  jdNear24h: z.boolean().default(true),
  alibabaNearMidnight: z.boolean().default(true),
  alibabaLevelAtRisk: z.boolean().default(true),
});

export const GlobalSettingsSchema = z.strictObject({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  language: z.enum(['zh', 'en']).default('zh'),
  alerts: AlertsSchema.default(AlertsSchema.parse({})),
  /** Days of history to keep; null = keep everything (default). */
  retentionDays: z.number().int().min(30).max(3650).nullable().default(null),
  /** In-page badge switched off per site (platform id). */
  badgeDisabled: z.array(z.enum(['jd', 'channels', 'alibaba'])).default([]),
});
export type GlobalSettings = z.infer<typeof GlobalSettingsSchema>;

export const defaultSettings = (): GlobalSettings => GlobalSettingsSchema.parse({});

/** Parses stored settings of any known version; unreadable input falls back to defaults. */
export function migrateSettings(raw: unknown): GlobalSettings {
  const parsed = GlobalSettingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : defaultSettings();
}
