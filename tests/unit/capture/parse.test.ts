import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatCount,
  formatDuration,
  formatMoney,
} from '../../harness/console-format';
import {
  parseAuto,
  parseCount,
  parseDuration,
  parseMedal,
  parseMoney,
  parsePercent,
  parseScore,
  parseValue,
  MAX_READ_VALUE,
  type Parsed,
} from '../../../src/capture/parse';
import { MAX_METRIC_VALUE } from '../../../src/history/model';

const value = (p: Parsed): number | string => (p.ok ? p.value : p.reason);

const COUNTS: [string, number | string][] = [
  ['12345', 12345],
  ['12,345', 12345],
  ['1,234,567', 1234567],
  ['0', 0],
  ['7', 7],
  ['1.5w', 15000],
  ['1.5W', 15000],
  ['1.5万', 15000],
  ['1.52万', 15200],
  ['10万+', 100000],
  ['3亿', 300000000],
  ['1.2亿', 120000000],
  ['1.2k', 1200],
  ['3K', 3000],
  ['2千', 2000],
  ['356人', 356],
  ['1,024人次', 1024],
  ['95单', 95],
  ['12场', 12],
  [' 4,821 ', 4821],
  ['４８２１', 4821],
  ['１．５万', 15000],
  ['4\u00a0821', 4821],
  ['1.5 万', 15000],
  ['88笔', 88],
  ['--', 'empty'],
  ['-', 'empty'],
  ['暂无', 'empty'],
  ['暂无数据', 'empty'],
  ['', 'empty'],
  ['—', 'empty'],
  ['N/A', 'empty'],
  ['-5', 'negative'],
  ['abc', 'unreadable'],
  ['1.2.3', 'unreadable'],
  ['12%', 'unreadable'],
  ['¥12', 'unreadable'],
  ['NaN', 'unreadable'],
  ['Infinity', 'unreadable'],
  ['1e5', 'unreadable'],
];

const MONEY: [string, number | string][] = [
  ['¥12,345.67', 1234567],
  ['￥12,345.67', 1234567],
  ['12345.67', 1234567],
  ['¥0.01', 1],
  ['¥1.52万', 1520000],
  ['1.52万元', 1520000],
  ['3.2亿', 32000000000],
  ['¥ 3,200', 320000],
  ['3200元', 320000],
  ['¥23,456.00', 2345600],
  ['1.5w', 1500000],
  ['RMB 88', 8800],
  ['¥--', 'unreadable'],
  ['--', 'empty'],
  ['暂无', 'empty'],
  ['¥-12', 'negative'],
  ['十二元', 'unreadable'],
];

const DURATIONS: [string, number | string][] = [
  ['04:12:30', 15150],
  ['4:12', 15120],
  ['00:45:00', 2700],
  ['12:00:05', 43205],
  ['0:05', 300],
  ['4小时12分', 15120],
  ['4小时12分钟', 15120],
  ['4小时12分30秒', 15150],
  ['4小时', 14400],
  ['12分30秒', 750],
  ['45秒', 45],
  ['4h12m', 15120],
  ['4h 12m 30s', 15150],
  ['252分钟', 15120],
  ['1.5h', 5400],
  ['1.5小时', 5400],
  ['90min', 5400],
  ['90m', 5400],
  ['--', 'empty'],
  ['暂无', 'empty'],
  ['4:75', 'unreadable'],
  ['abc', 'unreadable'],
  ['-3分钟', 'negative'],
];

describe('parse: real-looking console strings', () => {
  it.each(COUNTS)('count %j → %j', (raw, want) => expect(value(parseCount(raw))).toBe(want));
  it.each(MONEY)('money %j → %j fen', (raw, want) => expect(value(parseMoney(raw))).toBe(want));
  it.each(DURATIONS)('duration %j → %j s', (raw, want) =>
    expect(value(parseDuration(raw))).toBe(want),
  );

  it('reads bare numbers with the unit a label gives', () => {
    expect(value(parseValue('252', 'duration', 'minutes'))).toBe(15120);
    expect(value(parseValue('4.2', 'duration', 'hours'))).toBe(15120);
    expect(value(parseValue('252', 'duration'))).toBe('unreadable');
    expect(value(parseValue('12.3', 'money', 'wanYuan'))).toBe(12300000);
    expect(value(parseValue('1234567', 'money', 'fen'))).toBe(1234567);
  });

  it('percent, score and medal', () => {
    expect(value(parsePercent('12.5%'))).toBe(12.5);
    expect(value(parsePercent('-3.2%'))).toBe(-3.2);
    expect(value(parsePercent('０.８％'))).toBe(0.8);
    expect(value(parsePercent('12.5'))).toBe('unreadable');
    expect(value(parseScore('4.8'))).toBe(4.8);
    expect(value(parseScore('4.6分'))).toBe(4.6);
    expect(value(parseScore('6.1'))).toBe('unreadable');
    expect(value(parseMedal('交易勋章-3级'))).toBe(3);
    expect(value(parseMedal('AAA'))).toBe(3);
    expect(value(parseMedal('2A'))).toBe(2);
    expect(value(parseMedal('--'))).toBe('empty');
  });

  it('guesses the kind from the string', () => {
    expect(value(parseAuto('¥1.52万'))).toBe(1520000);
    expect(value(parseAuto('4小时12分'))).toBe(15120);
    expect(value(parseAuto('12.5%'))).toBe(12.5);
    expect(value(parseAuto('1.5万'))).toBe(15000);
  });

  it('reports the printed resolution as step', () => {
    expect(parseCount('1.52万')).toEqual({ ok: true, value: 15200, step: 100 });
    expect(parseMoney('¥12,345.67')).toEqual({ ok: true, value: 1234567, step: 1 });
    expect(parseDuration('4:12')).toEqual({ ok: true, value: 15120, step: 60 });
  });

  it('covers at least 80 strings', () => {
    expect(COUNTS.length + MONEY.length + DURATIONS.length).toBeGreaterThanOrEqual(80);
  });
});

