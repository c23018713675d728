import { describe, expect, it } from 'vitest';
import { dyCount, dyDisplay, dyError, dyFen, dyTime } from '../../../src/platforms/douyin/values';

/** Douyin's display strings and value shapes (CONSOLES.md), in stored units. */
describe('display strings', () => {
  it.each([
    ['1小时21分5秒', 'duration', 4865],
    ['21分5秒', 'duration', 1265],
    ['2小时0分0秒', 'duration', 7200],
    ['¥45,678.90', 'money', 4567890],
    ['¥0.50', 'money', 50],
    ['12,345', 'count', 12345],
    ['1.2万', 'count', 12000],
    ['100.00%', 'percent', 100],
    ['2.60%', 'percent', 2.6],
  ] as const)('%s (%s) → %d', (raw, kind, want) => {
    expect(dyDisplay(raw, kind)).toBe(want);
  });
  it.each([
    ['--', 'count'],
    ['-', 'money'],
    ['', 'duration'],
    ['暂无', 'percent'],
    ['abc', 'count'],
    ['-3', 'count'],
  ] as const)('%j (%s) is unreadable, never 0', (raw, kind) => {
    expect(dyDisplay(raw, kind)).toBeUndefined();
  });
  it('a {unit, value} cell in a list reads by its unit', () => {
    expect(dyDisplay({ unit: 'price', value: 4567890 }, 'money')).toBe(4567890);
    expect(dyDisplay({ unit: 'time', value: 4865 }, 'duration')).toBe(4865);
    expect(dyDisplay({ unit: 'ratio', value: 0.026 }, 'percent')).toBe(2.6);
    expect(dyDisplay({ unit: 'number', value: 7 }, 'money')).toBeUndefined();
  });
});

describe('value shapes and envelopes', () => {
  it('price is fen, only when it says price', () => {
    expect(dyFen({ unit: 'price', value: 123 })).toBe(123);
    expect(dyFen(123)).toBeUndefined();
    expect(dyFen({ unit: 'number', value: 123 })).toBeUndefined();
  });
  it('counts: bare or number; never negative or NaN', () => {
    expect(dyCount({ unit: 'number', value: 5 })).toBe(5);
    expect(dyCount(5)).toBe(5);
    expect(dyCount({ unit: 'number', value: -5 })).toBeUndefined();
    expect(dyCount({ unit: 'number', value: 'NaN' })).toBeUndefined();
    expect(dyCount({ unit: 'time', value: 5 })).toBeUndefined();
  });
  it('st 0 is success; any other st is an error with its message', () => {
    expect(dyError({ st: 0, msg: '', data: {} })).toBeUndefined();
    expect(dyError({ st: 10012, msg: '当前视角与页面不匹配' })).toBe('10012 当前视角与页面不匹配');
    expect(dyError({ st: '625', msg: '达人没有直播间权限' })).toBe('625 达人没有直播间权限');
    expect(dyError({ st: 11001 })).toBe('11001');
  });
  it('list times are Beijing wall clock', () => {
    expect(dyTime('2026/03/09 19:30')).toBe('2026-03-09T11:30:00.000Z');
    expect(dyTime('2026-03-09 19:30:15')).toBe('2026-03-09T11:30:15.000Z');
    expect(dyTime(1773144000)).toBe('2026-03-10T12:00:00.000Z');
    expect(dyTime(0)).toBeUndefined();
    expect(dyTime('昨天')).toBeUndefined();
  });
});
