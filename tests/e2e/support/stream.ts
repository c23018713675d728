/// <reference types="chrome" />
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { expect } from '@playwright/test';
import { accountKey, type AccountSettings, type Platform } from '../../../src/history/model';
import { ALERTS_SENT_KEY } from '../../../src/messaging/keys';
import { dayOf, dayStart, monthOf } from '../../../src/time/calendar';
import type { ConsoleSim } from '../../fixtures/consoles';
import { ALIBABA_DEFAULT, CHANNELS_DEFAULT, JD_DEFAULT } from '../../fixtures/sim/values';

/**
 * Helpers for the mid-stream specs (popup, in-page badge, toolbar badge, alerts, health).
 * Expected texts are computed here from the sim values with small independent formatters,
 * not with the product's own, so a formatting bug shows as a failure.
 */

export interface AccountRef {
  platform: Platform;
  accountId: string;
}
export const JD: AccountRef = { platform: 'jd', accountId: JD_DEFAULT.pin };
export const CHANNELS: AccountRef = {
  platform: 'channels',
  accountId: CHANNELS_DEFAULT.finderUsername,
};
export const ALIBABA: AccountRef = { platform: 'alibaba', accountId: ALIBABA_DEFAULT.memberId };

/** The fixture pages poll their APIs this often (ms), so each value change lands in ~1 s. */
export const POLL_MS = 500;
/** Long enough for a coalesced write (10 s while live) plus a poll and a redraw. */
export const STORED_TIMEOUT = 30_000;

/** Sends one protocol message from an extension page; throws the background's `{error}`. */
export async function rpc(page: Page, type: string, payload: unknown): Promise<unknown> {
  const reply: unknown = await page.evaluate(
    ([t, p]) => chrome.runtime.sendMessage<unknown, unknown>({ type: t, payload: p }),
    [type, payload] as const,
  );
  if (reply && typeof reply === 'object' && 'error' in reply) {
    throw new Error(`${type}: ${String(reply.error)}`);
  }
  return reply;
}

/**
 * Merges `patch` into the account's stored settings. The message replaces the whole record,
 * which also holds what the console reported (1688 shop facts), so read it first.
 */
export async function saveAccountSettings(
  page: Page,
  account: AccountRef,
  patch: AccountSettings,
): Promise<void> {
  const all = (await rpc(page, 'getSettings', {})) as {
    accountSettings: Record<string, AccountSettings>;
  };
  const current = all.accountSettings[accountKey(account)] ?? {};
  await rpc(page, 'saveAccountSettings', { account, settings: { ...current, ...patch } });
}

/** Today in Beijing, the JD cycle id (the natural month) and ms since Beijing midnight. */
export function beijingToday(now = Date.now()): { day: string; month: string; sinceMs: number } {
  const day = dayOf(new Date(now));
  return { day, month: monthOf(day), sinceMs: now - dayStart(day).getTime() };
}

/** JD enrolled on the 1st of this month: every day of the cycle counts, no assumption. */
export const jdEnrolledAllMonth = (): AccountSettings => {
  const { month } = beijingToday();
  return { jdEnrolled: { [month]: `${month}-01` } };
};

/** A JD live start 2 h 30 m ago, or just after Beijing midnight when that is nearer. */
export function jdStartToday(now = Date.now()): number {
  const { sinceMs } = beijingToday(now);
  return now - Math.min(2.5 * 3_600_000, Math.max(60_000, sinceMs - 60_000));
}

