import { describe, expect, it } from 'vitest';
import {
  deadlineTexts,
  etaText,
  formatDuration,
  formatMoney,
  formatValue,
  freshnessText,
  progressText,
  remainingText,
  rewardText,
  statusText,
} from '../../../src/ui/format';
import { jdAccount, jdItem, NOW } from './fixtures';

const [duration, dau, gmv, monthly] = jdAccount.items;

describe('durations from minutes', () => {
  it.each([
    [90, '1小时30分', '1 h 30 m'],
    [240, '4小时', '4 h'],
    [45, '45分钟', '45 m'],
    [0, '0分钟', '0 m'],
    [7200, '120小时', '120 h'],
  ])('%d min', (min, zh, en) => {
    expect(formatDuration(min, 'zh')).toBe(zh);
    expect(formatDuration(min, 'en')).toBe(en);
  });

  it('rounds what is still needed up: 40 h over 9 days is 4小时27分 per day', () => {
    expect(formatDuration(2400 / 9, 'zh', 'up')).toBe('4小时27分');
    expect(formatDuration(89.2, 'en', 'up')).toBe('1 h 30 m');
  });
});

describe('money from fen', () => {
  it.each([
    [1_520_000, '¥1.52万', '¥15,200'],
    [320_000, '¥3,200', '¥3,200'],
    [45_000_000, '¥45万', '¥450,000'],
    [300_000_000_00, '¥3亿', '¥300,000,000'],
    [1250, '¥12.5', '¥12.5'],
  ])('%d fen', (fen, zh, en) => {
    expect(formatMoney(fen, 'zh')).toBe(zh);
    expect(formatMoney(fen, 'en')).toBe(en);
  });
});

describe('counts', () => {
  it('viewers, sessions, buyers', () => {
    expect(formatValue(180, 'viewers', 'zh')).toBe('180 人');
    expect(formatValue(180, 'viewers', 'en')).toBe('180 viewers');
    expect(formatValue(30_000, 'viewers', 'zh')).toBe('3万 人');
    expect(formatValue(30_000, 'viewers', 'en')).toBe('30,000 viewers');
    expect(formatValue(2, 'sessions', 'zh')).toBe('2 场');
    expect(formatValue(8, 'buyers', 'en')).toBe('8 buyers');
  });
});

describe('item phrases (DOMAIN §1 worked example)', () => {
  it('remaining in seller words', () => {
    expect(remainingText(duration!, 'zh')).toBe('还差 1小时30分');
    expect(remainingText(duration!, 'en')).toBe('1 h 30 m to go');
    expect(remainingText(gmv!, 'zh')).toBe('还差 ¥3,200');
    expect(remainingText(dau!, 'zh')).toBe('还差 180 人');
    expect(remainingText(dau!, 'en')).toBe('180 viewers to go');
    expect(remainingText(monthly!, 'zh')).toBe('还差 40小时');
    expect(remainingText(jdItem({ itemId: 'x', current: null, remaining: null }), 'zh')).toBeNull();
  });

  it('progress current / target', () => {
    expect(progressText(duration!, 'zh')).toBe('2小时30分 / 4小时');
    expect(progressText(gmv!, 'en')).toBe('¥11,800 / ¥15,000');
    expect(progressText(gmv!, 'zh')).toBe('¥1.18万 / ¥1.5万');
  });

  it('ETA on the Beijing clock, or 今天来不及了', () => {
    expect(etaText(duration!, 'zh', NOW)).toBe('按当前速度 16:30 达成');
    expect(etaText(duration!, 'en', NOW)).toBe('At this pace: reached at 16:30');
    const late = jdItem({ itemId: 'x', status: 'unreachable_today', eta: undefined });
    expect(etaText(late, 'zh', NOW)).toBe('今天来不及了');
    expect(etaText(late, 'en', NOW)).toBe('Not reachable today');
    const later = jdItem({ itemId: 'y', eta: '2026-01-27T10:00:00+08:00' });
    expect(etaText(later, 'zh', NOW)).toBe('按当前速度 01-27 10:00 达成');
    expect(etaText(jdItem({ itemId: 'z', status: 'done' }), 'zh', NOW)).toBeNull();
  });

  it('monthly deadline and per-day need', () => {
    expect(deadlineTexts(monthly!, 'zh')).toEqual([
      '距数据截止还剩 9 天（含今天）',
      '每天需 4小时27分',
    ]);
    expect(deadlineTexts(monthly!, 'en')).toEqual([
      '9 days left to the data cutoff (today included)',
      '4 h 27 m needed per day',
    ]);
  });

  it('reward', () => {
    expect(rewardText(duration!, 'zh')).toBe('奖励 300 pv');
    expect(rewardText(duration!, 'en')).toBe('Reward 300 pv');
  });
});

describe('freshness and source', () => {
  it.each([
    ['network', '2 分钟前 · 页面数据', '2 min ago · page data'],
    ['dom', '2 分钟前 · 页面显示', '2 min ago · on screen'],
    ['backfill', '2 分钟前 · 历史回填', '2 min ago · backfilled'],
    ['manual', '2 分钟前 · 手动录入', '2 min ago · entered by hand'],
  ] as const)('%s', (source, zh, en) => {
    const p = { source, at: '2026-01-20T14:58:00+08:00' };
    expect(freshnessText(p, 'zh', NOW)).toBe(zh);
    expect(freshnessText(p, 'en', NOW)).toBe(en);
  });

  it('just now, hours, estimated', () => {
    expect(freshnessText({ source: 'network', at: NOW }, 'zh', NOW)).toBe('刚刚 · 页面数据');
    const old = { source: 'backfill' as const, at: '2026-01-20T12:00:00+08:00', estimated: true };
    expect(freshnessText(old, 'zh', NOW)).toBe('3 小时前 · 历史回填 · 估算');
    expect(freshnessText(old, 'en', NOW)).toBe('3 h ago · backfilled · estimated');
  });
});

describe('status texts', () => {
  it.each([
    ['done', '已达成', 'Done'],
    ['on_track', '进度正常', 'On track'],
    ['behind', '落后进度', 'Behind pace'],
    ['unreachable_today', '今天来不及了', 'Not reachable today'],
    ['unknown', '数据未知', 'Unknown'],
    ['not_applicable', '不适用', 'Not applicable'],
    ['excluded', '不计入', 'Not counted'],
  ] as const)('%s', (s, zh, en) => {
    expect(statusText(s, 'zh')).toBe(zh);
    expect(statusText(s, 'en')).toBe(en);
  });
});
