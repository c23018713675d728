/** chrome.storage keys read or written by more than one context (or by the e2e suite). */

/**
 * chrome.storage.local key the background bumps (ISO instant) after every re-evaluation.
 * The popup listens to storage.onChanged for it and re-requests `view`.
 */
export const VIEW_UPDATED_KEY = 'livepace:viewUpdatedAt';

/**
 * The same, per platform, bumped only when that platform's part of the view changed
 * (src/background/view-signal.ts): an in-page badge listens to its own platform's key only.
 */
export const platformViewKey = (platform: string): string => `${VIEW_UPDATED_KEY}:${platform}`;

/** storage.local log of alert keys already shown, so a worker restart never repeats one. */
export const ALERTS_SENT_KEY = 'livepace:alertsSent';

/**
 * The key of the badge's stylesheet in the `badgeStrings` reply: the background sends it with
 * the strings, so neither is in the console content scripts (issue #16: ~1.1 KB gzip).
 */
export const BADGE_CSS_KEY = 'badge.css';
