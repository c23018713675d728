import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DouyinPackSchema } from '../../../src/platforms/douyin/pack-schema';
import { calcIntimacy, levelProgress } from '../../../src/platforms/douyin/rules/intimacy';

/** The calculator on seed 004's rates, read from rules/douyin.json (灯牌 100, 5 min 50, ¥1 2, 抖币 2). */
const pack = DouyinPackSchema.parse(JSON.parse(readFileSync('rules/douyin.json', 'utf8')));
const rates = pack.intimacy.rates;

describe('intimacy calculator', () => {
  it('看满 30 分钟并买 ¥88 → 300 + 176 = 476', () => {
    const r = calcIntimacy(rates, { minutes: 30, yuan: 88 });
    expect(r.parts.map((p) => [p.rateId, p.points])).toEqual([
      ['2-watch', 300],
      ['3-purchase', 176],
    ]);
    expect(r.total).toBe(476);
    expect(r.text.zh).toBe('看满 30 分钟并买 ¥88 → 300 + 176 = 476 亲密度');
    expect(r.text.en).toBe('watch 30 min and buy ¥88 → 300 + 176 = 476 intimacy');
    expect(r.cap).toBeUndefined();
  });
  it('each rate of the seed', () => {
    expect(calcIntimacy(rates, { lamp: 1 }).total).toBe(100);
    expect(calcIntimacy(rates, { minutes: 5 }).total).toBe(50);
    expect(calcIntimacy(rates, { yuan: 1 }).total).toBe(2);
    expect(calcIntimacy(rates, { coins: 1 }).total).toBe(2);
    expect(calcIntimacy(rates, { lamp: 1, minutes: 10, yuan: 50, coins: 30 }).total).toBe(360);
  });
  it('whole blocks (the pack assumption): 9 min → 50, ¥88.50 → 176, 4 min → nothing', () => {
    expect(calcIntimacy(rates, { minutes: 9 }).total).toBe(50);
    expect(calcIntimacy(rates, { yuan: 88.5 }).total).toBe(176);
    expect(calcIntimacy(rates, { minutes: 4 }).total).toBe(0);
  });
  it('a seller-entered daily cap limits purchase intimacy only, and says so', () => {
    const r = calcIntimacy(rates, { minutes: 30, yuan: 88 }, { cap: 100 });
    expect([r.gross, r.total]).toEqual([476, 400]);
    expect(r.cap).toEqual({ value: 100, lost: 76, enteredBy: 'seller' });
    expect(r.text.zh).toBe(
      '看满 30 分钟并买 ¥88 → 300 + 100 = 400 亲密度（已按商家录入的每日电商上限 100 计）',
    );
  });
  it('the cap is per day: what was earned today already counts against it', () => {
    const r = calcIntimacy(rates, { yuan: 88 }, { cap: 200, earnedToday: 150 });
    expect(r.total).toBe(50);
    expect(calcIntimacy(rates, { yuan: 88 }, { cap: 200, earnedToday: 250 }).total).toBe(0);
  });
  it('a cap at exactly what is earned cuts nothing', () => {
    const r = calcIntimacy(rates, { yuan: 88 }, { cap: 176 });
    expect([r.total, r.cap?.lost]).toEqual([176, 0]);
    expect(r.text.zh).toBe('买 ¥88 → 176 亲密度');
  });
  it("the viewer's level picks the seller's cap for that level; a level without one caps nothing", () => {
    const levels = [
      { level: 1, intimacy: 0, dailyEcommerceCap: 60 },
      { level: 2, intimacy: 500 },
    ];
    expect(calcIntimacy(rates, { yuan: 88 }, { level: 1, levels }).cap).toEqual({
      value: 60,
      level: 1,
      lost: 116,
      enteredBy: 'seller',
    });
    expect(calcIntimacy(rates, { yuan: 88 }, { level: 2, levels }).total).toBe(176);
  });
  it('level progress on seller-entered thresholds, at the boundary', () => {
    const levels = [
      { level: 2, intimacy: 500 },
      { level: 1, intimacy: 0 },
      { level: 3, intimacy: 1500 },
    ];
    expect(levelProgress(499, levels)).toEqual({
      level: 1,
      next: { level: 2, need: 1 },
      enteredBy: 'seller',
    });
    expect(levelProgress(500, levels)).toEqual({
      level: 2,
      next: { level: 3, need: 1000 },
      enteredBy: 'seller',
    });
    expect(levelProgress(1500, levels).next).toBeNull();
  });
});
