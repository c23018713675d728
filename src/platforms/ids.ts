/**
 * The light platform registry: ids, names and page ids only (no zod, no preact, no rules), so
 * the history model, content scripts and the badge may import it. Adding a platform = one
 * line here (its meta) + one line in ./index.ts (its module); the types make the second, and
 * every `Record<Platform, …>` elsewhere, a compile error until it is there.
 */
import { alibabaMeta } from './alibaba/meta';
import type { Lang } from '../ui/i18n/core';
import type { Names, PlatformMeta } from './types';
import { channelsMeta } from './channels/meta';
import { douyinMeta } from './douyin/meta';
import { jdMeta } from './jd/meta';

/** In display order: popup groups, options lists and tabs follow it. */
export const PLATFORM_META = {
  jd: jdMeta,
  channels: channelsMeta,
  alibaba: alibabaMeta,
  douyin: douyinMeta,
} as const;

export type Platform = keyof typeof PLATFORM_META;
type Meta = (typeof PLATFORM_META)[Platform];

/** Every page kind any adapter handles: `Adapter.id`, Observation/Health `page`. */
export type PageId = Meta['pageIds'][number];
export type PageIdOf<P extends Platform> = (typeof PLATFORM_META)[P]['pageIds'][number];

// Object keys keep insertion order; the tuple type is what z.enum needs.
export const PLATFORMS = Object.keys(PLATFORM_META) as [Platform, ...Platform[]];

export const isPlatform = (x: unknown): x is Platform =>
  typeof x === 'string' && Object.hasOwn(PLATFORM_META, x);

/** `*.1688.com` also matches 1688.com itself, as a manifest match pattern does. */
function hostMatches(pattern: string, host: string): boolean {
  const h = /^https:\/\/([^/]+)\/\*$/.exec(pattern)?.[1];
  if (!h) return false;
  if (!h.startsWith('*.')) return host === h;
  const domain = h.slice(2);
  return host === domain || host.endsWith(`.${domain}`);
}

/** The platform whose console lives at `host` (its meta's `hosts`), or null. */
export const platformOfHost = (host: string): Platform | null =>
  PLATFORMS.find((p) => PLATFORM_META[p].hosts.some((m) => hostMatches(m, host))) ?? null;

/** Every console host pattern: the manifest's host permissions (wxt.config.ts). */
export const CONSOLE_HOST_PATTERNS: readonly string[] = PLATFORMS.flatMap(
  (p) => PLATFORM_META[p].hosts,
);

export const PAGE_IDS: readonly PageId[] = PLATFORMS.flatMap((p) => PLATFORM_META[p].pageIds);

export const isPageId = (x: unknown): x is PageId =>
  typeof x === 'string' && (PAGE_IDS as readonly string[]).includes(x);

// Object.assign types its result as its first argument; the metas' pages are what it holds.
const PAGE_NAMES = Object.assign({}, ...PLATFORMS.map((p) => PLATFORM_META[p].pages)) as Record<
  PageId,
  Names
>;

/** A page's name for health messages and the bindings list ("京东大屏"). */
export const pageNameOf = (page: PageId, lang: Lang): string => PAGE_NAMES[page][lang];

/** Platform names as `platform.<id>` dictionary entries (the locale files spread these in). */
export const platformNameEntries = (lang: Lang): Record<`platform.${Platform}`, string> =>
  Object.fromEntries(
    PLATFORMS.map((p) => [`platform.${p}`, PLATFORM_META[p].names[lang]]),
  ) as Record<`platform.${Platform}`, string>;

// Compile-time check: each meta is a PlatformMeta of its own key, every page id is
// `<platform>.<page>` and has a name in `pages` (a page without a health string fails here).
type Checked = { readonly [P in Platform]: PlatformMeta<P, PageIdOf<P> & `${P}.${string}`> };
const _checked: Checked = PLATFORM_META;
