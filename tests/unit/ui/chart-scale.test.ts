import { describe, expect, it } from 'vitest';
import { linePath } from '../../../src/ui/charts/LineChart';
import { dayTicks, niceScale, spreadLabels, tickBase } from '../../../src/ui/charts/scale';
import { dailyTable, seriesTable } from '../../../src/ui/charts/table';

describe('chart scales', () => {
  it('nice axis tops and ticks cover the largest value', () => {
    expect(niceScale(2480)).toEqual({ top: 3000, ticks: [0, 1000, 2000, 3000] });
    expect(niceScale(300)).toEqual({ top: 300, ticks: [0, 100, 200, 300] });
    expect(niceScale(9.5)).toEqual({ top: 10, ticks: [0, 2.5, 5, 7.5, 10] });
  });

  it('counts never step by a fraction', () => {
    expect(niceScale(3, 4, true)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(niceScale(28, 4, true)).toEqual({ top: 30, ticks: [0, 10, 20, 30] });
  });

  it('durations never step by half hours', () => {
    // 8 h 30 min: 0, 3, 6, 9 h rather than 0, 2 h 30 min, 5 h, 7 h 30 min, 10 h.
    expect(niceScale(30_600, 4, false, 3600).ticks).toEqual([0, 10_800, 21_600, 32_400]);
  });

  it('day labels: every 5th of 30 days and always the last (today)', () => {
    expect(dayTicks(30)).toEqual([0, 5, 10, 15, 20, 25, 29]);
    // 28 days: 25 would crowd 27, so the last replaces it.
    expect(dayTicks(28)).toEqual([0, 5, 10, 15, 20, 27]);
    expect(dayTicks(2)).toEqual([0, 1]);
    expect(dayTicks(0)).toEqual([]);
  });

  it('durations step in whole hours', () => {
    // 4 h target and a 5 h 10 min day: 0, 2, 4, 6 hours in seconds.
    expect(tickBase('durationSec', 18_600)).toBe(3600);
    expect(niceScale(18_600, 4, false, 3600)).toEqual({
      top: 21_600,
      ticks: [0, 7200, 14_400, 21_600],
    });
    expect(tickBase('durationSec', 1800)).toBe(60);
    expect(tickBase('dau', 18_600)).toBe(1);
  });

  it('nothing known is an empty axis, not a scale of zeros', () => {
    expect(niceScale(0)).toEqual({ top: 1, ticks: [0] });
    expect(niceScale(Number.NaN)).toEqual({ top: 1, ticks: [0] });
  });

  it('threshold labels are spread so they never overprint, order kept', () => {
    expect(spreadLabels([55, 50], 13, 20, 166)).toEqual([63, 50]);
    expect(spreadLabels([100, 30], 13, 20, 166)).toEqual([100, 30]);
    // Both near the bottom: pushed up from the bottom edge instead of off the chart.
    expect(spreadLabels([160, 165], 13, 20, 166)).toEqual([153, 166]);
    // Above the top edge: clamped into the plot.
    expect(spreadLabels([2], 13, 20, 166)).toEqual([20]);
  });
});

describe('chart paths and tables', () => {
  const x = (i: number): number => i * 10;
  const y = (v: number): number => 100 - v;

  it('a null breaks the line rather than dropping to zero', () => {
    expect(linePath([1, 2, null, 4], x, y)).toBe('M0.0,99.0L10.0,98.0M30.0,96.0');
  });

  const words = {
    day: '日期',
    metric: '直播时长',
    target: '目标',
    status: '状态',
    met: '达标',
    notMet: '未达标',
    unknown: '无记录',
  };
  const fmt = (v: number): string => `${v / 3600}小时`;

  it('the daily table says met / not met in words, newest first, unknown as 无记录', () => {
    const t = dailyTable(
      ['2026-01-01', '2026-01-02', '2026-01-03'],
      [14_400, null, 7200],
      fmt,
      words,
      14_400,
    );
    expect(t.head).toEqual(['日期', '直播时长', '目标', '状态']);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['2026-01-03', '2小时', '4小时', '未达标'],
      ['2026-01-02', '无记录', '4小时', '无记录'],
      ['2026-01-01', '4小时', '4小时', '达标'],
    ]);
  });

  it('without a target the table has only day and value', () => {
    const t = dailyTable(['2026-01-01'], [3600], fmt, words);
    expect(t).toEqual({
      head: ['日期', '直播时长'],
      rows: [{ key: '2026-01-01', cells: ['2026-01-01', '1小时'] }],
    });
  });

  it('series table: one column per series', () => {
    const t = seriesTable(
      ['2026-01-01', '2026-01-02'],
      '日期',
      [{ name: '近30天直播场次', values: [null, 12], fmt: (v) => `${v} 场` }],
      '无记录',
    );
    expect(t.head).toEqual(['日期', '近30天直播场次']);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['2026-01-02', '12 场'],
      ['2026-01-01', '无记录'],
    ]);
  });
});
