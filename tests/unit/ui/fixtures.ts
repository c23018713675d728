import type { AccountEvaluation, Evaluation, ItemResult } from '../../../src/rules/result';

/** Hand-built evaluations after DOMAIN.md §1 (JD worked example), §2 (1688) and §3 (Channels). */
export const NOW = '2026-01-20T15:00:00+08:00';

const base = {
  packId: 'jd-growth',
  assumptions: [],
  warnings: [],
} satisfies Partial<ItemResult>;

export function jdItem(over: Partial<ItemResult> & Pick<ItemResult, 'itemId'>): ItemResult {
  return {
    ...base,
    group: { zh: '成长任务 · 每日', en: 'Growth tasks · daily' },
    label: { zh: '直播时长', en: 'Live duration' },
    period: 'day',
    unit: 'minutes',
    current: 150,
    threshold: 240,
    remaining: 90,
    status: 'on_track',
    reward: { pv: 300, text: { zh: '300 pv 流量券', en: '300 pv coupon' } },
    eta: '2026-01-20T16:30:00+08:00',
    deadline: {
      at: '2026-01-21T00:00:00+08:00',
      kind: 'midnight',
      projected: false,
      label: { zh: '北京时间 24:00', en: 'Beijing midnight' },
    },
    provenance: { source: 'network', at: '2026-01-20T14:58:00+08:00' },
    ...over,
  };
}

export const jdAccount: AccountEvaluation = {
  platform: 'jd',
  accountId: 'jd-1001',
  displayName: '好物直播间',
  provisional: false,
  live: true,
  cycle: {
    id: '2026-01',
    from: '2026-01-01',
    to: '2026-01-31',
    dataCutoff: '2026-01-28',
    enrolBy: '2026-01-26',
    rewardsBy: '2026-01-31',
    enrolled: '2026-01-05',
    projected: false,
  },
  assumptions: [],
  items: [
    jdItem({ itemId: 'daily.duration' }),
    jdItem({
      itemId: 'daily.dau',
      label: { zh: 'DAU', en: 'DAU' },
      unit: 'viewers',
      current: 820,
      threshold: 1000,
      remaining: 180,
      eta: '2026-01-20T17:05:00+08:00',
    }),
    jdItem({
      itemId: 'daily.gmv',
      label: { zh: '日成交GMV', en: 'Daily GMV' },
      unit: 'fen',
      current: 1_180_000,
      threshold: 1_500_000,
      remaining: 320_000,
      status: 'behind',
      reward: { pv: 400, text: { zh: '400 pv', en: '400 pv' } },
      eta: '2026-01-20T23:40:00+08:00',
    }),
    jdItem({
      itemId: 'cycle.duration',
      group: { zh: '成长任务 · 月度', en: 'Growth tasks · monthly' },
      label: { zh: '直播总时长', en: 'Total live duration' },
      period: 'cycle',
      current: 80 * 60,
      threshold: 120 * 60,
      remaining: 40 * 60,
      perDay: (40 * 60) / 9,
      daysLeft: 9,
      eta: undefined,
      reward: { pv: 5000, text: { zh: '5000 pv', en: '5000 pv' } },
      deadline: {
        at: '2026-01-29T00:00:00+08:00',
        kind: 'data_cutoff',
        projected: false,
        label: { zh: '数据统计截止 01-28', en: 'Data counted until 01-28' },
      },
    }),
  ],
};

export const alibabaAccount: AccountEvaluation = {
  platform: 'alibaba',
  accountId: 'b2b-cn2001',
  displayName: '义乌小商品源头厂',
  provisional: false,
  live: false,
  assumptions: [],
  items: [],
  level: {
    category: 'consumer',
    current: 'normal',
    next: 'daren',
    windowStart: '2025-12-21',
    windowEnd: '2026-01-19',
    sessions30: 3,
    buyers30: 42,
    atRisk: false,
    missing: [
      {
        id: 'medal',
        label: { zh: '交易勋章', en: 'Trade medal' },
        current: 2,
        threshold: 2,
        gap: 0,
        met: true,
      },
      {
        id: 'bsrDesc',
        label: { zh: 'BSR货描', en: 'BSR description' },
        current: 4.5,
        threshold: 4.6,
        gap: 0.1,
        met: false,
      },
      {
        id: 'sessions30',
        label: { zh: '近30天直播场次', en: 'Sessions, last 30 days' },
        current: 3,
        threshold: 5,
        gap: 2,
        met: false,
        anyOf: 'activity',
      },
      {
        id: 'buyers30',
        label: { zh: '近30天买家数', en: 'Buyers, last 30 days' },
        current: 42,
        threshold: 50,
        gap: 8,
        met: false,
        anyOf: 'activity',
      },
    ],
    forecast: [
      {
        day: '2026-01-21',
        sessionsLeaving: 1,
        buyersLeaving: 12,
        sessions: 2,
        buyers: 30,
        levelIfIdle: 'normal',
      },
      {
        day: '2026-01-22',
        sessionsLeaving: 0,
        buyersLeaving: 0,
        sessions: 2,
        buyers: 30,
        levelIfIdle: 'normal',
      },
    ],
  },
};

export const channelsAccount: AccountEvaluation = {
  platform: 'channels',
  accountId: 'finder_abc',
  displayName: '小林的好物分享',
  provisional: false,
  live: false,
  assumptions: [],
  coldStart: {
    status: 'not_cold_start',
    reason: {
      zh: '首场直播在 2025-11-02，已超过 30 天',
      en: 'First live 2025-11-02, over 30 days ago',
    },
  },
  items: [
    jdItem({
      packId: 'channels',
      itemId: 'benchmark.duration',
      group: { zh: '标杆案例 · 01-24', en: 'Benchmark · 01-24' },
      label: { zh: '单场时长', en: 'Session duration' },
      period: 'session',
      current: null,
      threshold: 300,
      remaining: null,
      status: 'unknown',
      reason: { zh: '还没开播', en: 'Not live yet' },
      reward: undefined,
      eta: undefined,
      provenance: undefined,
    }),
  ],
};

export const evaluation: Evaluation = {
  now: NOW,
  packVersions: { 'jd-growth': '2026.01' },
  accounts: [alibabaAccount, channelsAccount, jdAccount],
};
