import type { Platform } from '../../../src/history/model';

/** How each platform is named in the UI (zh first, the English name as a fallback). */
export const PLATFORM_NAME: Record<Platform, RegExp> = {
  jd: /京东|JD/,
  channels: /视频号|Channels/,
  alibaba: /1688/,
};

export const PLATFORMS: readonly Platform[] = ['jd', 'channels', 'alibaba'];
