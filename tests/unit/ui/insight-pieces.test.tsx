// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { AccountInsight } from '../../../src/messaging/schemas/insight';
import { AccountCard } from '../../../src/ui/components/AccountCard';
import type { Lang } from '../../../src/ui/i18n';
import { jdAccount, NOW } from './fixtures';

/** Beijing day numbers of 2026-01-20 (a Tuesday) … 2026-01-28 (the fixture's data cutoff). */
const day = (iso: string): number =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8)) / 86_400_000;
const range = (a: string, b: string): number[] => {
  const out: number[] = [];
  for (let d = day(a); d <= day(b); d++) out.push(d);
  return out;
};

const insight: AccountInsight = {
  platform: 'jd',
  accountId: jdAccount.accountId,
  live: {
    deltas: {
      gmvFen: { last: 231_000, prev: 112_000, trend: 'up' },
      buyers: { last: 12, prev: null, trend: null },
      dau: { last: null, prev: null, trend: null },
    },
    pace: {
      'daily.gmv': { etaMs: Date.parse('2026-01-20T21:40:00+08:00'), basis: 'curve' },
    },
    whatIf: {
      moreMs: 3_600_000,
      values: { gmvFen: { value: 1_620_000, basis: 'curve' } },
      reaches: ['daily.gmv'],
    },
  },
  plans: {
    'cycle.duration': {
      even: { days: range('2026-01-20', '2026-01-28'), perDay: 267 },
      usual: {
        days: [day('2026-01-20'), day('2026-01-22'), day('2026-01-24'), day('2026-01-27')],
        perDay: 600,
        weekdays: [2, 4, 6],
      },
    },
  },
};

function mount(lang: Lang, ins: AccountInsight | null = insight): HTMLElement {
  const root = document.createElement('div');
  render(<AccountCard acc={jdAccount} lang={lang} now={NOW} insight={ins ?? undefined} />, root);
  return root;
}
const texts = (root: Element, sel: string): string[] =>
  [...root.querySelectorAll(sel)].map((e) => (e.textContent ?? '').trim());
const itemEta = (root: Element, id: string): string =>
  (root.querySelector(`[data-item="${id}"] [data-testid=eta]`)?.textContent ?? '').trim();

describe('seller-edge pieces on a live card', () => {
  it('zh: a deltas line per live metric, unknown as "—" (never 0)', () => {
    expect(texts(mount('zh'), '[data-testid=deltas] li')).toEqual([
      '成交金额 近10分钟 +¥2,310 ↑ / 前10分钟 +¥1,120',
      '成交人数 近10分钟 +12 人 / 前10分钟 —',
    ]);
  });

  it('en: the same deltas', () => {
    expect(texts(mount('en'), '[data-testid=deltas] li')).toEqual([
      'GMV Last 10 min +¥2,310 ↑ / previous 10 min +¥1,120',
      'buyers Last 10 min +12 buyers / previous 10 min —',
    ]);
  });

  it('in the first 10 minutes of readings: one line says so, no rows of dashes', () => {
    const pending = { last: null, prev: null, trend: null };
    const early: AccountInsight = {
      ...insight,
      live: { ...insight.live!, deltas: { gmvFen: pending, dau: pending } },
    };
    const root = mount('zh', early);
    expect(root.querySelector('[data-testid=deltas] li')).toBeNull();
    expect(texts(root, '[data-testid=deltas-pending]')).toEqual([
      '近10分钟变化：读数还不满 10 分钟，稍后显示',
    ]);
  });

  it('says which basis each ETA used: the curve where it priced the item, else the line', () => {
    const zh = mount('zh');
    expect(itemEta(zh, 'daily.gmv')).toBe('按你以往的节奏 ≈ 21:40 · 奖励 400 pv');
    expect(itemEta(zh, 'daily.dau')).toBe('按当前速度 17:05 达成 · 奖励 300 pv');
    const en = mount('en');
    expect(itemEta(en, 'daily.gmv')).toBe('At your usual pace ≈ 21:40 · Reward 400 pv');
  });

  it('what-if: one more hour, the projected GMV, the items it reaches and the basis', () => {
    expect(texts(mount('zh'), '[data-testid=what-if]')).toEqual([
      '再播 1 小时 → 预计 ¥1.62万，日成交GMV 达成 · 按你以往的节奏',
    ]);
    expect(texts(mount('en'), '[data-testid=what-if]')).toEqual([
      'One more hour → about ¥16,200, Daily GMV reached · at your usual pace',
    ]);
  });

  it('month plan: the card already says the even need per day; it adds the usual weekdays', () => {
    const zh = mount('zh');
    expect(texts(zh, '[data-item="cycle.duration"] [data-testid=month-plan]')).toEqual([
      '或只在你常播的日子：周二、四、六各 10小时',
    ]);
    expect(texts(zh, '[data-item="cycle.duration"] [data-testid=deadline]')[0]).toContain(
      '每天需 4小时27分',
    );
    expect(texts(mount('en'), '[data-item="cycle.duration"] [data-testid=month-plan]')).toEqual([
      'or only on your usual days — Tue, Thu, Sat: 10 h each',
    ]);
    const noUsual: AccountInsight = {
      ...insight,
      plans: { 'cycle.duration': { ...insight.plans['cycle.duration']!, usual: null } },
    };
    expect(mount('zh', noUsual).querySelector('[data-testid=month-plan]')).toBeNull();
    const even = insight.plans['cycle.duration']!.even!;
    const everyDay: AccountInsight = {
      ...insight,
      plans: { 'cycle.duration': { even, usual: { ...even, weekdays: [0, 1, 2, 3, 4, 5, 6] } } },
    };
    expect(mount('zh', everyDay).querySelector('[data-testid=month-plan]')).toBeNull();
  });

  it('without insights the card is as before: no deltas, no what-if, the line ETA', () => {
    const root = mount('zh', null);
    expect(root.querySelector('[data-testid=deltas]')).toBeNull();
    expect(root.querySelector('[data-testid=what-if]')).toBeNull();
    expect(root.querySelector('[data-testid=month-plan]')).toBeNull();
    expect(itemEta(root, 'daily.gmv')).toBe('按当前速度 23:40 达成 · 奖励 400 pv');
  });
});
