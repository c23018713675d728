import { enDetail } from './en-detail';
import type { BadgeKey } from './zh';
import { zhDetail, type DetailKey } from './zh-detail';

export type Lang = 'zh' | 'en';
export type Params = Record<string, string | number>;
export type { BadgeKey, DetailKey };
export type CoreKey = BadgeKey | DetailKey;

/** Replaces `{name}` placeholders; a missing parameter stays visible rather than vanishing. */
export function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export type BadgeDict = Record<BadgeKey, string>;

/**
 * The badge dictionaries in use. Extension pages register the bundled ones (./register.ts);
 * the in-page badge registers the one language the background sends it, so neither
 * dictionary ships in the size-budgeted content scripts.
 */
const badgeDicts: Partial<Record<Lang, BadgeDict>> = {};

export function useBadgeStrings(lang: Lang, dict: BadgeDict): void {
  badgeDicts[lang] = dict;
}

/** True when `key` is a badge string (formatters use it to choose a translation). */
export const isBadgeKey = (key: string): key is BadgeKey =>
  key in (badgeDicts.zh ?? badgeDicts.en ?? {});

/**
 * Badge translator: only the badge dictionaries, so code reachable from the content scripts
 * (the badge and the formatters it calls) must use this one, never `tc` or `t`. A string not
 * registered yet shows its key rather than nothing.
 */
export const tb = (lang: Lang, key: BadgeKey, params?: Params): string =>
  fill(badgeDicts[lang]?.[key] ?? badgeDicts.zh?.[key] ?? key, params);

/** Core translator (badge + detail strings) for the popup and options components. */
export const tc = (lang: Lang, key: CoreKey, params?: Params): string =>
  isBadgeKey(key)
    ? tb(lang, key, params)
    : fill((lang === 'en' ? enDetail : zhDetail)[key], params);

/** Picks the language of a bilingual engine text. */
export const pick = (lang: Lang, text: { zh: string; en: string }): string =>
  lang === 'en' ? text.en : text.zh;