/** Opens a console page in a new tab. */
export async function openConsole(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Changes the sim and waits until the page has fetched its API again after the change. */
export async function changeAndPoll(
  sim: ConsoleSim,
  api: string,
  change: () => void,
): Promise<void> {
  const seen = sim.served.length;
  change();
  await expect
    .poll(() => sim.served.slice(seen).some((u) => u.includes(api)), { timeout: 15_000 })
    .toBe(true);
}

// ---- Independent expected-text formatters (zh) ----

const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** What remains in yuan, rounded up (never understated), below ¥10,000: "还差 ¥2,655". */
export function moneyLeft(targetFen: number, currentFen: number): string {
  const yuan = Math.ceil((targetFen - currentFen) / 100);
  if (yuan >= 10_000) throw new Error('use wanLeft for ≥ ¥10,000');
  return `还差 ¥${grouped(yuan)}`;
}

/** What remains at ≥ ¥10,000, in 万 with two decimals rounded up: "还差 ¥2.66万". */
export function wanLeft(targetFen: number, currentFen: number): string {
  const hundredths = Math.ceil((targetFen - currentFen) / 100 / 100);
  return `还差 ¥${String(hundredths / 100)}万`;
}

/** Whole minutes as a seller reads them: "1小时30分", "2小时", "48分钟". */
export function hm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m}分钟`;
  return m === 0 ? `${h}小时` : `${h}小时${m}分`;
}

/**
 * The "还差 …" texts a duration item may show for a live that started at `startedAt`, read at
 * some instant in [fromMs, toMs]: one per whole minute (remaining rounds up).
 */
export function durationLeftTexts(
  thresholdMin: number,
  startedAt: number,
  fromMs: number,
  toMs: number,
): string[] {
  const left = (t: number) => Math.ceil(thresholdMin - (t - startedAt) / 60_000 - 1e-9);
  const out: string[] = [];
  for (let m = left(toMs); m <= left(fromMs); m++) out.push(`还差 ${hm(m)}`);
  return out;
}

/** Toolbar figures for a minutes remainder over the same window: 90 → "1.5h", 45 → "45m". */
export function shortDurationTexts(
  thresholdMin: number,
  startedAt: number,
  fromMs: number,
  toMs: number,
  lang: 'zh' | 'en' = 'zh',
): string[] {
  const left = (t: number) => thresholdMin - (t - startedAt) / 60_000;
  // zh uses 分/时 (m would read as 米 or minutes in a Chinese UI); en uses m/h.
  const [min, hour] = lang === 'zh' ? ['分', '时'] : ['m', 'h'];
  const out = new Set<string>();
  for (let t = fromMs; t <= toMs + 1000; t += 1000) {
    const m = left(Math.min(t, toMs));
    out.add(m < 60 ? `${Math.ceil(m)}${min}` : `${Number((m / 60).toFixed(1))}${hour}`);
  }
  return [...out];
}

// ---- In-page badge (open shadow root: Playwright's CSS locators pierce it) ----

export const badgeHost = (page: Page, platform: Platform): Locator =>
  page.locator(`[data-livepace-badge="${platform}"]`);

export const badgeStrip = (page: Page, platform: Platform): Locator =>
  badgeHost(page, platform).locator('[data-testid="livepace-badge"]');

export const badgeRow = (page: Page, platform: Platform, itemId: string): Locator =>
  badgeStrip(page, platform).locator(`li[data-item="${itemId}"]`);

// ---- Worker: toolbar badge and notifications ----

export const toolbarBadgeText = (sw: Worker): Promise<string> =>
  sw.evaluate(() => chrome.action.getBadgeText({}));

export const toolbarBadgeColor = (sw: Worker): Promise<number[]> =>
  sw.evaluate(async () => [...(await chrome.action.getBadgeBackgroundColor({}))]);

export interface SpiedNotification {
  id: string;
  title: string;
  message: string;
}

/**
 * Records every notification the worker creates from now on (the original still runs). Lives
 * as long as this worker does; the persisted sent-log below survives a restart.
 */
export async function spyNotifications(sw: Worker): Promise<void> {
  await sw.evaluate(() => {
    const g = globalThis as unknown as { __lpNotes?: unknown[] };
    if (g.__lpNotes) return;
    const notes: unknown[] = [];
    g.__lpNotes = notes;
    const api = chrome.notifications;
    const original = api.create.bind(api) as (...a: unknown[]) => unknown;
    (api as unknown as { create: (...a: unknown[]) => unknown }).create = (...args: unknown[]) => {
      const [id, opts] = args as [string, { title?: string; message?: string }];
      notes.push({ id, title: opts?.title ?? '', message: opts?.message ?? '' });
      return original(...args);
    };
  });
}

export const spiedNotifications = (sw: Worker): Promise<SpiedNotification[]> =>
  sw.evaluate(
    () => ((globalThis as unknown as { __lpNotes?: unknown[] }).__lpNotes ?? []) as never,
  );

/** Keys of the alerts the worker has shown (its storage.local log, see ui-effects.ts). */
export const sentAlertKeys = (sw: Worker): Promise<string[]> =>
  sw.evaluate(async (key) => {
    const got = await chrome.storage.local.get(key);
    const log = got[key] as Record<string, string> | undefined;
    return Object.keys(log ?? {});
  }, ALERTS_SENT_KEY);
