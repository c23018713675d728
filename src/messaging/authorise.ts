import { browser, type Browser } from 'wxt/browser';
import type { Platform } from '../history/model';
import { platformOfHost } from '../platforms/ids';
import type { MessageType } from './protocol';

/**
 * What a content script may ask for: report what its page shows, read the view and settings
 * for its badge, and switch its own badge off. Everything else (export, import, delete,
 * settings, manual entry …) only an extension page may send.
 */
export const CONTENT_SCRIPT_TYPES: ReadonlySet<MessageType> = new Set<MessageType>([
  'observe',
  'backfill',
  'health',
  'shopFacts',
  'view',
  'getSettings',
  'setBadgeDisabled',
  'badgeStrings',
]);

// The console a host belongs to, from each platform's meta (src/platforms/<p>/meta.ts).
export { platformOfHost };

const hostOf = (url: string | undefined): string | null => {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
};

/** The extension's own origin, e.g. `chrome-extension://<id>/`. */
const ownOrigin = (): string => browser.runtime.getURL('/');

const isExtensionPage = (s: Browser.runtime.MessageSender): boolean =>
  typeof s.url === 'string' &&
  s.url.startsWith(ownOrigin()) &&
  (!s.tab || (typeof s.tab.url === 'string' && s.tab.url.startsWith(ownOrigin())));

/** The platform of the console page a content script runs on; null for anything else. */
export function senderPlatform(s: Browser.runtime.MessageSender): Platform | null {
  if (!s.tab || isExtensionPage(s)) return null;
  const host = hostOf(s.url);
  return host === null ? null : platformOfHost(host);
}

/** The platform a payload speaks for; `view` without one would read every platform. */
const payloadPlatform = (payload: unknown): unknown =>
  payload && typeof payload === 'object' ? (payload as { platform?: unknown }).platform : null;

/**
 * Why this sender may not send this message, or null when it may. Extension pages may send
 * everything; a content script only CONTENT_SCRIPT_TYPES, and only for its own page's
 * platform (observations are checked one by one in the observe handler).
 */
export function refusal(
  type: MessageType,
  payload: unknown,
  s: Browser.runtime.MessageSender,
): string | null {
  if (isExtensionPage(s)) return null;
  const platform = senderPlatform(s);
  if (platform === null) return `${type}: sender is neither an extension page nor a console`;
  if (!CONTENT_SCRIPT_TYPES.has(type)) return `${type}: not allowed from a content script`;
  // Platform-free: observations are checked one by one; settings and strings are read-only.
  if (type === 'observe' || type === 'getSettings' || type === 'badgeStrings') return null;
  const p = payloadPlatform(payload);
  return p === platform ? null : `${type}: platform ${String(p)} is not this page's (${platform})`;
}
