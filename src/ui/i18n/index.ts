import { fill, type CoreKey, type Lang, type Params } from './core';
import { enBadge } from './en';
import { enApp } from './en-app';
import { enDetail } from './en-detail';
import { zhBadge } from './zh';
import { zhApp, type AppKey } from './zh-app';
import { zhDetail } from './zh-detail';

export { fill, pick, tb, tc, type Lang, type Params } from './core';

export type Key = CoreKey | AppKey;

export const dictionaries: Record<Lang, Record<Key, string>> = {
  zh: { ...zhBadge, ...zhDetail, ...zhApp },
  en: { ...enBadge, ...enDetail, ...enApp },
};

/** Full translator for popup, options and notifications. */
export const t = (lang: Lang, key: Key, params?: Params): string =>
  fill(dictionaries[lang][key], params);
