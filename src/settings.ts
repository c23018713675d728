import { z } from 'zod';
import { PLATFORMS } from './platforms/ids';

/**
 * Global (not per-account) settings, stored in IndexedDB's settings store under key "global".
 * Per-account rule settings live in History.settings (src/history/model.ts).
 * Versioned: bump SETTINGS_VERSION and add a step to SETTINGS_STEPS when the shape changes.
 */
export const SETTINGS_VERSION = 1;

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
};
const ALERT_DEFAULTS = {
  achieved: true,
  behindPace: true,
  behindPaceHour: 20,
  jdNear24h: true,
  alibabaNearMidnight: true,
  alibabaLevelAtRisk: true,
} as const;

export const AlertsSchema = z.strictObject({
  achieved: alertFields.achieved.default(ALERT_DEFAULTS.achieved),
  behindPace: alertFields.behindPace.default(ALERT_DEFAULTS.behindPace),
  behindPaceHour: alertFields.behindPaceHour.default(ALERT_DEFAULTS.behindPaceHour),
  jdNear24h: alertFields.jdNear24h.default(ALERT_DEFAULTS.jdNear24h),
  alibabaNearMidnight: alertFields.alibabaNearMidnight.default(ALERT_DEFAULTS.alibabaNearMidnight),
  alibabaLevelAtRisk: alertFields.alibabaLevelAtRisk.default(ALERT_DEFAULTS.alibabaLevelAtRisk),
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

/** Applies a patch: only the fields present in it change. */
export function patchSettings(g: GlobalSettings, p: GlobalSettingsPatch): GlobalSettings {
  const alerts = { ...g.alerts };
  for (const [k, v] of Object.entries(p.alerts ?? {}) as Array<[keyof typeof alerts, never]>) {
    if (v !== undefined) alerts[k] = v;
  }
  return { ...g, language: p.language ?? g.language, alerts };
}

/** Adds or removes one platform from the badge-off list, leaving the rest as stored. */
export function withBadge(
  g: GlobalSettings,
  platform: GlobalSettings['badgeDisabled'][number],
  disabled: boolean,
): GlobalSettings {
  const rest = g.badgeDisabled.filter((p) => p !== platform);
  return { ...g, badgeDisabled: disabled ? [...rest, platform] : rest };
}

/**
 * One step per stored version: step n turns a version-n object into a version-(n+1) object.
 * Version 0 = records written before settings carried a version.
 */
export const SETTINGS_STEPS: Record<
  number,
  (raw: Record<string, unknown>) => Record<string, unknown>
> = {
  0: (raw) => ({ ...raw, version: 1 }),
};

export interface SettingsRead {
  settings: GlobalSettings;
  /** What could not be read (field: reason). Empty when the stored copy was fully readable. */
  problems: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Runs the steps from the stored version up to SETTINGS_VERSION. */
function upgrade(raw: Record<string, unknown>, problems: string[]): Record<string, unknown> {
  let cur = raw;
  let v = cur.version === undefined ? 0 : cur.version;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > SETTINGS_VERSION) {
    problems.push(`version: ${JSON.stringify(v)} is not a known settings version`);
    return { ...cur, version: SETTINGS_VERSION };
  }
  while (v < SETTINGS_VERSION) {
    const step = SETTINGS_STEPS[v];
    if (!step) throw new Error(`no settings step from version ${v}`);
    cur = step(cur);
    v += 1;
  }
  return cur;
}

/**
 * Reads stored settings of any known version. Never resets silently: a field that cannot be
 * read falls back to its default on its own (the rest are kept) and is named in `problems`, so
 * the caller can report it and keep the stored copy.
 */
export function readSettings(raw: unknown): SettingsRead {
  if (raw === undefined || raw === null) return { settings: defaultSettings(), problems: [] };
  if (!isRecord(raw)) return { settings: defaultSettings(), problems: ['settings: not an object'] };
  const problems: string[] = [];
  const cur = upgrade(raw, problems);
  const whole = GlobalSettingsSchema.safeParse(cur);
  if (whole.success) return { settings: whole.data, problems };
  const out: Record<string, unknown> = {};
  const shape = GlobalSettingsSchema.shape;
  for (const k of Object.keys(shape) as Array<keyof typeof shape>) {
    const one = shape[k].safeParse(cur[k]);
    if (one.success) out[k] = one.data;
    else problems.push(`${k}: ${one.error.issues[0]?.message ?? 'unreadable'}`);
  }
  for (const k of Object.keys(cur)) if (!(k in shape)) problems.push(`${k}: unknown field`);
  return { settings: GlobalSettingsSchema.parse(out), problems };
}

/** Settings to run with (see readSettings for what is reported). */
export function migrateSettings(raw: unknown): GlobalSettings {
  return readSettings(raw).settings;
}
