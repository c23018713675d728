import type { GlobalSettings, GlobalSettingsPatch } from './schema';

/** Applies a patch: only the fields present in it change. */
export function patchSettings(g: GlobalSettings, p: GlobalSettingsPatch): GlobalSettings {
  // A toggle sent as undefined (the schema's optional allows it) changes nothing.
  const sent = Object.entries(p.alerts ?? {}).filter(([, v]) => v !== undefined);
  return {
    ...g,
    language: p.language ?? g.language,
    alerts: { ...g.alerts, ...Object.fromEntries(sent) },
  };
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
