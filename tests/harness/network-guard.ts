import type { BrowserContext, Frame, Page, Request } from '@playwright/test';

/**
 * Hosts the simulated consoles are served at (by Playwright routing, never the real sites).
 * drlives.jd.com is where the JD bigScreen page fetches its own numbers from.
 */
export const CONSOLE_HOST_PATTERNS = [
  'jlive.jd.com',
  'drlives.jd.com',
  'channels.weixin.qq.com',
  '*.1688.com',
  'compass.jinritemai.com',
  'buyin.jinritemai.com',
  'fxg.jinritemai.com',
];

export const hostMatches = (host: string, pattern: string): boolean =>
  pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern;

export type Initiator =
  'page' | 'content-script' | 'extension-page' | 'extension-worker' | 'other-worker';

export interface NetworkEntry {
  url: string;
  method: string;
  initiator: Initiator;
  /** True when no fixture route answered and the guard's catch-all 404 did. */
  unrouted: boolean;
  /** For a content script's request: the extension script that started it. */
  script?: string;
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

interface ScriptRequest {
  method: string;
  url: string;
  script: string;
}

/**
 * Content scripts run inside the page's frames, so Playwright reports their requests as the
 * page's. Chrome's own record of each request (CDP Network.requestWillBeSent) carries the JS
 * stack that started it: a request whose OUTERMOST frame is a chrome-extension:// script was
 * started by a content script (isolated world, or the MAIN-world tap acting on its own). The
 * innermost frame would not do: the tap wraps the page's fetch/XHR, so the page's own requests
 * pass through tap.js. Limits: a request made before the session attaches to a new tab (it
 * attaches when the tab opens, before its first navigation completes), and one started by
 * HTML the script inserted (initiator "parser"), are attributed by host only.
 */
function watchContentScripts(context: BrowserContext, seen: (r: ScriptRequest) => void): void {
  const attached = new WeakSet<Page | Frame>();
  const attach = async (target: Page | Frame): Promise<void> => {
    if (attached.has(target)) return;
    attached.add(target);
    try {
      const cdp = await context.newCDPSession(target);
      cdp.on('Network.requestWillBeSent', (e) => {
        const frames = e.initiator.stack?.callFrames ?? [];
        const outer = frames[frames.length - 1]?.url ?? '';
        if (outer.startsWith('chrome-extension://') && isWeb(e.request.url)) {
          seen({ method: e.request.method, url: e.request.url, script: outer });
        }
      });
      await cdp.send('Network.enable');
    } catch {
      // Closed before we attached, or a frame in its parent's process (its parent's session
      // sees its requests): retried on its next navigation in case it became out-of-process.
      attached.delete(target);
    }
  };
  const onPage = (page: Page): void => {
    void attach(page);
    // Cross-origin iframes live in their own process and need a session of their own.
    page.on('framenavigated', (f) => {
      if (f !== page.mainFrame()) void attach(f);
    });
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
}

/**
 * Records every request the browser makes and answers anything no fixture route claims with a
 * 404, so nothing ever reaches the real network. Install it BEFORE the fixture routes:
 * Playwright tries routes newest first, so fixture routes registered later take precedence.
 */
export async function installNetworkGuard(
  context: BrowserContext,
  /**
   * `syncOrigin`: the team server the seller configured (issue #12): the extension's worker may
   * request it (the caller routes it through to the real loopback server, after the fixture
   * consoles' catch-all); any other origin is still a violation, so "only the configured origin"
   * is what the guard checks.
   */
  opts: { hosts?: string[]; syncOrigin?: string } = {},
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
  const sync = opts.syncOrigin;
  if (sync)
    await context.route(
      (url) => url.origin === sync,
      (route) => route.continue(),
    );
  // Chrome's record of a content script's request and Playwright's record of the same request
  // arrive on different sessions in either order: whichever comes second joins them.
  const pending: ScriptRequest[] = [];
  const fromScript = (e: NetworkEntry, r: ScriptRequest): void => {
    e.initiator = 'content-script';
    e.script = r.script;
  };
  watchContentScripts(context, (r) => {
    const e = entries.find(
      (x) => x.initiator === 'page' && x.url === r.url && x.method === r.method,
    );
    if (e) fromScript(e, r);
    else pending.push(r);
  });
  context.on('request', (req) => {
    if (!isWeb(req.url())) return;
    const entry: NetworkEntry = {
      url: req.url(),
      method: req.method(),
      initiator: initiatorOf(req),
      unrouted: false,
    };
    const i = pending.findIndex((r) => r.url === entry.url && r.method === entry.method);
    if (entry.initiator === 'page' && i >= 0) fromScript(entry, pending.splice(i, 1)[0]!);
    entries.push(entry);
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
        if (e.initiator === 'content-script') {
          return [`a content script requested ${e.method} ${e.url} (${e.script ?? ''})`];
        }
        if (e.initiator === 'extension-worker' && sync && new URL(e.url).origin === sync) return [];
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
