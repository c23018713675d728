import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../src/capture/adapters';
import { platformOfHost } from '../../../src/platforms/ids';
import { evaluate } from '../../../src/rules/engine';
import { loadPacks } from '../../../src/rules/packs';
import { healthMessages, pageName } from '../../../src/ui/health';
import { formatReport } from '../../../scripts/lib/report';
import { buildDemoHistory } from '../../harness/history-data';

/** Douyin wired through the shared views: page names, health, sender hosts, the CLI. */
describe('Douyin in the shared views', () => {
  it('each page has its zh name and the adapters are found by URL', () => {
    const at = (u: string) => adapterFor('douyin', new URL(u))?.id;
    expect(at('https://compass.jinritemai.com/screen/live/talent?live_room_id=1')).toBe(
      'douyin.screenPro',
    );
    expect(at('https://fxg.jinritemai.com/ffa/buyin/dashboard/live/control')).toBe(
      'douyin.control',
    );
    expect(pageName({ page: 'douyin.screenPro', platform: 'douyin' }, 'zh')).toBe('罗盘直播大屏');
    expect(pageName({ page: 'douyin.control', platform: 'douyin' }, 'en')).toBe(
      'Buyin live control',
    );
  });

  it('an error envelope is named with its message, beside what could not be read', () => {
    const msgs = healthMessages(
      [
        {
          platform: 'douyin',
          accountId: 'xiaoxiang_88',
          page: 'douyin.screenPro',
          at: '2026-03-10T21:00:00+08:00',
          read: [],
          missing: ['gmvFen'],
          apiErrors: ['10012 当前视角与页面不匹配'],
        },
      ],
      'zh',
    );
    expect(msgs).toEqual([
      '罗盘直播大屏读取失败：成交金额未找到',
      '罗盘直播大屏：后台接口返回错误（10012 当前视角与页面不匹配），这些数字未读到',
    ]);
  });

  it('messages from the Douyin hosts are Douyin; look-alike hosts are nobody', () => {
    expect(['compass', 'buyin', 'fxg'].map((h) => platformOfHost(`${h}.jinritemai.com`))).toEqual([
      'douyin',
      'douyin',
      'douyin',
    ]);
    expect(platformOfHost('jinritemai.com')).toBeNull();
    expect(platformOfHost('evil.jinritemai.com')).toBeNull();
  });

  it('npm run progress prints the Douyin account with its club targets', () => {
    const now = new Date('2026-03-11T21:00:00+08:00');
    const acc = { platform: 'douyin' as const, accountId: 'xiaoxiang_88', displayName: '小象好物' };
    const h = buildDemoHistory([acc], now, 20);
    const text = formatReport(evaluate(loadPacks(), h, h.settings, now.toISOString()));
    expect(text).toContain('== 抖音 (Douyin) · 小象好物 [xiaoxiang_88] ==');
    expect(text).toContain('直播团 · 每场新加直播团');
    expect(text).toContain('购物团 · 本周新加购物团');
  });
});
