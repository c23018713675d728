import { addDays, beijingIso, dayOf, dayStart, monthOf } from '../../src/time/calendar';
import {
  HISTORY_FORMAT,
  HISTORY_FORMAT_VERSION,
  accountKey,
  type Account,
  type AccountSettings,
  type Day,
  type History,
  type Metrics,
  type Platform,
  type Session,
} from '../../src/history/model';
import { PLATFORMS } from '../../src/platforms/ids';

/**
 * Made-up histories for tests, the bench and the demo (not product code: nothing in src/ imports
 * this). `makeHistory` is the bench/test load, `buildDemoHistory` what the demo seeds.
 */

/** mulberry32: tiny seeded PRNG so benchmark, test and demo data are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface MakeHistoryOptions {
  /** Sellers; each streams on two platforms (so 2 × accounts account records). */
  accounts: number;
  days: number;
  now: Date | string;
  seed?: number;
}

/**
 * A realistic, deterministic history: most days one or two sessions of 1–5 h between 08:00
 * and 23:00 Beijing time, GMV / buyers / orders / DAU in plausible ranges, the console's daily
 * DAU reported on most days and estimated on the rest.
 */
export function makeHistory(o: MakeHistoryOptions): History {
  const rnd = prng(o.seed ?? 42);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const today = dayOf(o.now);
  const accounts: Account[] = [];
  const sessions: Session[] = [];
  const days: Day[] = [];
  for (let a = 0; a < o.accounts; a += 1) {
    for (let p = 0; p < 2; p += 1) {
      const platform = PLATFORMS[(a + p) % PLATFORMS.length]!;
      const accountId = `seller${a + 1}-${platform}`;
      accounts.push({ platform, accountId, displayName: `店铺${a + 1} ${platform}` });
      for (let i = o.days; i >= 1; i -= 1) {
        const day = addDays(today, -i);
        if (rnd() < 0.15) continue; // rest day
        const n = rnd() < 0.3 ? 2 : 1;
        const totals = { durationSec: 0, gmvFen: 0, buyers: 0, orders: 0, dau: 0 };
        let lastAt = '';
        for (let k = 0; k < n; k += 1) {
          const startMs = dayStart(day).getTime() + (k === 0 ? int(8, 12) : int(17, 19)) * 3600_000;
          const dur = int(3600, 5 * 3600);
          const buyers = int(5, 300);
          const m = {
            durationSec: dur,
            gmvFen: buyers * int(3_000, 30_000),
            buyers,
            orders: buyers + int(0, 30),
            dau: int(200, 2500),
          };
          const at = beijingIso(startMs + dur * 1000);
          const metrics: Metrics = {};
          for (const [key, value] of Object.entries(m) as [keyof typeof m, number][]) {
            metrics[key] = { value, source: 'network', at };
            totals[key] += value;
          }
          metrics.online = { value: int(10, 800), source: 'network', at };
          if (platform === 'douyin') Object.assign(metrics, douyinMetrics(m, at, 'network'));
          sessions.push({
            platform,
            accountId,
            sessionId: `${platform}-${day}-${k}`,
            start: beijingIso(startMs),
            end: at,
            live: false,
            metrics,
            flags: { noCart: false, crossedMidnight: false, over24h: false, under15min: false },
            lastSeenAt: at,
          });
          lastAt = at;
        }
        const metrics: Metrics = {};
        for (const [key, value] of Object.entries(totals) as [keyof typeof totals, number][]) {
          metrics[key] = { value, source: 'network', at: lastAt };
        }
        if (rnd() < 0.3)
          metrics.dau = { value: totals.dau, source: 'network', at: lastAt, estimated: true };
        else metrics.dau = { value: Math.round(totals.dau * 0.9), source: 'network', at: lastAt };
        days.push({ platform, accountId, day, metrics, sessions: n });
      }
    }
  }
  const settings: History['settings'] = {};
  for (const acc of accounts) {
    if (acc.platform === 'alibaba') settings[accountKey(acc)] = { alibabaCategory: 'consumer' };
  }
  return {
    format: HISTORY_FORMAT,
    version: HISTORY_FORMAT_VERSION,
    exportedAt: beijingIso(o.now),
    accounts,
    sessions,
    days,
    settings,
    conflicts: [],
  };
}

/**
 * Douyin's own figures, derived from the session's buyers and viewers (no extra random draws,
 * so the other platforms' numbers stay as they were): 新加直播团, 新加购物团, 新增粉丝.
 */
