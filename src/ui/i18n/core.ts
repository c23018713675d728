import { enBadge } from './en';
import { enDetail } from './en-detail';
import { zhBadge, type BadgeKey } from './zh';
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

/**
 * Badge translator: only the badge dictionaries, so code reachable from the content scripts
 * (the badge and the formatters it calls) must use this one, never `tc` or `t`.
 */
export const tb = (lang: Lang, key: BadgeKey, params?: Params): string =>
  fill((lang === 'en' ? enBadge : zhBadge)[key], params);

/** Core translator (badge + detail strings) for the popup and options components. */
export const tc = (lang: Lang, key: CoreKey, params?: Params): string =>
  key in zhBadge
    ? tb(lang, key as BadgeKey, params)
    : fill((lang === 'en' ? enDetail : zhDetail)[key as DetailKey], params);

/** Picks the language of a bilingual engine text. */
export const pick = (lang: Lang, text: { zh: string; en: string }): string =>
  lang === 'en' ? text.en : text.zh;
