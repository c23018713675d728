/**
 * A platform's extra line on its popup account card (Preact; only the popup imports this, so
 * the options forms stay out of the popup bundle). Most platforms have none.
 */
import type { ComponentType } from 'preact';
import type { AccountEvaluation } from '../rules/result';
import type { Lang } from '../ui/i18n/core';
import { DouyinCardExtra } from './douyin/ui/CardExtra';
import type { Platform } from './ids';

export const CARD_EXTRAS: {
  readonly [P in Platform]?: ComponentType<{ lang: Lang; acc: AccountEvaluation }>;
} = {
  douyin: DouyinCardExtra,
};
