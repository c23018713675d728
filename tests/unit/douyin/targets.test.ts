import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Day, Session } from '../../../src/history/model';
import { dayNumOf } from '../../../src/time/beijing';
import { indexHistory } from '../../../src/rules/history-index';
import { DouyinPackSchema } from '../../../src/platforms/douyin/pack-schema';
import { evaluateDouyin } from '../../../src/platforms/douyin/rules/evaluate';
import type { DouyinTarget } from '../../../src/platforms/douyin/settings';
import { day, history, liveSession, m } from './helpers';

/**
 * Douyin seller targets through the 视频号 target evaluator: boundary, pace/ETA mid-stream,
 * Asia/Shanghai periods (the unit suite runs under three machine time zones).
 */
const pack = DouyinPackSchema.parse(JSON.parse(readFileSync('rules/douyin.json', 'utf8')));

function evalAt(now: string, targets: DouyinTarget[], days: Day[], sessions: Session[] = []) {
  const acc = indexHistory(history(days, sessions))[0];
  if (!acc) throw new Error('no account');
  const nowMs = Date.parse(now);
  return evaluateDouyin(pack, acc, { douyinTargets: targets }, dayNumOf(nowMs), nowMs).items;
}

const target = (o: Partial<DouyinTarget>): DouyinTarget => ({
  id: 'club',
  label: '新加直播团',
  metric: 'clubLive',
  threshold: 50,
  period: 'session',
  reward: '直播间流量券',
  ...o,
});

const LIVE_AT = '2026-03-10T21:00:00+08:00';
const liveWith = (clubLive: number, clubShop = 0) =>
  liveSession(
    '7481234567890123456',
    '2026-03-10T20:00:00+08:00',
    m({ clubLive, clubShop }, LIVE_AT),
  );

describe('Douyin targets', () => {
  it('exactly at the threshold is done; one below is not', () => {
    const [at] = evalAt(LIVE_AT, [target({})], [], [liveWith(50)]);
    expect([at?.status, at?.current, at?.remaining, at?.unit]).toEqual(['done', 50, 0, 'members']);
    const [below] = evalAt(LIVE_AT, [target({})], [], [liveWith(49)]);
    expect(below?.status).not.toBe('done');
    expect([below?.current, below?.remaining]).toEqual([49, 1]);
  });
  it('the two clubs are distinct metrics: 购物团 joins never count for a 直播团 target', () => {
    const items = evalAt(
      LIVE_AT,
      [target({}), target({ id: 'shop', metric: 'clubShop', threshold: 10 })],
      [],
      [liveWith(5, 80)],
    );
    expect(items.map((i) => [i.itemId, i.current, i.status])).toEqual([
      ['growth-club', 5, 'behind'], // 45 more at 5 an hour: after midnight,
      ['growth-shop', 80, 'done'],
    ]);
  });
  it('pace and ETA mid-stream: 20 joins in the first hour, 30 to go → 22:30', () => {
    const [it0] = evalAt(LIVE_AT, [target({})], [], [liveWith(20)]);
    expect([it0?.status, it0?.remaining, it0?.eta]).toEqual([
      'on_track',
      30,
      '2026-03-10T22:30:00+08:00',
    ]);
    expect(it0?.group).toEqual({ zh: '商家目标', en: 'Seller targets' });
    expect(it0?.reward?.text.zh).toBe('直播间流量券');
  });
  it('an ETA past the period end is behind, with no ETA', () => {
    const [late] = evalAt(LIVE_AT, [target({ threshold: 200 })], [], [liveWith(20)]);
    expect([late?.status, late?.eta]).toEqual(['behind', undefined]);
  });
  it('a day target counts the Beijing day: 23:59:59 done, 00:00 the next day starts again', () => {
    const t = target({ id: 'gmv', metric: 'gmvFen', threshold: 100_000, period: 'day' });
    const d = [day('2026-03-10', m({ gmvFen: 100_000 }, '2026-03-10T23:00:00+08:00'))];
    const [before] = evalAt('2026-03-10T23:59:59+08:00', [t], d);
    expect([before?.status, before?.deadline?.at]).toEqual(['done', '2026-03-11T00:00:00+08:00']);
    const [after] = evalAt('2026-03-11T00:00:00+08:00', [t], d);
    expect([after?.current, after?.status, after?.deadline?.at]).toEqual([
      0,
      'behind',
      '2026-03-12T00:00:00+08:00',
    ]);
  });
  it('a week target sums Monday–Sunday Beijing days, with the per-day need', () => {
    const t = target({ id: 'wk', metric: 'clubShop', threshold: 30, period: 'week' });
    const at = '2026-03-10T12:00:00+08:00';
    const d = [
      day('2026-03-08', m({ clubShop: 10 }, at)), // Sunday: last week
      day('2026-03-09', m({ clubShop: 5 }, at)),
      day('2026-03-10', m({ clubShop: 7 }, at)),
    ];
    const [wk] = evalAt('2026-03-10T12:00:00+08:00', [t], d);
    expect([wk?.current, wk?.daysLeft, wk?.perDay, wk?.deadline?.at]).toEqual([
      12,
      6,
      3,
      '2026-03-16T00:00:00+08:00',
    ]);
  });
  it('a month target starts on the 1st, Beijing time', () => {
    const t = target({ id: 'mo', metric: 'newFans', threshold: 1000, period: 'month' });
    const d = [
      day('2026-02-28', m({ newFans: 400 }, '2026-02-28T22:00:00+08:00')),
      day('2026-03-01', m({ newFans: 150 }, '2026-03-01T22:00:00+08:00')),
    ];
    const [mo] = evalAt('2026-03-01T00:30:00+08:00', [t], d);
    expect([mo?.current, mo?.daysLeft, mo?.unit]).toEqual([150, 31, 'fans']);
  });
  it('the pack assumptions travel with the outcome', () => {
    const acc = indexHistory(history([]))[0]!;
    const out = evaluateDouyin(pack, acc, {}, dayNumOf(Date.parse(LIVE_AT)), Date.parse(LIVE_AT));
    expect(out.items).toEqual([]);
    expect(out.assumptions.map((a) => a.id)).toContain('caps-levels-entered-by-seller');
  });
});

describe('Douyin target labels name the club', () => {
  it('直播团 / 购物团 before the seller label; a blank label is the club alone', () => {
    const items = evalAt(
      LIVE_AT,
      [
        target({}),
        target({ id: 'shop', metric: 'clubShop', label: '' }),
        target({ id: 'gmv', metric: 'gmvFen', label: '冲榜', threshold: 100 }),
      ],
      [],
      [liveWith(5, 8)],
    );
    expect(items.map((i) => i.label)).toEqual([
      { zh: '直播团 · 新加直播团', en: 'live fan club · 新加直播团' },
      { zh: '购物团', en: 'shopping fan club' },
      { zh: '冲榜', en: '冲榜' },
    ]);
  });
});
