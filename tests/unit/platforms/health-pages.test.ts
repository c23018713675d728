import { describe, expect, it } from 'vitest';
import { ALL_ADAPTERS } from '../../../src/capture/adapters';
import { healthMessages, pageName } from '../../../src/ui/health';

describe('health page names', () => {
  it.each(ALL_ADAPTERS.map((a) => [a.id, a.platform] as const))(
    '%s has its own name in zh and en',
    (page, platform) => {
      const fallback = {
        zh: pageName({ page: 'none', platform }, 'zh'),
        en: pageName({ page: 'none', platform }, 'en'),
      };
      for (const lang of ['zh', 'en'] as const) {
        const name = pageName({ page, platform }, lang);
        expect(name.trim()).not.toBe('');
        expect(name).not.toBe(fallback[lang]);
      }
    },
  );

  it('names the JD list page by the id its adapter reports (was keyed jd.myList)', () => {
    expect(pageName({ page: 'jd.list', platform: 'jd' }, 'zh')).toBe('京东直播列表');
    expect(pageName({ page: 'jd.list', platform: 'jd' }, 'en')).toBe('JD live list');
    expect(pageName({ page: 'channels.dashboard', platform: 'channels' }, 'zh')).toBe(
      '视频号数据看板',
    );
    // An id no adapter has says which platform's page it was.
    expect(pageName({ page: 'jd.myList', platform: 'jd' }, 'zh')).toBe('京东直播页面');
  });

  it('uses the page name in the seller-facing message', () => {
    const msgs = healthMessages(
      [
        {
          platform: 'jd',
          accountId: null,
          page: 'jd.list',
          at: '2026-03-01T20:00:00+08:00',
          read: [],
          missing: ['gmvFen'],
        },
      ],
      'zh',
    );
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatch(/^京东直播列表读取失败：/);
  });
});
