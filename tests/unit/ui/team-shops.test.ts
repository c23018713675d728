import { describe, expect, it } from 'vitest';
import type { SyncStatus, TeamShop, TeamView } from '../../../src/sync/types';
import {
  beijingAgo,
  conflictText,
  filterTeamShops,
  itemFigures,
  itemStatus,
  keyItems,
  lastLiveText,
  shopEvaluation,
  statusParts,
} from '../../../src/ui/options/team-shops';
import { NOW, jdAccount } from './fixtures';

const A = { id: 'front-pc-a1b2', name: '前台电脑' };
const B = { id: 'studio-c3d4', name: '直播间二号机' };
const shop = (over: Partial<TeamShop> & Pick<TeamShop, 'platform' | 'accountId'>): TeamShop => ({
  displayName: over.accountId,
  machines: [A],
  lastLive: null,
  live: false,
  updatedAt: null,
  status: 'none',
  conflicts: 0,
  ...over,
});
const SHOPS = [
  shop({ platform: 'jd', accountId: 'jd-1001', status: 'behind' }),
  shop({ platform: 'jd', accountId: 'jd-1002', status: 'done' }),
  shop({ platform: 'channels', accountId: 'ch-1', status: 'behind' }),
  shop({ platform: 'douyin', accountId: 'dy-1', status: 'on_track' }),
];
const ids = (s: TeamShop[]) => s.map((x) => x.accountId);

describe('filterTeamShops', () => {
  it('by platform, by status, and by both', () => {
    expect(ids(filterTeamShops(SHOPS, { platform: 'all', status: 'all' }))).toEqual([
      'jd-1001',
      'jd-1002',
      'ch-1',
      'dy-1',
    ]);
    expect(ids(filterTeamShops(SHOPS, { platform: 'jd', status: 'all' }))).toEqual([
      'jd-1001',
      'jd-1002',
    ]);
    expect(ids(filterTeamShops(SHOPS, { platform: 'all', status: 'behind' }))).toEqual([
      'jd-1001',
      'ch-1',
    ]);
    expect(ids(filterTeamShops(SHOPS, { platform: 'jd', status: 'done' }))).toEqual(['jd-1002']);
    expect(filterTeamShops(SHOPS, { platform: 'alibaba', status: 'all' })).toEqual([]);
  });
});

describe('key items of a shop', () => {
  const view = { shops: SHOPS, evaluation: { accounts: [jdAccount] } } as unknown as TeamView;

  it("are the shop's own account in the merged evaluation", () => {
    expect(shopEvaluation(view, SHOPS[0]!)).toBe(jdAccount);
    expect(shopEvaluation(view, SHOPS[1]!)).toBeNull();
    expect(keyItems(null)).toEqual([]);
  });

  it("come in the popup's urgency order (behind first, then the larger remaining share), at most 3", () => {
    const items = keyItems(jdAccount);
    expect(items.map((i) => i.itemId)).toEqual(['daily.gmv', 'daily.duration', 'daily.dau']);
    expect(items.map((i) => itemFigures(i, 'zh', 'jd'))).toEqual([
      '日成交GMV ¥1.18万 / ¥1.5万',
      '直播时长 2小时30分 / 4小时',
      'DAU 820 人 / 1,000 人',
    ]);
    expect(items.map((i) => itemStatus(i, 'zh'))).toEqual([
      '↘ 落后进度',
      '↗ 进度正常',
      '↗ 进度正常',
    ]);
  });

  it('done items follow the open ones', () => {
    const acc = {
      ...jdAccount,
      items: jdAccount.items.map((i) =>
        i.itemId === 'daily.duration' ? { ...i, status: 'done' as const, remaining: 0 } : i,
      ),
    };
    expect(keyItems(acc, 4).map((i) => i.itemId)).toEqual([
      'daily.gmv',
      'daily.dau',
      'cycle.duration',
      'daily.duration',
    ]);
  });
});

describe('times and status line', () => {
  it('relative Beijing times name the wall time, and the day when it is not today', () => {
    expect(beijingAgo('2026-01-20T06:57:00Z', 'zh', NOW)).toBe('3 分钟前 (14:57)');
    expect(beijingAgo('2026-01-18T10:00:00+08:00', 'zh', NOW)).toBe('2 天前 (01-18 10:00)');
    expect(beijingAgo(null, 'zh', NOW)).toBe('从未');
  });

  it('who streamed it last: machine name and when', () => {
    const s = shop({
      platform: 'jd',
      accountId: 'x',
      lastLive: { machine: B, at: '2026-01-20T13:00:00+08:00' },
    });
    expect(lastLiveText(s, 'zh', NOW)).toBe('直播间二号机 · 2 小时前 (13:00)');
    expect(lastLiveText(SHOPS[0]!, 'zh', NOW)).toBe('—');
  });

  it('the sync status line: state, last push and pull, pending, docs, machines', () => {
    const st: SyncStatus = {
      state: 'offline',
      lastPushAt: '2026-01-20T14:58:00+08:00',
      lastPullAt: null,
      error: null,
      pending: 4,
      docs: 120,
      machines: [A, B],
    };
    expect(statusParts(st, 'zh', NOW)).toEqual([
      '状态：服务器无响应，稍后重试（采集不受影响）',
      '上次上传：2 分钟前 (14:58)',
      '上次下载：从未',
      '待上传：4 个文档',
      '团队文档：120 个',
      '已见机器：前台电脑、直播间二号机',
    ]);
    expect(statusParts({ ...st, machines: [] }, 'en', NOW)[3]).toBe(
      'Waiting to upload: 4 documents',
    );
  });

  it('a conflict shows both values in the figures the seller knows', () => {
    const at = '2026-01-20T14:00:00+08:00';
    const text = conflictText(
      {
        platform: 'jd',
        accountId: 'jd-1001',
        kind: 'day',
        key: '2026-01-20',
        metric: 'gmvFen',
        manual: { value: 150_000, source: 'manual', at },
        scraped: { value: 120_000, source: 'network', at },
      },
      '好物直播间',
      'zh',
    );
    expect(text).toBe('好物直播间 · 2026-01-20 · 成交金额：手动 ¥1,500 / 页面 ¥1,200');
  });
});
