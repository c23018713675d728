// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Day } from '../../../src/history/model';
import { eachDay } from '../../../src/time/calendar';
import { HistoryCharts } from '../../../src/ui/options/HistoryCharts';
import { alibabaAccount } from './fixtures';

const at = (d: string): string => `${d}T12:00:00+08:00`;
/** 40 days of 1688 history: one session a day, 80 buyers a day. */
const days: Day[] = eachDay('2026-01-01', '2026-02-09').map((d) => ({
  platform: 'alibaba',
  accountId: 'b2b-cn2001',
  day: d,
  sessions: 1,
  metrics: {
    durationSec: { value: 3600, source: 'network', at: at(d) },
    buyers: { value: 80, source: 'network', at: at(d) },
  },
}));

function mount(): HTMLElement {
  const root = document.createElement('div');
  render(
    <HistoryCharts
      platform="alibaba"
      days={days}
      span={eachDay('2026-02-01', '2026-02-10')}
      today="2026-02-10"
      metric="durationSec"
      evalAcc={alibabaAccount}
      lang="zh"
    />,
    root,
  );
  return root;
}

describe('history charts', () => {
  it('use their own lp-chart classes only, so popup rules like .bar cannot reach them', () => {
    const root = mount();
    const classes = [...root.querySelectorAll('svg [class]')].flatMap((e) =>
      (e.getAttribute('class') ?? '').split(/\s+/),
    );
    expect(classes.length).toBeGreaterThan(10);
    expect(classes.filter((c) => !c.startsWith('lp-chart'))).toEqual([]);
    // Bars are full height: 1 h each on a 0…1 h axis (base 60 → ticks in minutes).
    const bars = [...root.querySelectorAll('[data-testid="chart-daily"] rect.lp-chart-bar')];
    expect(bars).toHaveLength(9);
    expect(Number(bars[0]!.getAttribute('height'))).toBeGreaterThan(100);
    // 02-10 has no record: a hollow mark, not a bar.
    expect(root.querySelectorAll('[data-testid="chart-daily"] .lp-chart-unknown')).toHaveLength(1);
  });

  it('1688 sessions and buyers get a panel and an axis each, with their own threshold', () => {
    const root = mount();
    const sessions = root.querySelector('[data-testid="chart-rolling-sessions"]')!;
    const buyers = root.querySelector('[data-testid="chart-rolling-buyers"]')!;
    expect(sessions.querySelectorAll('.lp-chart-line')).toHaveLength(1);
    expect(buyers.querySelectorAll('.lp-chart-line')).toHaveLength(1);
    // Window of 02-10 = 01-11 … 02-09: 30 sessions, 2400 buyers; thresholds 5 and 50.
    const ticks = (svg: Element) =>
      [...svg.querySelectorAll('text.lp-chart-tick')].map((t) => t.textContent).slice(0, 4);
    expect(ticks(sessions)).toEqual(['0', '10 场', '20 场', '30 场']);
    expect(ticks(buyers)).toEqual(['0', '1,000 人', '2,000 人', '3,000 人']);
    expect(sessions.querySelector('.lp-chart-target text')?.textContent).toBe('≥ 5 场');
    expect(buyers.querySelector('.lp-chart-target text')?.textContent).toBe('≥ 50 人');
  });

  it('every chart has a legend and a table with the values', () => {
    const root = mount();
    const fig = root.querySelector('[data-testid="figure-rolling-buyers"]')!;
    expect(fig.querySelector('.lp-chart-legend')?.textContent).toBe(
      '近30天买家数达人主播门槛 50 人',
    );
    const rows = [...fig.querySelectorAll('tbody tr')].map((r) =>
      [...r.children].map((c) => c.textContent),
    );
    expect(rows[0]).toEqual(['2026-02-10', '2,400 人']);
    expect(rows).toHaveLength(10);
    const daily = root.querySelector('[data-testid="figure-daily"]')!;
    expect(daily.querySelector('tbody tr')?.textContent).toContain('无记录');
  });
});
