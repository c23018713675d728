/**
 * chrome.storage.local key that makes the badge's shadow root open, for the e2e suite and
 * bench only (Playwright cannot see into a closed root). Only the extension's own contexts
 * can write its storage: a console page cannot set it. Kept free of imports so Node scripts
 * can use it too.
 */
export const OPEN_SHADOW_KEY = 'livepace:test:openBadgeShadow';
