import type { Platform } from './ids';

/**
 * The platform ids alone, for code the content scripts carry (the badge's reply guards):
 * ./ids.ts brings every platform's meta (hosts, page names, API patterns), ~1 KB gzip per
 * console script. `satisfies` keeps this list equal to PLATFORM_META's keys: a missing or
 * extra platform is a compile error.
 */
const IDS = { jd: 1, channels: 1, alibaba: 1, douyin: 1 } as const satisfies Record<Platform, 1>;

export const isPlatformId = (x: unknown): x is Platform =>
  typeof x === 'string' && Object.hasOwn(IDS, x);
