// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { TeamShop, TeamView as View } from '../../../src/sync/types';
import { TeamView } from '../../../src/ui/options/TeamView';
import { NOW, jdAccount } from './fixtures';

const A = { id: 'front-a1b2', name: '前台电脑' };
const B = { id: 'studio-c3d4', name: '直播间二号机' };
const shops: TeamShop[] = [
  {
    platform: 'channels',
    accountId: 'ch-1',
    displayName: '源头工厂',
    machines: [B],
    lastLive: null,
    live: false,
    updatedAt: '2026-01-19T15:00:00+08:00',
    status: 'none',
    conflicts: 0,
  },
  {
    platform: 'jd',
    accountId: 'jd-1001',
    displayName: '好物直播间',
    machines: [A, B],
    lastLive: { machine: A, at: '2026-01-20T14:55:00+08:00' },
    live: true,
    updatedAt: '2026-01-20T14:58:00+08:00',
    status: 'behind',
    conflicts: 1,
  },
];
const view = {
  at: NOW,
  shops,
  evaluation: { now: NOW, packVersions: {}, accounts: [jdAccount] },
  conflicts: [
    {
      platform: 'jd',
      accountId: 'jd-1001',
      kind: 'day',
      key: '2026-01-20',
      metric: 'gmvFen',
      manual: { value: 1_200_000, source: 'manual', at: NOW },
      scraped: { value: 1_180_000, source: 'network', at: NOW },
    },
  ],
} as unknown as View;

const cells = (row: Element | null) =>
  [...(row?.querySelectorAll('td, th') ?? [])].map((c) => c.textContent);

describe('TeamView', () => {
  it('one row per shop with who streamed it last, freshness, status, conflicts and key items', () => {
    const root = document.createElement('div');
    render(<TeamView view={view} lang="zh" now={NOW} />, root);
    const jd = root.querySelector('[data-testid="team-shop-jd-jd-1001"]');
    expect(cells(jd)).toEqual([
      '京东直播',
      '好物直播间 ● 直播中',
      '前台电脑 · 5 分钟前 (14:55)',
      '2 分钟前',
      '落后',
      '1',
      '日成交GMV ¥1.18万 / ¥1.5万 ↘ 落后进度直播时长 2小时30分 / 4小时 ↗ 进度正常DAU 820 人 / 1,000 人 ↗ 进度正常',
    ]);
    expect(cells(root.querySelector('[data-testid="team-shop-channels-ch-1"]'))).toEqual([
      '视频号',
      '源头工厂',
      '—',
      '24 小时前',
      '—',
      '0',
      '—',
    ]);
    expect(root.querySelector('[data-testid="team-conflict-list"] li')?.textContent).toBe(
      '好物直播间 · 2026-01-20 · 成交金额：手动 ¥1.2万 / 页面 ¥1.18万',
    );
  });

  it('filters by platform and by status', () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(<TeamView view={view} lang="zh" now={NOW} />, root);
    const rows = () =>
      [...root.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-testid'));
    const choose = (id: string, value: string) => {
      const sel = root.querySelector<HTMLSelectElement>(`[data-testid="${id}"]`)!;
      sel.value = value;
      void act(() => void sel.dispatchEvent(new Event('change', { bubbles: true })));
    };
    expect(rows()).toEqual(['team-shop-channels-ch-1', 'team-shop-jd-jd-1001']);
    choose('team-filter-status', 'behind');
    expect(rows()).toEqual(['team-shop-jd-jd-1001']);
    choose('team-filter-platform', 'channels');
    expect(rows()).toEqual([]);
    expect(root.textContent).toContain('没有符合筛选条件的店铺');
    choose('team-filter-status', 'all');
    expect(rows()).toEqual(['team-shop-channels-ch-1']);
    root.remove();
  });
});
