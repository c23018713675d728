import { enCore } from './en';
import { zhCore, type CoreKey } from './zh';

export type Lang = 'zh' | 'en';
export type Params = Record<string, string | number>;

/** Replaces `{name}` placeholders; a missing parameter stays visible rather than vanishing. */
export function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export const tc = (lang: Lang, key: CoreKey, params?: Params): string =>
  fill((lang === 'en' ? enCore : zhCore)[key], params);

/** Picks the language of a bilingual engine text. */
export const pick = (lang: Lang, text: { zh: string; en: string }): string =>
  lang === 'en' ? text.en : text.zh;
