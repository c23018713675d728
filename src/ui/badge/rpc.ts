import type { Platform } from '../../history/model';
import type { Evaluation } from '../../rules/result';
import { isEvaluation, isHealthList } from '../evaluation-guard';
import { isInsightList } from '../insight-guard';
import type { AccountInsight } from '../../messaging/schemas/insight';
import type { Health } from '../../messaging';
import { call } from '../../messaging/client';
import { BADGE_CSS_KEY } from '../../messaging/keys';
import { useBadgeStrings, type BadgeDict, type Lang } from '../i18n/core';

/**
 * The in-page badge's and the popup's requests, through the protocol's one client without zod
 * (zod is ~60 KB: kept out of the content scripts and the popup, whose first render must be
 * fast). Replies are typed by the protocol and narrowed by light structural guards where a
 * wrong shape would show wrong figures; the background validates every request with zod.
 */

interface RawGlobal {
  language?: unknown;
  badgeDisabled?: unknown;
  [k: string]: unknown;
}

/** The whole `view` reply for the popup, narrowed by the light guards. */
export async function fetchView(platform?: Platform): Promise<{
  evaluation: Evaluation | null;
  health: Health[];
  updatedAt: string | null;
  insights: AccountInsight[];
}> {
  const r: Record<string, unknown> = await call('view', platform ? { platform } : {});
  return {
    evaluation: isEvaluation(r.evaluation) ? r.evaluation : null,
    health: isHealthList(r.health) ? r.health : [],
    updatedAt: typeof r.updatedAt === 'string' ? r.updatedAt : null,
    insights: isInsightList(r.insights) ? r.insights : [],
  };
}

export async function fetchEvaluation(platform: Platform): Promise<Evaluation | null> {
  const r: Record<string, unknown> = await call('view', { platform });
  return isEvaluation(r.evaluation) ? r.evaluation : null;
}

export interface BadgeSettings {
  lang: Lang;
  disabled: boolean;
  global: RawGlobal;
}

export async function fetchBadgeSettings(platform: Platform): Promise<BadgeSettings> {
  const r: Record<string, unknown> = await call('getSettings', {});
  const global = (r.global ?? {}) as RawGlobal;
  const disabled = Array.isArray(global.badgeDisabled) && global.badgeDisabled.includes(platform);
  return { lang: global.language === 'en' ? 'en' : 'zh', disabled, global };
}

/**
 * Turns the badge off for this platform and changes nothing else: the settings this badge read
 * when it mounted may be stale, so it never writes them back (`s` is kept for callers).
 */
export async function disableBadge(_s: BadgeSettings, platform: Platform): Promise<void> {
  await call('setBadgeDisabled', { platform, disabled: true });
}

/**
 * The badge's strings in `lang` and its stylesheet, from the background (neither is in the
 * content script); resolves with the stylesheet ('' if the reply has none).
 */
export async function loadBadgeStrings(lang: Lang): Promise<string> {
  const { [BADGE_CSS_KEY]: css, ...r }: Record<string, unknown> = await call('badgeStrings', {
    lang,
  });
  if (Object.values(r).every((v) => typeof v === 'string')) useBadgeStrings(lang, r as BadgeDict);
  return typeof css === 'string' ? css : '';
}
