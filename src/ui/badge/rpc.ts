import { browser } from 'wxt/browser';
import type { Platform } from '../../history/model';
import type { Evaluation } from '../../rules/result';
import { isEvaluation } from '../evaluation-guard';
import type { Lang } from '../i18n/core';

/**
 * Raw messaging for the in-page badge. It deliberately bypasses messaging-runtime.ts, which
 * pulls zod into the content script; replies are narrowed by light guards instead.
 */

/** Same string as VIEW_UPDATED_KEY in src/messaging.ts (a test keeps them equal). */
export const VIEW_UPDATED = 'livepace:viewUpdatedAt';

interface RawGlobal {
  language?: unknown;
  badgeDisabled?: unknown;
  [k: string]: unknown;
}

const call = async (type: string, payload: unknown): Promise<Record<string, unknown>> => {
  const reply: unknown = await browser.runtime.sendMessage({ type, payload });
  if (!reply || typeof reply !== 'object' || 'error' in reply) {
    throw new Error(`livepace ${type} failed`);
  }
  return reply as Record<string, unknown>;
};

export async function fetchEvaluation(platform: Platform): Promise<Evaluation | null> {
  const r = await call('view', { platform });
  return isEvaluation(r.evaluation) ? r.evaluation : null;
}

export interface BadgeSettings {
  lang: Lang;
  disabled: boolean;
  global: RawGlobal;
}

export async function fetchBadgeSettings(platform: Platform): Promise<BadgeSettings> {
  const r = await call('getSettings', {});
  const global = (r.global ?? {}) as RawGlobal;
  const disabled = Array.isArray(global.badgeDisabled) && global.badgeDisabled.includes(platform);
  return { lang: global.language === 'en' ? 'en' : 'zh', disabled, global };
}

/** Turns the badge off for this platform; the background validates the whole settings object. */
export async function disableBadge(s: BadgeSettings, platform: Platform): Promise<void> {
  const list = Array.isArray(s.global.badgeDisabled) ? (s.global.badgeDisabled as string[]) : [];
  await call('saveGlobalSettings', { ...s.global, badgeDisabled: [...new Set([...list, platform])] });
}
