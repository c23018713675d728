import { describe, expect, it } from 'vitest';
import type { AccountEvaluation, ItemResult } from '../../../src/rules/result';
import { countItems, isCheck, layoutCard, needsSetting } from '../../../src/ui/popup/layout';
import { alibabaAccount, jdAccount, jdItem } from './fixtures';

const ns = (over: Partial<ItemResult> & Pick<ItemResult, 'itemId'>): ItemResult =>
  jdItem({
    packId: 'jd-northstar',
    group: { zh: '北极星任务 · 每日', en: 'North Star · daily' },
    ...over,
  });
const unset = {
  zh: '未设置是否已入池北极星',
  en: 'North Star membership not set',
  setting: true as const,
};
const notMember = { zh: '未入池北极星', en: 'Not a North Star pool member' };
const pool = (itemId: string): ItemResult =>
  ns({
    itemId,
    group: { zh: '北极星 · 入池', en: 'North Star · pool' },
    period: 'window',
    status: 'unknown',
    reason: { zh: '历史中没有参考期数据', en: 'No reference-period history' },
  });
const acc = (items: ItemResult[], over: Partial<AccountEvaluation> = {}): AccountEvaluation => ({
  ...jdAccount,
  items,
  ...over,
});
const ids = (items: ItemResult[]): string[] => items.map((i) => i.itemId);

describe('needsSetting', () => {
  it('follows the engine flag, not the wording', () => {
    expect(needsSetting({ zh: '未填写主播等级', en: '', setting: true })).toBe(true);
    expect(needsSetting({ zh: '未填写主播等级', en: '' })).toBe(false);
    expect(needsSetting({ zh: '历史中没有参考期数据', en: '' })).toBe(false);
    expect(needsSetting(undefined)).toBe(false);
  });
});

describe('layoutCard', () => {
  it('keeps the growth groups open in pack order and folds a not-member group into one line', () => {
    const items = [
      ...jdAccount.items,
      ns({ itemId: 'ns-1', status: 'not_applicable', reason: notMember }),
      ns({ itemId: 'ns-2', status: 'not_applicable', reason: notMember }),
    ];
    const l = layoutCard(acc(items));
    expect(
      l.sections.map((s) => [s.group.zh, ids(s.items), s.folded && ids(s.folded.items)]),
    ).toEqual([
      ['成长任务 · 每日', ['daily.duration', 'daily.dau', 'daily.gmv'], null],
      ['成长任务 · 月度', ['cycle.duration'], null],
      ['北极星任务 · 每日', [], ['ns-1', 'ns-2']],
    ]);
    expect(l.sections[2]!.folded).toMatchObject({
      status: 'not_applicable',
      reason: notMember,
      setting: false,
    });
    expect(l.checks).toEqual([]);
  });

  it('folds a group waiting for the same missing setting, with the setting call to action', () => {
    const items = ['a', 'b', 'c'].map((itemId) => ns({ itemId, status: 'unknown', reason: unset }));
    const [s] = layoutCard(acc(items)).sections;
    expect(s!.items).toEqual([]);
    expect(s!.folded).toMatchObject({ status: 'unknown', reason: unset, setting: true });
    expect(ids(s!.folded!.items)).toEqual(['a', 'b', 'c']);
  });

  it('does not fold unknown items whose reasons differ or are not about settings', () => {
    const items = [
      ns({ itemId: 'a', status: 'unknown', reason: unset }),
      ns({ itemId: 'b', status: 'unknown', reason: { zh: '还没开播', en: 'Not live yet' } }),
    ];
    const [s] = layoutCard(acc(items)).sections;
    expect(ids(s!.items)).toEqual(['a', 'b']);
    expect(s!.folded).toBeNull();
  });

  it('in a mixed group folds only the not-applicable rows, keeping the others open', () => {
    const items = [
      ns({ itemId: 'a' }),
      ns({ itemId: 'b', status: 'not_applicable', reason: notMember }),
      ns({ itemId: 'c', status: 'behind' }),
    ];
    const [s] = layoutCard(acc(items)).sections;
    expect(ids(s!.items)).toEqual(['a', 'c']);
    expect(ids(s!.folded!.items)).toEqual(['b']);
  });

  it('moves window/fact eligibility items into the checks block and counts them', () => {
    const items = [jdAccount.items[0]!, pool('pool-1'), pool('pool-2'), pool('pool-3')];
    const l = layoutCard(acc(items));
    expect(l.sections.flatMap((s) => ids(s.items))).toEqual(['daily.duration']);
    expect(l.checks.map((s) => [s.group.zh, ids(s.items)])).toEqual([
      ['北极星 · 入池', ['pool-1', 'pool-2', 'pool-3']],
    ]);
    expect(countItems(l.checks)).toBe(3);
  });

  it('1688: rolling30 gaps go to the checks when a level card lists them; a live session stays', () => {
    const gap = jdItem({ itemId: 'sessions30', period: 'rolling30', unit: 'sessions' });
    const live = jdItem({ itemId: 'live-session-valid', period: 'session' });
    expect(isCheck(gap, true)).toBe(true);
    expect(isCheck(gap, false)).toBe(false);
    const l = layoutCard({ ...alibabaAccount, items: [gap, live] });
    expect(l.sections.flatMap((s) => ids(s.items))).toEqual(['live-session-valid']);
    expect(countItems(l.checks)).toBe(1);
  });

  it('marks an assumption and a warning carried by every row once, on the section', () => {
    const a = { id: 'jd-enrol-unset', text: { zh: '按周期首日起计算', en: 'from cycle start' } };
    const b = { id: 'other', text: { zh: '另一个', en: 'other' } };
    const w = { zh: '周期为推算，尚未公布', en: 'Cycle projected' };
    const items = [
      jdItem({ itemId: 'x', assumptions: [a, b], warnings: [w] }),
      jdItem({ itemId: 'y', assumptions: [a], warnings: [w] }),
    ];
    const [s] = layoutCard(acc(items)).sections;
    expect(s!.shared.map((x) => x.id)).toEqual(['jd-enrol-unset']);
    expect(s!.warnings).toEqual([w]);
  });

  it('a single row keeps its own marks (nothing is "shared" by one item)', () => {
    const a = { id: 'x', text: { zh: 'x', en: 'x' } };
    const [s] = layoutCard(acc([jdItem({ itemId: 'only', assumptions: [a] })])).sections;
    expect(s!.shared).toEqual([]);
  });
});
