// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Health } from '../../../src/messaging';
import type { Evaluation } from '../../../src/rules/result';
import { renderBadge, type BadgeProps } from '../../../src/ui/badge/view';
import { channelsAccount, evaluation, jdAccount } from './fixtures';

const health = (over: Partial<Health>): Health => ({
  platform: 'jd',
  accountId: 'jd-1001',
  page: 'jd.bigScreen',
  at: '2026-01-15T06:00:00.000Z',
  read: [],
  missing: [],
  ...over,
});

function props(over: Partial<BadgeProps> = {}): BadgeProps {
  return {
    platform: 'jd',
    lang: 'zh',
    evaluation: null,
    page: 'jd.bigScreen',
    pos: () => ({ right: 16, bottom: 88 }),
    collapsed: false,
    onMove: vi.fn(),
    onMoveEnd: vi.fn(),
    onClose: vi.fn(),
    onToggle: vi.fn(),
    ...over,
  };
}
const text = (el: Element | null | undefined): string => el?.textContent ?? '';

describe('honest badge', () => {
  it('names unread figures instead of a green "no task data"', () => {
    const onPick = vi.fn();
    const root = renderBadge(
      props({
        health: [health({ missing: ['gmvFen', 'dau'] })],
        onPick,
        manualUrl: 'chrome-extension://x/options.html#manual',
      }),
    );
    expect(text(root.querySelector('[data-testid=badge-unread]'))).toBe(
      '没读到：成交金额、访问人数',
    );
    expect(text(root)).not.toContain('暂无任务数据');
    expect(root.querySelector('.dn')).toBeNull();
    const pick = root.querySelector<HTMLElement>('[data-testid=badge-pick]')!;
    expect(text(pick)).toBe('点选');
    pick.click();
    expect(onPick).toHaveBeenCalledTimes(1);
    const manual = root.querySelector('[data-testid=badge-manual]');
    expect(manual?.getAttribute('href')).toBe('chrome-extension://x/options.html#manual');
    expect(text(manual)).toBe('手动填写');
    expect(text(root.querySelector('.bd'))).toContain('或刷新页面');
  });

  it('English names, the unit-unconfirmed GMV once, and no 点选 before the page kind is known', () => {
    const root = renderBadge(
      props({ lang: 'en', health: [health({ missing: ['gmvFen:unit', 'gmvFen', 'buyers'] })] }),
    );
    expect(text(root.querySelector('[data-testid=badge-unread]'))).toBe('Not read: GMV, buyers');
    expect(root.querySelector('[data-testid=badge-pick]')).toBeNull();
    expect(text(root)).not.toContain('No task data');
  });

  it('uses only this page kind, and its newest report', () => {
    const reports = [
      health({ page: 'jd.myList', missing: ['gmvFen'], at: '2026-01-15T07:00:00.000Z' }),
      health({ accountId: null, missing: ['dau'], at: '2026-01-15T05:00:00.000Z' }),
      health({ missing: ['online'], at: '2026-01-15T06:30:00.000Z' }),
      health({ platform: 'channels', missing: ['fans'], at: '2026-01-15T08:00:00.000Z' }),
    ];
    const root = renderBadge(props({ health: reports }));
    expect(text(root.querySelector('[data-testid=badge-unread]'))).toBe('没读到：在线人数');
    const list = renderBadge(props({ health: reports, page: 'jd.myList' }));
    expect(text(list.querySelector('[data-testid=badge-unread]'))).toBe('没读到：成交金额');
  });

  it('everything read: no unread line; "no task data" is muted, not success green', () => {
    const root = renderBadge(props({ health: [health({ read: [] })] }));
    expect(root.querySelector('[data-testid=badge-unread]')).toBeNull();
    expect(root.querySelector('.dn')).toBeNull();
    expect(text(root.querySelector('.mu'))).toBe('本平台暂无任务数据');
  });

  it('"nothing in progress" is not shown and "all done" is muted while figures are unread', () => {
    const ev: Evaluation = { ...evaluation, accounts: [{ ...channelsAccount }] };
    const unread = [
      health({ platform: 'channels', page: 'channels.liveBuild', missing: ['gmvFen'] }),
    ];
    const root = renderBadge(
      props({ platform: 'channels', page: 'channels.liveBuild', evaluation: ev, health: unread }),
    );
    expect(text(root)).not.toContain('暂无进行中的任务');
    const done = {
      ...jdAccount,
      items: jdAccount.items.map((i) => ({ ...i, status: 'done' as const })),
    };
    const jd = renderBadge(
      props({
        evaluation: { ...evaluation, accounts: [done] },
        health: [health({ missing: ['dau'] })],
      }),
    );
    // Not "all done" in green while the DAU was not read: the plain count, muted.
    const line = [...jd.querySelectorAll('div')].find((d) => d.textContent === '✓ 4 项已达成');
    expect(line?.className).toBe('mu');
    expect(text(jd)).not.toContain('今日任务已全部达成');
  });

  it('an unidentified account is said, not shown as empty', () => {
    const root = renderBadge(
      props({ health: [health({ accountId: null, accountUnknown: true })] }),
    );
    expect(text(root.querySelector('.wn'))).toBe('没认出账号');
    expect(text(root)).not.toContain('暂无任务数据');
  });

  it('a provisional account asks which account it is', () => {
    const prov = {
      ...jdAccount,
      accountId: '~jd:shop',
      displayName: '京选好物旗舰店',
      provisional: true,
    };
    const root = renderBadge(props({ evaluation: { ...evaluation, accounts: [prov] } }));
    const el = root.querySelector('[data-testid=badge-provisional]');
    expect(el?.firstChild?.textContent).toBe('未确认账号 · 京选好物旗舰店 · 这是哪个账号？');
    expect(text(el)).toContain('在工具栏弹窗中确认');
    const plain = renderBadge(props({ evaluation: { ...evaluation, accounts: [jdAccount] } }));
    expect(plain.querySelector('[data-testid=badge-provisional]')).toBeNull();
  });
});
