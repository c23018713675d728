import { fill, type Lang, type Params } from './core';
import { enCore } from './en';
import { enApp } from './en-app';
import { zhCore, type CoreKey } from './zh';
import { zhApp, type AppKey } from './zh-app';

export { fill, pick, tc, type Lang, type Params } from './core';

export type Key = CoreKey | AppKey;

export const dictionaries: Record<Lang, Record<Key, string>> = {
  zh: { ...zhCore, ...zhApp },
  en: { ...enCore, ...enApp },
};

/** Full translator for popup, options and notifications. */
export const t = (lang: Lang, key: Key, params?: Params): string =>
  fill(dictionaries[lang][key], params);
