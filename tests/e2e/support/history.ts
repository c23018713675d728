/// <reference types="chrome" />
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import {
  HISTORY_FORMAT,
  HISTORY_FORMAT_VERSION,
  type Day,
  type HistoryInput,
  type Metrics,
  type Platform,
  type Session,
} from '../../../src/history/model';
import type { MessageType, Req, Res } from '../../../src/messaging';
import { addDays, beijingIso, dayOf, dayStart, monthOf } from '../../../src/time/calendar';
import { ALIBABA_DEFAULT, CHANNELS_DEFAULT, JD_DEFAULT } from '../../fixtures/sim/values';

/**
 * Helpers for the history e2e specs (export/import, settings, backfill, reliability). They talk
 * to the background through the public protocol from an extension page, exactly like the UI.
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
export const keyOf = (a: AccountRef): string => `${a.platform}:${a.accountId}`;

/** Sends one protocol message from an extension page; throws the background's `{error}`. */
export async function call<T extends MessageType>(
  page: Page,
  type: T,
  payload: Req<T>,
): Promise<Res<T>> {
  const reply = await page.evaluate(
    ([t, p]) => chrome.runtime.sendMessage<unknown, unknown>({ type: t, payload: p }),
    [type, payload] as const,
  );
  if (reply && typeof reply === 'object' && 'error' in reply) {
    throw new Error(`${type}: ${String(reply.error)}`);
  }
  return reply as Res<T>;
}

/** An extension page to send protocol messages from (the options page: it has no side effects). */
export async function rpcPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page;
}

export const historyOf = (page: Page, account: AccountRef): Promise<Res<'historyOf'>> =>
  call(page, 'historyOf', { account });

/** Plain numbers of a metrics record (provenance checked separately). */
export function values(m: Metrics, keys: readonly string[]): Record<string, number | undefined> {
  const out: Record<string, number | undefined> = {};
  for (const k of keys) out[k] = m[k as keyof Metrics]?.value;
  return out;
}

/** Polls historyOf until `pick` returns the expected record (exact equality), then returns it. */
export async function waitForStored<T>(
  page: Page,
  account: AccountRef,
  pick: (h: Res<'historyOf'>) => T,
  expected: T,
  timeout = 45_000,
): Promise<Res<'historyOf'>> {
  let last: Res<'historyOf'> | null = null;
  await expect
    .poll(
      async () => {
        last = await historyOf(page, account).catch(() => null);
        return last ? pick(last) : null;
      },
      { timeout, intervals: [250, 500, 1000] },
    )
    .toEqual(expected);
  return last!;
}

export const sessionById = (h: Res<'historyOf'>, id: string): Session | undefined =>
  h.sessions.find((s) => s.sessionId === id);
export const dayByKey = (h: Res<'historyOf'>, day: string): Day | undefined =>
  h.days.find((d) => d.day === day);

/** Beijing day of `now`, and the ms elapsed since its midnight. */
export function beijingToday(now = new Date()): { day: string; sinceMidnightMs: number } {
  const day = dayOf(now);
  return { day, sinceMidnightMs: now.getTime() - dayStart(day).getTime() };
}

/**
 * A JD live start that lies inside today's Beijing day, so the session never crosses midnight
 * (the fixture default is now − 2 h 30 m, which crosses midnight before 02:30).
 */
export function jdStartToday(now = Date.now()): number {
  const { sinceMidnightMs } = beijingToday(new Date(now));
  return now - Math.min(2.5 * 3_600_000, Math.max(60_000, sinceMidnightMs - 60_000));
}

/**
 * The JD cycles DOMAIN.md §1 publishes (natural months) with their 数据统计截止 (inclusive),
 * written out here instead of asking the product's pack or its `cycleFor`, so a product that
 * gets a cutoff wrong fails the specs instead of agreeing with them.
 */
const JD_PUBLISHED_CUTOFFS: Readonly<Record<string, string>> = {
  '2026-01': '2026-01-28',
  '2026-02': '2026-02-25',
  '2026-03': '2026-03-28',
};

export interface JdCycleExpected {
  /** The natural month, "2026-03". */
  id: string;
  /** Last day whose data counts (inclusive). */
  dataCutoff: string;
  /** Not published: from the pattern every published cycle follows. */
  projected: boolean;
}

/**
 * The JD cycle containing `day` (Beijing day key). Months after the published ones follow
 * DOMAIN.md §1's pattern: data counted until month end − 3 days. None before 2026-01.
 */
export function jdCycleOf(day: string): JdCycleExpected {
  const id = day.slice(0, 7);
  if (id < '2026-01') throw new Error(`no JD cycle for ${day} (DOMAIN.md §1 starts at 2026-01)`);
  const published = JD_PUBLISHED_CUTOFFS[id];
  if (published) return { id, dataCutoff: published, projected: false };
  const [y, m] = id.split('-').map(Number) as [number, number];
  const monthEnd = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { id, dataCutoff: `${id}-${String(monthEnd - 3).padStart(2, '0')}`, projected: true };
}

export interface JdMonthSeed {
  text: string;
  /** Seeded days (each 5 h), oldest first. */
  days: string[];
  /** Days counted in the monthly item before any enrolment date is set. */
  countedBefore: number;
  /** A later enrolment date, and how many seeded days it still counts. */
  enrolDay: string;
  countedAfter: number;
  cycleId: string;
}

export const HOURS_PER_DAY = 5;

/**
 * History with up to 10 JD days of 5 h each in the current Beijing month, all before today
 * and no later than the cycle's data cutoff (days after it never count). Edge cases, chosen
 * relative to today: on the 1st there is no earlier day of the month, so today itself is
 * seeded (a finished 5 h of lives) and the later enrolment is tomorrow (counts nothing); on the
 * 2nd the one seeded day is the 1st and enrolment today counts nothing.
 */
export function jdMonthSeed(now = new Date()): JdMonthSeed {
  const today = dayOf(now);
  const cycle = jdCycleOf(today);
  const first = `${monthOf(today)}-01`;
  const cutoff = cycle.dataCutoff;
  const last = [addDays(today, -1), cutoff].sort()[0]!;
  let days: string[] = [];
  for (let d = last; d >= first && days.length < 10; d = addDays(d, -1)) days.unshift(d);
  if (days.length === 0) days = [today];
  const half = Math.floor(days.length / 2);
  const enrolDay = days.length >= 2 ? days[half]! : addDays(days[0]!, 1);
  const countedAfter = days.filter((d) => d >= enrolDay).length;
  const at = beijingIso(now);
  const sec = HOURS_PER_DAY * 3600;
  const v = (value: number) => ({ value, source: 'manual' as const, at });
  const history: HistoryInput = {
    format: HISTORY_FORMAT,
    version: HISTORY_FORMAT_VERSION,
    exportedAt: at,
    accounts: [{ platform: 'jd', accountId: JD.accountId, displayName: JD_DEFAULT.shopName }],
    sessions: [],
    days: days.map((day) => ({
      platform: 'jd',
      accountId: JD.accountId,
      day,
      metrics: { durationSec: v(sec), dau: v(1200), gmvFen: v(1_600_000) },
      sessions: 1,
    })),
    settings: {},
    conflicts: [],
  };
  return {
    text: JSON.stringify(history),
    days,
    countedBefore: days.length,
    enrolDay,
    countedAfter,
    cycleId: cycle.id,
  };
}
