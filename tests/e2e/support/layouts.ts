/// <reference types="chrome" />
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { Platform } from '../../../src/history/model';
import { call, type AccountRef } from './history';

/**
 * Helpers for the other-layout specs: layout URLs, the account list, provisional accounts,
 * and a read of one session straight from IndexedDB (not through the worker's memory).
 */

export const POLL_MS = 500;
const q = (layout: string, anon: boolean, extra = ''): string =>
  `lpLayout=${layout}${anon ? '&lpAnon=1' : ''}&poll=${POLL_MS}${extra}`;

export const jdLayoutUrl = (liveId: string, layout: string, anon = false, extra = ''): string =>
  `https://jlive.jd.com/bigScreen?id=${liveId}&${q(layout, anon, extra)}`;
export const channelsLayoutUrl = (layout: string, anon = false): string =>
  `https://channels.weixin.qq.com/platform/live/liveBuild?${q(layout, anon)}`;
export const alibabaLayoutUrl = (layout: string, anon = false): string =>
  `https://work.1688.com/home/page/index.htm?${q(layout, anon)}`;
export const JD_LIST_NEW = 'https://jlive.jd.com/my/listNew?jlive=%2Fmy%2Flist';

export interface AccountRow {
  platform: Platform;
  accountId: string;
  displayName: string;
  provisional?: true;
  mergedInto?: string;
}

export async function accountsOf(page: Page, platform: Platform): Promise<AccountRow[]> {
  const s = await call(page, 'getSettings', {});
  return (s.accounts as AccountRow[]).filter((a) => a.platform === platform);
}

/** Accounts still in use (merged tombstones left out). */
export const liveAccounts = async (page: Page, platform: Platform): Promise<AccountRow[]> =>
  (await accountsOf(page, platform)).filter((a) => !a.mergedInto);

/** Waits for the platform's one provisional account and returns it. */
export async function waitForProvisional(page: Page, platform: Platform): Promise<AccountRef> {
  let found: AccountRow | undefined;
  await expect
    .poll(
      async () => {
        found = (await liveAccounts(page, platform)).find((a) => a.provisional === true);
        return found ? found.accountId.startsWith('~') : false;
      },
      { timeout: 45_000, intervals: [500, 1000] },
    )
    .toBe(true);
  return { platform, accountId: found!.accountId };
}

/**
 * One session's metric values as IndexedDB holds them right now, read from an extension page
 * (same origin as the worker), so nothing only in the worker's memory counts. Null when absent.
 */
export async function sessionOnDisk(
  page: Page,
  a: AccountRef,
  sessionId: string,
): Promise<Record<string, number> | null> {
  return page.evaluate(
    async ([platform, accountId, id]) => {
      const dbs = await indexedDB.databases();
      if (!dbs.some((d) => d.name === 'livepace')) return null;
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open('livepace');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      try {
        // Sessions are stored many to a row (src/history/buckets.ts): find the one holding it.
        const rows = await new Promise<unknown[]>((ok, fail) => {
          const r = db
            .transaction('buckets')
            .objectStore('buckets')
            .getAll(
              IDBKeyRange.bound(
                ['sessions', platform, accountId],
                ['sessions', platform, accountId, []],
              ),
            );
          r.onsuccess = () => ok(r.result as unknown[]);
          r.onerror = () => fail(r.error);
        });
        const row = (rows as Map<string, unknown>[]).find((b) => b.has(id))?.get(id);
        const m = (row as { metrics?: Record<string, { value: number }> } | undefined)?.metrics;
        if (!m) return null;
        return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.value]));
      } finally {
        db.close();
      }
    },
    [a.platform, a.accountId, sessionId] as const,
  );
}
