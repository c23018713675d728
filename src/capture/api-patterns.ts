/**
 * Which responses the MAIN-world tap hands over: each platform's JSON endpoints, declared in
 * its folder (src/platforms/<platform>/api.ts) and reached through the light registry, so a
 * new platform's endpoints are tapped without a list here. The tap imports only this file and
 * the metas (plain data), so its bundle stays tiny.
 */
import { PLATFORM_META, PLATFORMS } from '../platforms/ids';
import type { PlatformApi } from '../platforms/types';

const TAPPED: readonly { prefilter: RegExp; patterns: readonly RegExp[] }[] = PLATFORMS.flatMap(
  (p) => {
    const api: PlatformApi | null = PLATFORM_META[p].api;
    return api ? [{ prefilter: api.prefilter, patterns: Object.values(api.patterns) }] : [];
  },
);

/**
 * The cheap pre-filter alone, on the URL as the page wrote it (relative or absolute): every
 * platform's prefilter matches a path fragment, which a relative URL carries too.
 */
export const mayBeTapped = (raw: string): boolean => TAPPED.some((a) => a.prefilter.test(raw));

/** A platform's cheap pre-filter first; only then its precise patterns. */
export const isTapped = (url: string): boolean =>
  TAPPED.some((a) => a.prefilter.test(url) && a.patterns.some((re) => re.test(url)));

/** What the tap is given: the raw pre-filter, then the precise test on the resolved URL. */
export const TAP_FILTER = { maybe: mayBeTapped, wanted: isTapped } as const;