describe('parse: absurd values are unreadable, never stored', () => {
  const huge = '9'.repeat(400);

  it('uses the same bound as the history model', () => {
    expect(MAX_READ_VALUE).toBe(MAX_METRIC_VALUE);
    expect(MAX_READ_VALUE).toBe(1e13);
  });

  it('refuses infinite durations (a 400-digit number with a unit)', () => {
    expect(value(parseDuration(`${huge}小时`))).toBe('absurd');
    expect(value(parseDuration(`${huge}秒`))).toBe('absurd');
    expect(value(parseDuration(huge, 'minutes'))).toBe('absurd');
    expect(value(parseDuration(`${huge}:00`))).toBe('absurd');
  });

  it('refuses values above 1e13 in the stored unit, keeps the bound itself', () => {
    expect(value(parseCount(huge))).toBe('absurd');
    expect(value(parseCount('10000000000001'))).toBe('absurd');
    expect(value(parseCount('10000000000000'))).toBe(1e13);
    expect(value(parseCount('2000000亿'))).toBe('absurd'); // 2e14
    expect(value(parseMoney(`¥${huge}`))).toBe('absurd');
    expect(value(parseMoney('¥100,000,000,000.00'))).toBe(1e13); // 1e11 yuan = 1e13 fen
    expect(value(parseMoney('¥100,000,000,000.01'))).toBe('absurd');
    expect(value(parseMoney('1.5亿'))).toBe(15000000000);
    expect(value(parseMoney('15000000', 'wanYuan'))).toBe('absurd'); // 1.5e13 fen
    expect(value(parseMoney('20000000亿'))).toBe('absurd');
    expect(value(parseDuration('2777777778小时'))).toBe('absurd'); // 1.0000000001e13 s
    expect(value(parseDuration('2777777777小时'))).toBe(9999999997200);
  });

  it('negative values stay unreadable in every stored kind', () => {
    expect(value(parseCount('-1'))).toBe('negative');
    expect(value(parseMoney('-0.01'))).toBe('negative');
    expect(value(parseDuration('-1:00'))).toBe('negative');
    expect(value(parsePercent(`${huge}%`))).toBe('absurd');
  });
});

describe('parse: properties', () => {
  const anyString = fc.oneof(
    fc.string(),
    fc.stringMatching(/^[¥\d.,万亿wWkK%:小时分钟秒hms+-]{0,12}$/),
  );

  it('never returns NaN, infinity, a negative or an absurd value', () => {
    const longNumbers = fc.stringMatching(/^[¥\d]{1,3}\d{10,40}(万|亿|小时|分钟|秒|元)?$/);
    fc.assert(
      fc.property(fc.oneof(anyString, longNumbers), (s) => {
        for (const p of [
          parseCount(s),
          parseMoney(s),
          parseDuration(s),
          parseDuration(s, 'hours'),
        ]) {
          if (p.ok) {
            expect(Number.isFinite(p.value)).toBe(true);
            expect(p.value).toBeLessThanOrEqual(1e13);
            expect(p.value).toBeGreaterThanOrEqual(0);
            expect(Number.isInteger(p.value)).toBe(true);
          }
        }
      }),
    );
  });

  it('round-trips counts within the printed resolution', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9e12 }), (n) => {
        const p = parseCount(formatCount(n));
        expect(p.ok).toBe(true);
        if (p.ok) expect(Math.abs(p.value - n)).toBeLessThanOrEqual(p.step / 2 + 1);
        if (n < 1e4 && p.ok) expect(p.value).toBe(n);
      }),
    );
  });

  it('round-trips money (fen) within the printed resolution', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9e12 }), (fen) => {
        const p = parseMoney(formatMoney(fen));
        expect(p.ok).toBe(true);
        if (p.ok) expect(Math.abs(p.value - fen)).toBeLessThanOrEqual(p.step / 2 + 1);
        if (fen < 10_000 && p.ok) expect(p.value).toBe(fen);
      }),
    );
  });

  it('round-trips durations: exact for the clock, to the minute for 小时分', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 3600 }), (sec) => {
        expect(value(parseDuration(formatClock(sec)))).toBe(sec);
        const p = parseDuration(formatDuration(sec));
        expect(p.ok).toBe(true);
        if (p.ok) expect(Math.abs(p.value - sec)).toBeLessThanOrEqual(30);
      }),
    );
  });
});
