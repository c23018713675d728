// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Pos } from '../../../src/ui/badge/position';
import { moveTo, renderBadge, type BadgeProps } from '../../../src/ui/badge/view';
import { evaluation } from './fixtures';

function props(over: Partial<BadgeProps> = {}): BadgeProps {
  return {
    platform: 'jd',
    lang: 'zh',
    evaluation,
    pos: () => ({ right: 16, bottom: 88 }),
    collapsed: false,
    onMove: vi.fn(),
    onMoveEnd: vi.fn(),
    onClose: vi.fn(),
    onToggle: vi.fn(),
    ...over,
  };
}

const items = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('li[data-item][data-status]')].map((li) => ({
    id: li.dataset.item,
    status: li.dataset.status,
    remaining: li.querySelector('[data-testid=badge-remaining]')?.textContent,
    eta: li.querySelector('.eta')?.textContent,
  }));

describe('badge view (hand-written DOM, no Preact)', () => {
  it('lists open items, today first and behind before on track, with remaining and ETA', () => {
    const root = renderBadge(props());
    expect(root.dataset.testid).toBe('livepace-badge');
    expect(items(root)).toEqual([
      { id: 'daily.gmv', status: 'behind', remaining: '还差 ¥3,200', eta: '≈23:40' },
      { id: 'daily.duration', status: 'on_track', remaining: '还差 1小时30分', eta: '≈16:30' },
      { id: 'daily.dau', status: 'on_track', remaining: '还差 180 人', eta: '≈17:05' },
      { id: 'cycle.duration', status: 'on_track', remaining: '还差 40小时', eta: '' },
    ]);
    expect(root.querySelector('li .eta')?.getAttribute('title')).toBe('按当前速度 23:40 达成');
    expect(root.querySelector('.fr')?.textContent).toBe('2 分钟前 · 页面数据');
    expect(root.style.right).toBe('16px');
    expect(root.style.bottom).toBe('88px');
  });

  it('shows only the platform it is mounted for; unknown items stay in the popup', () => {
    const root = renderBadge(props({ platform: 'channels' }));
    expect(items(root)).toEqual([]);
    // Not a success: muted, never green.
    expect(root.querySelector('.dn')).toBeNull();
    expect(root.querySelector('.mu')?.textContent).toBe(
      '暂无进行中的任务 · 点工具栏图标查看详情或添加目标',
    );
    expect(root.querySelector('[data-account]')?.getAttribute('data-account')).toBe('finder_abc');
  });

  it('1688: level line with the 30-day window', () => {
    const root = renderBadge(props({ platform: 'alibaba' }));
    expect(root.querySelector('.lv')?.textContent).toBe(
      '普通主播 → 达人主播 · 近30天 3 场 · 42 买家',
    );
  });

  it('English, and an empty platform says so', () => {
    const en = renderBadge(props({ lang: 'en' }));
    expect(items(en)[1]?.remaining).toBe('1 h 30 m to go');
    const empty = renderBadge(props({ evaluation: null }));
    expect(empty.querySelector('.bd')?.textContent).toBe('本平台暂无任务数据');
  });

  it('a page with unread figures names them and never says "no task data"', () => {
    const health = [
      {
        platform: 'jd' as const,
        accountId: null,
        page: 'jd.bigScreen',
        at: '2026-01-15T06:00:00.000Z',
        read: [],
        missing: ['gmvFen'],
      },
    ];
    const root = renderBadge(props({ evaluation: null, health, page: 'jd.bigScreen' }));
    const body = root.querySelector('.bd')?.textContent ?? '';
    expect(body).toContain('没读到');
    expect(body).toContain('成交金额');
    expect(body).not.toContain('暂无任务数据');
  });

  it('collapsed: no body, the first open item as summary, toggle and close wired', () => {
    const p = props({ collapsed: true });
    const root = renderBadge(p);
    expect(root.querySelector('.bd')).toBeNull();
    // Label + figure + status, coloured by that status (behind here), never a bare figure.
    expect(root.querySelector('.sum')?.textContent).toBe('↘ 日成交GMV 还差 ¥3,200 · 落后进度');
    expect(root.querySelector('.sum')?.className).toBe('sum s-behind');
    const [toggle, close] = [...root.querySelectorAll('button')];
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    toggle?.click();
    close?.click();
    expect(p.onToggle).toHaveBeenCalledTimes(1);
    expect(p.onClose).toHaveBeenCalledTimes(1);
  });

  it('arrow keys nudge the position by 10 px from the current one', () => {
    const p = props({ pos: () => ({ right: 30, bottom: 40 }) });
    const grip = renderBadge(p).querySelector<HTMLElement>('.grip')!;
    grip.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft' }));
    grip.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    grip.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(vi.mocked(p.onMoveEnd).mock.calls).toEqual([
      [{ right: 40, bottom: 40 }],
      [{ right: 30, bottom: 30 }],
    ]);
  });

  it('dragging the grip reports live and final positions', () => {
    const p = props();
    const grip = renderBadge(p).querySelector<HTMLElement>('.grip')!;
    grip.setPointerCapture = () => undefined;
    const ev = (type: string, x: number, y: number) =>
      new PointerEvent(type, { clientX: x, clientY: y, button: 0, pointerId: 1 });
    grip.dispatchEvent(ev('pointerdown', 100, 100));
    grip.dispatchEvent(ev('pointermove', 90, 80));
    grip.dispatchEvent(ev('pointerup', 90, 80));
    const moved: Pos = { right: 26, bottom: 108 };
    expect(p.onMove).toHaveBeenLastCalledWith(moved);
    expect(p.onMoveEnd).toHaveBeenCalledWith(moved);
  });

  it('moveTo repositions without redrawing', () => {
    const root = renderBadge(props());
    const li = root.querySelector('li');
    moveTo(root, { right: 5, bottom: 7 });
    expect([root.style.right, root.style.bottom]).toEqual(['5px', '7px']);
    expect(root.querySelector('li')).toBe(li);
  });
});

describe('badge: live GMV over the last 10 minutes (issue #11)', () => {
  const insight = (
    last: number | null,
    prev: number | null,
    trend: 'up' | 'down' | 'flat' | null,
  ) => ({
    platform: 'jd' as const,
    accountId: 'jd-1001',
    live: { deltas: { gmvFen: { last, prev, trend } }, pace: {}, whatIf: null },
    plans: {},
  });
  const line = (root: HTMLElement) =>
    root.querySelector('[data-testid=badge-gmv-delta]')?.textContent ?? null;

  it('shows the last 10 minutes and the 10 before, with the trend', () => {
    expect(line(renderBadge(props({ insights: [insight(231_000, 112_000, 'up')] })))).toBe(
      '成交 近10分钟 +¥2,310 ↑ · 前10分钟 +¥1,120',
    );
    expect(
      line(renderBadge(props({ lang: 'en', insights: [insight(50_000, 90_000, 'down')] }))),
    ).toBe('GMV last 10 min +¥500 ↓ · 10 before +¥900');
  });
  it('unknown is "—", never ¥0; nothing known yet or no insight for the account, no line', () => {
    expect(line(renderBadge(props({ insights: [insight(231_000, null, null)] })))).toBe(
      '成交 近10分钟 +¥2,310 · 前10分钟 —',
    );
    expect(line(renderBadge(props({ insights: [insight(null, null, null)] })))).toBeNull();
    expect(line(renderBadge(props()))).toBeNull();
    expect(
      line(renderBadge(props({ insights: [{ ...insight(1, 1, 'flat'), accountId: 'other' }] }))),
    ).toBeNull();
  });
});
