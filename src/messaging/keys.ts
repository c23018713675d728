/** chrome.storage keys read or written by more than one context (or by the e2e suite). */

/**
 * chrome.storage.local key the background bumps (ISO instant) after every re-evaluation.
 * Popup and in-page badges listen to storage.onChanged for it and re-request `view`.
 */
export const VIEW_UPDATED_KEY = 'livepace:viewUpdatedAt';

/** storage.local log of alert keys already shown, so a worker restart never repeats one. */
export const ALERTS_SENT_KEY = 'livepace:alertsSent';
