/**
 * Every adapter, derived from the platform registry (src/platforms/): adding a console page =
 * one adapter in its platform's adapters.ts + its page id in that platform's meta.ts.
 * Content scripts do not import this file: each entrypoint imports its own platform's
 * adapters.ts, so the other platforms' extractors stay out of its size-budgeted bundle.
 */
import type { Platform } from '../../history/model';
import { MODULES, PLATFORM_MODULES } from '../../platforms';
import { pickAdapter, type Adapter } from '../adapter';

/** Adapters of one platform, in its match order. */
export const adaptersOf = (platform: Platform): readonly Adapter[] =>
  PLATFORM_MODULES[platform].adapters;

/** Every adapter of every platform, in registry order. */
export const ALL_ADAPTERS: readonly Adapter[] = MODULES.flatMap(
  (m): readonly Adapter[] => m.adapters,
);

export const adapterFor = (platform: Platform, url: URL): Adapter | undefined =>
  pickAdapter(adaptersOf(platform), url);
