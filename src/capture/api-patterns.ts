/**
 * Which responses the MAIN-world tap hands over: each platform's JSON endpoints, declared in
 * its folder (src/platforms/<platform>/api.ts) and reached through the light registry, so a
 * new platform's endpoints are tapped without a list here. The tap imports only this file and
 * the metas (plain data), so its bundle stays tiny.
 */
import { PLATFORM_META, PLATFORMS } from '../platforms/ids';
import type { PlatformApi } from '../platforms/types';

const TAPPED: readonly PlatformApi[] = PLATFORMS.flatMap((p) => {
  const api: PlatformApi | null = PLATFORM_META[p].api;
  return api ? [api] : [];
});

/** A platform's cheap pre-filter first; only then its precise patterns. */
export const isTapped = (url: string): boolean =>
  TAPPED.some((a) => a.prefilter.test(url) && Object.values(a.patterns).some((re) => re.test(url)));
