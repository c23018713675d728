import { v1 } from './v1';

/** A stored settings object of some version: its shape is only known after the steps ran. */
export type StoredSettings = Record<string, unknown>;

/** Turns a version-n object into a version-(n + 1) object, keeping every field it can. */
export type SettingsStep = (raw: StoredSettings) => StoredSettings;

/**
 * SETTINGS_STEPS[n] upgrades version n to n + 1 (version 0 = written before settings carried
 * a version). Append only; never edit a shipped step. One test per step: tests/unit/settings/.
 */
export const SETTINGS_STEPS = [v1] as const satisfies readonly SettingsStep[];

/** = SETTINGS_STEPS.length (a literal type, since the list is a tuple); the schema's version. */
export const SETTINGS_VERSION = SETTINGS_STEPS.length;

/**
 * Runs the steps from the stored version up to SETTINGS_VERSION. A version it does not know
 * (from the future, or not a whole number) is named in `problems` and the fields are read as
 * current ones, each on its own (readSettings), never dropped wholesale.
 */
export function upgradeSettings(raw: StoredSettings, problems: string[]): StoredSettings {
  const from = raw.version === undefined ? 0 : raw.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0 || from > SETTINGS_VERSION) {
    problems.push(`version: ${JSON.stringify(from)} is not a known settings version`);
    return { ...raw, version: SETTINGS_VERSION };
  }
  return SETTINGS_STEPS.slice(from).reduce<StoredSettings>((cur, step) => step(cur), raw);
}
