import { z } from 'zod';
import { PLATFORMS } from '../platforms/ids';
import { SETTINGS_VERSION } from './migrations';

/**
 * Global (not per-account) settings, stored in IndexedDB's settings store under key "global".
 * Per-account rule settings live in History.settings (src/history/model.ts).
 * Versioned: when the shape changes, add a step file to src/settings/migrations/ (the version
 * follows the list) and its test to tests/unit/settings/.
 */
export { SETTINGS_VERSION };

// Every registered platform, so a new one's badge can be closed too (src/platforms/ids.ts).
const BadgePlatformSchema = z.enum(PLATFORMS);

/** Field schemas without defaults: a patch must never fill in a field its caller did not send. */
const alertFields = {
  achieved: z.boolean(),
  behindPace: z.boolean(),
  /** Beijing hour (0–23) at which "behind pace" is checked. */
  behindPaceHour: z.number().int().min(0).max(23),
  jdNear24h: z.boolean(),
  alibabaNearMidnight: z.boolean(),
  alibabaLevelAtRisk: z.boolean(),
  /** A live that ended: offer its post-live review (复盘). */
  sessionReview: z.boolean(),
};
const ALERT_DEFAULTS = {
  achieved: true,
  behindPace: true,
  behindPaceHour: 20,
  jdNear24h: true,
  alibabaNearMidnight: true,
  alibabaLevelAtRisk: true,
  sessionReview: true,
} as const;

export const AlertsSchema = z.strictObject({
  achieved: alertFields.achieved.default(ALERT_DEFAULTS.achieved),
  behindPace: alertFields.behindPace.default(ALERT_DEFAULTS.behindPace),
  behindPaceHour: alertFields.behindPaceHour.default(ALERT_DEFAULTS.behindPaceHour),
  jdNear24h: alertFields.jdNear24h.default(ALERT_DEFAULTS.jdNear24h),
  alibabaNearMidnight: alertFields.alibabaNearMidnight.default(ALERT_DEFAULTS.alibabaNearMidnight),
  alibabaLevelAtRisk: alertFields.alibabaLevelAtRisk.default(ALERT_DEFAULTS.alibabaLevelAtRisk),
  sessionReview: alertFields.sessionReview.default(ALERT_DEFAULTS.sessionReview),
});

/** Days of history to keep; null = keep everything. */
export const RetentionDaysSchema = z.number().int().min(30).max(3650).nullable();

export const GlobalSettingsSchema = z.strictObject({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  language: z.enum(['zh', 'en']).default('zh'),
  alerts: AlertsSchema.default(AlertsSchema.parse({})),
  /** Days of history to keep; null = keep everything (default). */
  retentionDays: RetentionDaysSchema.default(null),
  /** In-page badge switched off per site (platform id). */
  badgeDisabled: z.array(BadgePlatformSchema).default([]),
});
export type GlobalSettings = z.infer<typeof GlobalSettingsSchema>;

/**
 * The fields a caller means to change, nothing else (zod's `.partial()` of the schema above
 * would apply its defaults to absent fields and so write them back). Alerts merge per toggle.
 * Retention is deliberately absent: changing it deletes history, so it has its own explicit,
 * confirmed message (`applyRetention`). The badge list has its own too (`setBadgeDisabled`).
 */
export const GlobalSettingsPatchSchema = z.strictObject({
  language: z.enum(['zh', 'en']).optional(),
  alerts: z.strictObject(alertFields).partial().optional(),
});
export type GlobalSettingsPatch = z.infer<typeof GlobalSettingsPatchSchema>;

export const defaultSettings = (): GlobalSettings => GlobalSettingsSchema.parse({});
