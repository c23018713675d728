import { fill, type CoreKey, type Lang, type Params } from './core';
import { enBadge } from './en';
import { enApp } from './en-app';
import { enDetail } from './en-detail';
import { enOptions } from './en-options';
import { enInsight } from './en-insight';
import { zhInsight, type InsightKey } from './zh-insight';
import { zhBadge } from './zh';
import { zhApp, type AppKey } from './zh-app';
import { zhDetail } from './zh-detail';
import { zhOptions, type OptionsKey } from './zh-options';
// Extension pages translate badge strings too: register the bundled dictionaries.
import './register';

export { fill, pick, tb, tc, type Lang, type Params } from './core';

export type Key = CoreKey | AppKey | OptionsKey | InsightKey;

export const dictionaries: Record<Lang, Record<Key, string>> = {
  zh: { ...zhBadge, ...zhDetail, ...zhApp, ...zhOptions, ...zhInsight },
  en: { ...enBadge, ...enDetail, ...enApp, ...enOptions, ...enInsight },
};

/** Full translator for popup, options and notifications. */
export const t = (lang: Lang, key: Key, params?: Params): string =>
  fill(dictionaries[lang][key], params);
