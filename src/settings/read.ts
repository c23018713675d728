import { upgradeSettings } from './migrations';
import { defaultSettings, GlobalSettingsSchema, type GlobalSettings } from './schema';

export interface SettingsRead {
  settings: GlobalSettings;
  /** What could not be read (field: reason). Empty when the stored copy was fully readable. */
  problems: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads stored settings of any known version. Never resets silently: a field that cannot be
 * read falls back to its default on its own (the rest are kept) and is named in `problems`, so
 * the caller can report it and keep the stored copy.
 */
export function readSettings(raw: unknown): SettingsRead {
  if (raw === undefined || raw === null) return { settings: defaultSettings(), problems: [] };
  if (!isRecord(raw)) return { settings: defaultSettings(), problems: ['settings: not an object'] };
  const problems: string[] = [];
  const cur = upgradeSettings(raw, problems);
  const whole = GlobalSettingsSchema.safeParse(cur);
  if (whole.success) return { settings: whole.data, problems };
  const out: Record<string, unknown> = {};
  const shape = GlobalSettingsSchema.shape;
  for (const [k, field] of Object.entries(shape)) {
    const one = field.safeParse(cur[k]);
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
