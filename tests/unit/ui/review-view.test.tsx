// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { SessionReview } from '../../../src/messaging/schemas/insight';
import type { Lang } from '../../../src/ui/i18n';
import { ReviewBody } from '../../../src/ui/options/Review';

const at = (iso: string): number => Date.parse(iso);
const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const review: SessionReview = {
  sessionId: 'eve',
  start: '2026-01-20T20:00:00+08:00',
  end: '2026-01-20T22:15:00+08:00',
  finals: { gmvFen: 1_200_000, durationSec: 8_100 },
  series: {
    gmvFen: [
      [at('2026-01-20T21:00:00+08:00'), 500_000],
      [at('2026-01-20T22:15:00+08:00'), 1_200_000],
    ],
  },
  targets: [
    {
      id: 'daily.gmv',
      packId: 'jd-growth',
      label: { zh: '日成交GMV', en: 'Daily GMV' },
      metric: 'gmvFen',
      threshold: 1_000_000,
      base: 0,
      reachedAtMs: at('2026-01-20T21:58:00+08:00'),
      missedBy: 0,
    },
    {
      id: 'daily.duration',
      packId: 'jd-growth',
      label: { zh: '直播时长', en: 'Live duration' },
      metric: 'durationSec',
      threshold: 14_400,
      base: 0,
      reachedAtMs: null,
      missedBy: 6_300,
    },
  ],
  comparisons: [
    { metric: 'durationSec', value: 8_100, median: 7_200, change: 0.125 },
    { metric: 'gmvFen', value: 1_200_000, median: 1_000_000, change: 0.2 },
  ],
  compared: 7,
  plans: [
    {
      itemId: 'cycle.duration',
      label: { zh: '直播总时长', en: 'Total live duration' },
      unit: 'minutes',
      plan: { even: { days: [day('2026-01-27'), day('2026-01-28')], perDay: 267 }, usual: null },
    },
  ],
};

function mount(lang: Lang, r = review): HTMLElement {
  const root = document.createElement('div');
  render(<ReviewBody r={r} lang={lang} platform="jd" />, root);
  return root;
}
const texts = (root: Element, sel: string): string[] =>
  [...root.querySelectorAll(sel)].map((e) => (e.textContent ?? '').trim());

describe('post-live review', () => {
  it('zh: session, reached at HH:MM or missed by, against the median, the plans now', () => {
    const root = mount('zh');
    expect(texts(root, '[data-testid=review-title]')).toEqual(['01-20 20:00–22:15 · 2小时15分']);
    expect(texts(root, '[data-testid=review-targets] li')).toEqual([
      '日成交GMV ≥ ¥1万：21:58 达成',
      '直播时长 ≥ 4小时：差 1小时45分',
    ]);
    expect(texts(root, '[data-testid=review-compare] li')).toEqual([
      '直播时长 2小时15分 · 中位数 2小时 · +13%',
      '成交金额 ¥1.2万 · 中位数 ¥1万 · +20%',
    ]);
    expect(texts(root, '[data-testid=review-plans] li')).toEqual([
      '直播总时长：每天 4小时27分 到 01-28',
    ]);
    // The GMV curve is drawn with the target line at ¥1万; duration has no series, no chart.
    const chart = root.querySelector('[data-testid=review-chart-gmvFen]')!;
    expect(chart.querySelector('.lp-chart-target')?.getAttribute('data-target')).toBe('1000000');
    expect(root.querySelector('[data-testid=review-chart-durationSec]')).toBeNull();
  });

  it('en: the same review', () => {
    const root = mount('en');
    expect(texts(root, '[data-testid=review-title]')).toEqual(['01-20 20:00–22:15 · 2 h 15 m']);
    expect(texts(root, '[data-testid=review-targets] li')).toEqual([
      'Daily GMV ≥ ¥10,000: reached at 21:58',
      'Live duration ≥ 4 h: missed by 1 h 45 m',
    ]);
    expect(texts(root, '[data-testid=review-compare] li')).toEqual([
      'Live duration 2 h 15 m · median 2 h · +13%',
      'GMV ¥12,000 · median ¥10,000 · +20%',
    ]);
  });

  it('the heading names how many sessions the median is of, and a first session says so', () => {
    expect(
      mount('zh').querySelector('[data-testid=review-compare]')?.previousElementSibling
        ?.textContent,
    ).toBe('与近 7 场中位数相比');
    const first = mount('zh', { ...review, compared: 0 });
    expect(
      first.querySelector('[data-testid=review-compare]')?.previousElementSibling?.textContent,
    ).toBe('本场数据（还没有更早的场次可比）');
  });
});
