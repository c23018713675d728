import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DouyinPackSchema } from '../../../src/platforms/douyin/pack-schema';
import { DouyinSettingsSchema } from '../../../src/platforms/douyin/settings';

const raw: unknown = JSON.parse(readFileSync('rules/douyin.json', 'utf8'));

describe('rules/douyin.json', () => {
  it('parses, round-trips, ids unique and sorted', () => {
    const pack = DouyinPackSchema.parse(raw);
    expect(JSON.parse(JSON.stringify(pack))).toEqual(raw);
    const ids = pack.intimacy.rates.map((r) => r.id);
    expect(ids).toEqual([...new Set(ids)].sort());
    expect(pack.source.seed).toBe('004');
  });
  it("holds seed 004's rates, nothing invented", () => {
    const pack = DouyinPackSchema.parse(raw);
    expect(pack.intimacy.rates.map((r) => [r.unit, r.per, r.points])).toEqual([
      ['lamp', 1, 100],
      ['minutes', 5, 50],
      ['yuan', 1, 2],
      ['coins', 1, 2],
    ]);
    expect(JSON.stringify(raw)).not.toMatch(/"(dailyEcommerceCap|threshold)"/);
  });
  it('a bad edit fails with its path', () => {
    const bad = structuredClone(raw) as { intimacy: { rates: { points: unknown }[] } };
    bad.intimacy.rates[1]!.points = '50';
    const r = DouyinPackSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['intimacy', 'rates', 1, 'points']);
  });
});

describe('Douyin account settings', () => {
  const target = {
    id: 't1',
    label: '直播团',
    metric: 'clubLive',
    threshold: 50,
    period: 'session',
    reward: '流量券',
  };
  it('targets name their club; levels name theirs', () => {
    const s = DouyinSettingsSchema.parse({
      douyinTargets: [target, { ...target, id: 't2', metric: 'clubShop' }],
      douyinLevels: { club: 'shop', levels: [{ level: 1, intimacy: 0, dailyEcommerceCap: 300 }] },
    });
    expect(s.douyinTargets?.map((t) => t.metric)).toEqual(['clubLive', 'clubShop']);
  });
  it('refuses unknown metrics and clubs, zero thresholds and stray fields', () => {
    const bad = [
      { douyinTargets: [{ ...target, metric: 'online' }] },
      { douyinTargets: [{ ...target, threshold: 0 }] },
      { douyinTargets: [{ ...target, extra: 1 }] },
      { douyinLevels: { club: 'vip', levels: [] } },
      { douyinLevels: { club: 'live', levels: [{ level: 1, intimacy: -1 }] } },
    ];
    for (const b of bad)
      expect(DouyinSettingsSchema.safeParse(b).success, JSON.stringify(b)).toBe(false);
  });
});
