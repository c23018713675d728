// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { AccountEvaluation, ItemResult, LevelResult } from '../../../src/rules/result';
import { AccountCard } from '../../../src/ui/components/AccountCard';
import type { Lang } from '../../../src/ui/i18n';
import { alibabaAccount, channelsAccount, jdAccount, jdItem, NOW } from './fixtures';

function mount(acc: AccountEvaluation, lang: Lang = 'zh'): HTMLElement {
  const root = document.createElement('div');
  render(<AccountCard acc={acc} lang={lang} now={NOW} />, root);
  return root;
}
const text = (el: Element | null | undefined): string => (el?.textContent ?? '').trim();
const all = (root: Element, sel: string): Element[] => [...root.querySelectorAll(sel)];

const unset = {
  zh: '未设置是否已入池北极星',
  en: 'North Star membership not set',
  setting: true as const,
};
const ns = (itemId: string): ItemResult =>
  jdItem({
    itemId,
    packId: 'jd-northstar',
    group: { zh: '北极星任务 · 每日', en: 'North Star · daily' },
    status: 'unknown',
    reason: unset,
  });
const pool = (itemId: string): ItemResult =>
  jdItem({
    itemId,
    packId: 'jd-northstar',
    group: { zh: '北极星 · 入池', en: 'North Star · pool' },
    period: 'window',
    status: 'unknown',
    reason: { zh: '历史中没有参考期数据', en: 'No history' },
    provenance: undefined,
  });
const assumption = (id: string) => ({
  id,
  text: { zh: `假设${id}`, en: `a ${id}` },
  alternative: { zh: `另一种${id}`, en: `alt ${id}` },
});

describe('JD card', () => {
  const acc: AccountEvaluation = {
    ...jdAccount,
    assumptions: ['a', 'b', 'c'].map(assumption),
    items: [...jdAccount.items, ns('ns-1'), ns('ns-2'), ns('ns-3'), pool('p-1'), pool('p-2')],
  };
  const root = mount(acc);

  it('says freshness once on the card, not on rows whose numbers share it', () => {
    expect(all(root, '[data-testid=freshness]').map(text)).toEqual(['数据 2 分钟前 · 页面数据']);
  });

  it('replaces the row of "?" by one assumptions chip listing text and alternative', () => {
    const chip = root.querySelector('[data-testid=assumptions]')!;
    expect(text(chip.querySelector('summary'))).toBe('假设 3 ?');
    expect(all(chip, 'li').map(text)).toEqual([
      '假设a另一种理解：另一种a',
      '假设b另一种理解：另一种b',
      '假设c另一种理解：另一种c',
    ]);
    expect(root.querySelector('header [data-testid=assumption]')).toBeNull();
  });

  it('folds the membership-gated group into one call to action, rows kept in the DOM', () => {
    const folded = root.querySelector('[data-testid=folded]')!;
    expect(text(folded.querySelector('summary'))).toBe(
      '北极星任务 · 每日：未设置是否已入池北极星 (3 项)',
    );
    // The link sits beside the summary, not inside it (no nested interactive content).
    expect(folded.querySelector('summary a')).toBeNull();
    expect(text(folded.querySelector(':scope > a'))).toBe('去设置 →');
    expect(folded.querySelector('a')!.getAttribute('href')).toBe(
      '/options.html?account=jd%3Ajd-1001#platform',
    );
    expect(all(folded, '[data-testid=item]').map((e) => (e as HTMLElement).dataset.status)).toEqual(
      ['unknown', 'unknown', 'unknown'],
    );
  });

  it('puts window checks in a collapsed block with their count', () => {
    const checks = root.querySelector('details[data-testid=checks]') as HTMLDetailsElement;
    expect(checks.open).toBe(false);
    expect(text(checks.querySelector('summary'))).toBe('资格检查 (2)');
    expect(all(checks, '[data-item]').map((e) => (e as HTMLElement).dataset.item)).toEqual([
      'p-1',
      'p-2',
    ]);
  });

  it('shows the open rows first, in pack order, with the status in words', () => {
    const open = all(root, ':scope article > section.group [data-testid=item]');
    expect(
      open.map((e) => [(e as HTMLElement).dataset.item, text(e.querySelector('.chip'))]),
    ).toEqual([
      ['daily.duration', '↗ 进度正常'],
      ['daily.dau', '↗ 进度正常'],
      ['daily.gmv', '↘ 落后进度'],
      ['cycle.duration', '↗ 进度正常'],
    ]);
  });

  it('repeats freshness on a row whose number is from another source', () => {
    const manual = jdItem({
      itemId: 'm',
      provenance: { source: 'manual', at: '2026-01-20T09:00:00+08:00' },
    });
    const r = mount({ ...jdAccount, items: [...jdAccount.items, manual] });
    const row = r.querySelector('[data-item=m]')!;
    expect(text(row.querySelector('[data-testid=freshness]'))).toBe('6 小时前 · 手动录入');
  });
});

