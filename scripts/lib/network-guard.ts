import type { BrowserContext, Request } from '@playwright/test';

/**
 * Hosts the simulated consoles are served at (by Playwright routing, never the real sites).
 * drlives.jd.com is where the JD bigScreen page fetches its own numbers from.
 */
export const CONSOLE_HOST_PATTERNS = [
  'jlive.jd.com',
  'drlives.jd.com',
  'channels.weixin.qq.com',
  '*.1688.com',
];

export const hostMatches = (host: string, pattern: string): boolean =>
  pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern;

export type Initiator = 'page' | 'extension-page' | 'extension-worker' | 'other-worker';

export interface NetworkEntry {
  url: string;
  method: string;
  initiator: Initiator;
  /** True when no fixture route answered and the guard's catch-all 404 did. */
  unrouted: boolean;
}

export interface NetworkGuard {
  readonly entries: readonly NetworkEntry[];
  /** Requests that break the privacy promise; empty when all is well. */
  violations(): string[];
}

function initiatorOf(req: Request): Initiator {
  const sw = req.serviceWorker();
  if (sw) return sw.url().startsWith('chrome-extension://') ? 'extension-worker' : 'other-worker';
  try {
    const url = req.frame().url();
    return url.startsWith('chrome-extension://') ? 'extension-page' : 'page';
  } catch {
    // Requests of detached frames have no frame any more; count them as page traffic.
    return 'page';
  }
}

const isWeb = (url: string): boolean => /^(https?|wss?):/i.test(url);

/**
 * Records every request the browser makes and answers anything no fixture route claims with a
 * 404, so nothing ever reaches the real network. Install it BEFORE the fixture routes:
 * Playwright tries routes newest first, so fixture routes registered later take precedence.
 */
export async function installNetworkGuard(
  context: BrowserContext,
  opts: { hosts?: string[] } = {},
): Promise<NetworkGuard> {
  const hosts = opts.hosts ?? CONSOLE_HOST_PATTERNS;
  const entries: NetworkEntry[] = [];
  const unrouted = new Set<Request>();

  // Only web URLs: extension pages load their own scripts through chrome-extension://.
  await context.route(
    (url) => isWeb(url.href),
    async (route) => {
      unrouted.add(route.request());
      await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not routed (guard)' });
    },
  );
  context.on('request', (req) => {
    if (!isWeb(req.url())) return;
    entries.push({
      url: req.url(),
      method: req.method(),
      initiator: initiatorOf(req),
      unrouted: false,
    });
  });
  context.on('requestfinished', (req) => markUnrouted(req));
  context.on('requestfailed', (req) => markUnrouted(req));
  function markUnrouted(req: Request): void {
    if (!unrouted.has(req)) return;
    const entry = entries.find((e) => e.url === req.url() && !e.unrouted);
    if (entry) entry.unrouted = true;
  }

  return {
    entries,
    violations: () =>
      entries.flatMap((e) => {
        const host = new URL(e.url).hostname;
        if (e.initiator === 'extension-page' || e.initiator === 'extension-worker') {
          return [`the extension itself requested ${e.method} ${e.url} (${e.initiator})`];
        }
        if (!hosts.some((p) => hostMatches(host, p))) {
          return [`request left the console hosts: ${e.method} ${e.url} (${e.initiator})`];
        }
        return [];
      }),
  };
}

/**
 * Lets the extension's own pages load again after a catch-all `**\/*` route registered later
 * (the fixture consoles' 404 fallback) would answer their chrome-extension:// scripts with 404.
 * Call it after serveConsoles; it is newest, so it is tried first.
 */
export async function letExtensionUrlsThrough(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.protocol === 'chrome-extension:',
    (route) => route.continue(),
  );
}