function douyinMetrics(
  m: { buyers: number; dau: number },
  at: string,
  source: 'network' | 'backfill',
): Metrics {
  return {
    clubLive: { value: Math.round(m.buyers * 0.4) + 3, source, at },
    clubShop: { value: Math.round(m.buyers * 0.15), source, at },
    newFans: { value: Math.round(m.dau * 0.06), source, at },
  };
}

/** A Douyin seller's own targets: both fan clubs and GMV (no official numbers exist). */
const DOUYIN_DEMO_TARGETS: NonNullable<AccountSettings['douyinTargets']> = [
  {
    id: 'demo-club-live',
    label: '每场新加直播团',
    metric: 'clubLive',
    threshold: 60,
    period: 'session',
    reward: '粉丝团任务奖励',
  },
  {
    id: 'demo-club-shop',
    label: '本周新加购物团',
    metric: 'clubShop',
    threshold: 150,
    period: 'week',
    reward: '购物团权益',
  },
  {
    id: 'demo-day-gmv',
    label: '日成交 ¥2 万',
    metric: 'gmvFen',
    threshold: 2_000_000,
    period: 'day',
    reward: '',
  },
];

export interface DemoAccount {
  platform: Platform;
  accountId: string;
  displayName: string;
}

/** Per-account rule settings so every card has something real to evaluate. */
function demoSettings(platform: Platform, today: string): AccountSettings {
  if (platform === 'jd') {
    const month = monthOf(today);
    return { jdEnrolled: { [month]: `${month}-01` }, jdNorthstarMember: false, jdAnchorLevel: 3 };
  }
  if (platform === 'alibaba') {
    return { alibabaCategory: 'consumer', shop: { chengxintong: true, commonOk: true } };
  }
  if (platform === 'douyin') return { douyinTargets: DOUYIN_DEMO_TARGETS };
  return {
    channelsBenchmark: [{ day: addDays(today, 3), gmvTargetFen: 3_000_000 }],
    channelsGrowthTargets: [
      {
        id: 'demo-week-gmv',
        label: '周成交 ¥5 万 (weekly GMV)',
        metric: 'gmvFen',
        threshold: 5_000_000,
        period: 'week',
        reward: '流量券',
      },
    ],
  };
}

/**
 * ~60 days of past sessions (the 1688 30-day window, the JD month and the charts), ending
 * yesterday so the live simulated stream owns today. Every account is marked `demo: true`,
 * which the options page removes in one click (clearDemo).
 */
export function buildDemoHistory(accounts: DemoAccount[], now: Date, days = 60): History {
  const rnd = prng(20260310);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const today = dayOf(now);
  const sessions: Session[] = [];
  const dayRows: Day[] = [];
  for (const acc of accounts) {
    for (let i = days; i >= 1; i -= 1) {
      const day = addDays(today, -i);
      if (rnd() < 0.2) continue; // a rest day now and then
      const startMs = dayStart(day).getTime() + int(9, 19) * 3_600_000;
      // 1688 counts sessions over 15 minutes: include a few short ones to show the difference.
      const durationSec =
        acc.platform === 'alibaba' && rnd() < 0.15 ? int(300, 840) : int(5_400, 18_000);
      const buyers = int(8, 160);
      const at = beijingIso(startMs + durationSec * 1000);
      const raw = {
        durationSec,
        dau: int(400, 2_400),
        buyers,
        orders: buyers + int(0, 20),
        gmvFen: buyers * int(4_000, 25_000),
      };
      const metrics: Metrics = {};
      for (const [key, value] of Object.entries(raw) as [keyof typeof raw, number][]) {
        metrics[key] = { value, source: 'backfill', at };
      }
      if (acc.platform === 'douyin') Object.assign(metrics, douyinMetrics(raw, at, 'backfill'));
      sessions.push({
        platform: acc.platform,
        accountId: acc.accountId,
        sessionId: `demo-${acc.platform}-${day}`,
        start: beijingIso(startMs),
        end: at,
        live: false,
        metrics,
        flags: durationSec <= 900 ? { under15min: true } : {},
        lastSeenAt: at,
      });
      const valid = acc.platform === 'alibaba' && durationSec <= 900 ? 0 : 1;
      dayRows.push({
        platform: acc.platform,
        accountId: acc.accountId,
        day,
        metrics,
        sessions: valid,
      });
    }
  }
  return {
    format: HISTORY_FORMAT,
    version: HISTORY_FORMAT_VERSION,
    exportedAt: beijingIso(now),
    accounts: accounts.map((a) => ({ ...a, demo: true })),
    sessions,
    days: dayRows,
    settings: Object.fromEntries(
      accounts.map((a) => [accountKey(a), demoSettings(a.platform, today)]),
    ),
    conflicts: [],
  };
}
