import type { GlobalSettings, GlobalSettingsPatch } from './schema';

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
