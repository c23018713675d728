import { addDays, beijingIso, dayOf, dayStart, monthOf } from '../../src/time/calendar';
import {
  HISTORY_FORMAT,
  HISTORY_FORMAT_VERSION,
  accountKey,
  type AccountSettings,
  type Day,
  type History,
  type Metrics,
  type Platform,
  type Session,
} from '../../src/history/model';

export interface DemoAccount {
  platform: Platform;
  accountId: string;
  displayName: string;
}

/** Deterministic so every demo run shows the same charts. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
  return {
    channelsBenchmark: [{ day: addDays(today, 3), gmvTargetFen: 3_000_000 }],
    channelsGrowthTargets: [
      {
        id: 'demo-week-gmv',
        label: '周成交 ¥5 万 (weekly GMV)',
        metric: 'gmvFen',
        threshold: 5_000_000,
        period: 'week',
        reward: '流量券 (traffic coupon)',
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