describe('1688 card', () => {
  const noCategory: LevelResult = {
    category: null,
    current: 'unknown',
    next: null,
    missing: [],
    forecast: [],
    atRisk: false,
    windowStart: '2025-12-21',
    windowEnd: '2026-01-19',
    sessions30: 2,
    buyers30: 17,
  };

  it('without a category: one call to action and the window figures, no "top level"', () => {
    const root = mount({ ...alibabaAccount, level: noCategory });
    const level = root.querySelector('[data-testid=level]')!;
    expect(text(level.querySelector('a'))).toBe('选择类目 →');
    expect(text(level.querySelector('[data-testid=level-window]'))).toBe(
      '近30天（12-21 – 01-19，T+1）：2 场 · 17 买家',
    );
    expect(root.textContent).not.toContain('已是最高等级');
    expect(root.textContent).not.toContain('等级未知');
  });

  it('says "top level" only for 荣耀主播', () => {
    const top = { ...alibabaAccount.level!, current: 'rongyao' as const, next: null };
    expect(mount({ ...alibabaAccount, level: top }).textContent).toContain('已是最高等级');
    const daren = { ...alibabaAccount.level!, current: 'daren' as const, next: null };
    expect(mount({ ...alibabaAccount, level: daren }).textContent).not.toContain('已是最高等级');
  });

  it('lists only the days on which something leaves the window', () => {
    const root = mount(alibabaAccount);
    expect(all(root, '[data-testid=forecast] li').map(text)).toEqual([
      '01-21：移出 1 场、12 买家 → 若不开播：普通主播',
    ]);
    const idle = alibabaAccount.level!.forecast.map((d) => ({
      ...d,
      sessionsLeaving: 0,
      buyersLeaving: 0,
    }));
    const quiet = mount({ ...alibabaAccount, level: { ...alibabaAccount.level!, forecast: idle } });
    expect(quiet.querySelector('[data-testid=forecast]')).toBeNull();
  });
});

describe('Channels card without targets', () => {
  it('asks for a benchmark session or growth targets, keeping the cold-start line', () => {
    const root = mount({ ...channelsAccount, items: [] }, 'en');
    const cta = root.querySelector('[data-testid=no-items] a')!;
    expect(text(cta)).toBe('Add a benchmark session or growth targets →');
    expect(cta.getAttribute('href')).toBe('/options.html?account=channels%3Afinder_abc#platform');
    expect(text(root.querySelector('[data-testid=cold-start]'))).toBe(
      'Not in the cold-start period · First live 2025-11-02, over 30 days ago',
    );
  });
});

describe('per-item assumption marks', () => {
  it('keep a "?" whose alternative is in the title and in the described-by text', () => {
    const a = assumption('x');
    const root = mount({ ...jdAccount, items: [jdItem({ itemId: 'one', assumptions: [a] })] });
    const mark = root.querySelector('[data-item=one] [data-testid=assumption]')!;
    expect(mark.getAttribute('title')).toBe('按此理解：假设x\n另一种理解：另一种x');
    const described = root.querySelector(`[id="${mark.getAttribute('aria-describedby')}"]`);
    expect(text(described)).toBe('按此理解：假设x\n另一种理解：另一种x');
  });
});

describe('folded rows', () => {
  it('do not repeat the reason their summary line already says', () => {
    const root = mount({ ...jdAccount, items: [ns('ns-1'), ns('ns-2')] });
    const folded = root.querySelector('[data-testid=folded]')!;
    expect(all(folded, '[data-testid=setting-cta]').map(text)).toEqual(['去设置 →']);
    expect(folded.textContent.split('未设置是否已入池北极星').length - 1).toBe(1);
  });
});

describe('JD cycle dates (DOMAIN.md §4a: enrol-by and rewards-by on every cycle shown)', () => {
  it('shows enrol-by and rewards-by beside the cutoff', () => {
    const root = mount(jdAccount);
    expect(text(root.querySelector('.cycle'))).toBe(
      '周期 01-01 – 01-31 · 数据统计截止 01-28 · 报名截止 01-26 · 激励最迟 01-31 下发',
    );
    expect(root.querySelector('[data-testid="enrol-by"]')).toBeNull();
    expect(text(mount(jdAccount, 'en').querySelector('.cycle'))).toBe(
      'Cycle 01-01 – 01-31 · data counted until 01-28 · Enrol by 01-26 · rewards by 01-31',
    );
  });

  it('asks a seller with no enrolment date to enrol by the date, until it has passed', () => {
    const notEnrolled = { ...jdAccount, cycle: { ...jdAccount.cycle!, enrolled: null } };
    expect(text(mount(notEnrolled).querySelector('[data-testid="enrol-by"]'))).toBe(
      '未填写本周期报名日期：01-26 前报名',
    );
    const passed = { ...notEnrolled, cycle: { ...notEnrolled.cycle, enrolBy: '2026-01-19' } };
    expect(mount(passed).querySelector('[data-testid="enrol-by"]')).toBeNull();
    const today = { ...notEnrolled, cycle: { ...notEnrolled.cycle, enrolBy: NOW.slice(0, 10) } };
    expect(mount(today).querySelector('[data-testid="enrol-by"]')).not.toBeNull();
  });
});
