/// <reference types="chrome" />
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../../harness/chromium';
import { extensionIdOf, extensionWorker, launchWithExtension } from '../../harness/launch';
import {
  installNetworkGuard,
  letExtensionUrlsThrough,
  type NetworkGuard,
} from '../../harness/network-guard';
import { serveConsoles, type ConsoleSim, type SimOptions } from '../../fixtures/consoles';
import { rpc } from './stream';
import type { TeamView } from '../../../src/sync/types';

/**
 * Team sync e2e support (issue #12). Each "machine" is a browser profile of its own with the
 * build (loopback origin pre-granted: tests/harness/loopback-ext.ts), its own simulated
 * consoles and its own network guard.
 */
export { extensionWithLoopbackGranted } from '../../harness/loopback-ext';

export interface Machine {
  name: string;
  context: BrowserContext;
  guard: NetworkGuard;
  sim: ConsoleSim;
  extensionId: string;
  /** An extension page kept open to send protocol messages from. */
  page: Page;
  close(): Promise<void>;
}

export async function startMachine(
  name: string,
  extensionDir: string,
  syncOrigin: string,
  sim: SimOptions,
): Promise<Machine> {
  const found = findChromium();
  if (!found) throw new Error(HOW_TO_GET_CHROMIUM);
  const context = await launchWithExtension({
    executablePath: found.path,
    headless: true,
    extensionDir,
  });
  const guard = await installNetworkGuard(context, { syncOrigin });
  const served = await serveConsoles(context, sim);
  await letExtensionUrlsThrough(context);
  // Newest route first: the team server reaches the real loopback server, past both catch-alls.
  await context.route(
    (url) => url.origin === syncOrigin,
    (route) => route.continue(),
  );
  const extensionId = extensionIdOf(await extensionWorker(context));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return {
    name,
    context,
    guard,
    sim: served,
    extensionId,
    page,
    close: async () => {
      await served.stop();
      await context.close();
    },
  };
}

/** Requests the extension itself made (its worker or pages), as "METHOD url". */
export const extensionRequests = (m: Machine): string[] =>
  m.guard.entries
    .filter((e) => e.initiator === 'extension-worker' || e.initiator === 'extension-page')
    .map((e) => `${e.method} ${e.url}`);

/** Fills 团队同步 in options the way a seller does and switches it on. */
export async function enableSync(m: Machine, server: { url: string; db: string }): Promise<Page> {
  const options = await m.context.newPage();
  await options.goto(`chrome-extension://${m.extensionId}/options.html#team`);
  await options.getByTestId('sync-url').fill(server.url);
  await options.getByTestId('sync-db').fill(server.db);
  await options.getByTestId('sync-machine').fill(m.name);
  await options.getByTestId('sync-enable').click();
  await expect
    .poll(
      async () =>
        ((await rpc(m.page, 'syncGet', {})) as { config: { enabled: boolean } }).config.enabled,
    )
    .toBe(true);
  return options;
}

export const syncNow = async (m: Machine): Promise<string> =>
  ((await rpc(m.page, 'syncNow', {})) as { status: { state: string } }).status.state;

export const teamView = async (m: Machine): Promise<TeamView> =>
  (await rpc(m.page, 'teamView', {})) as TeamView;

/** The merged figure of one metric of the account's session, as the team view's history holds it. */
export function itemCurrent(
  v: TeamView,
  platform: string,
  accountId: string,
  itemId: string,
): number | null | undefined {
  const a = v.evaluation.accounts.find((x) => x.platform === platform && x.accountId === accountId);
  return a?.items.find((i) => i.itemId === itemId)?.current;
}
