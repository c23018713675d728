import type { PlatformMeta } from '../types';

/**
 * Douyin 抖音 (电商罗盘 compass.jinritemai.com, 巨量百应 buyin.jinritemai.com, 抖店
 * fxg.jinritemai.com): ids and strings only, no code.
 */
export const douyinMeta = {
  id: 'douyin',
  names: { zh: '抖音', en: 'Douyin' },
  pageIds: ['douyin.screenPro', 'douyin.screenBasic', 'douyin.history', 'douyin.control'],
  pages: {
    'douyin.screenPro': { zh: '罗盘直播大屏', en: 'Compass live big screen' },
    'douyin.screenBasic': { zh: '罗盘直播大屏（基础版）', en: 'Compass big screen (basic)' },
    'douyin.history': { zh: '抖音直播列表', en: 'Douyin live list' },
    'douyin.control': { zh: '百应直播中控台', en: 'Buyin live control' },
  },
} as const satisfies PlatformMeta<'douyin'>;

export type DouyinPage = (typeof douyinMeta.pageIds)[number];
