import type { PlatformMeta } from '../types';
import { DY_API, DY_TAP_PREFILTER } from './api';

/**
 * Douyin 抖音 (电商罗盘 compass.jinritemai.com, 巨量百应 buyin.jinritemai.com, 抖店
 * fxg.jinritemai.com): ids, strings and endpoint patterns: data only.
 */
export const douyinMeta = {
  id: 'douyin',
  names: { zh: '抖音', en: 'Douyin' },
  hosts: [
    'https://compass.jinritemai.com/*',
    'https://buyin.jinritemai.com/*',
    'https://fxg.jinritemai.com/*',
  ],
  pageIds: ['douyin.screenPro', 'douyin.screenBasic', 'douyin.history', 'douyin.control'],
  pages: {
    'douyin.screenPro': { zh: '罗盘直播大屏', en: 'Compass live big screen' },
    'douyin.screenBasic': { zh: '罗盘直播大屏（基础版）', en: 'Compass big screen (basic)' },
    'douyin.history': { zh: '抖音直播列表', en: 'Douyin live list' },
    'douyin.control': { zh: '百应直播中控台', en: 'Buyin live control' },
  },
  api: { patterns: DY_API, prefilter: DY_TAP_PREFILTER },
} as const satisfies PlatformMeta<'douyin'>;

export type DouyinPage = (typeof douyinMeta.pageIds)[number];

/**
 * The Douyin pages the content script and the MAIN-world tap run on (narrower than `hosts`,
 * the permissions): 罗盘 big screens and live detail, 百应 / 抖店 dashboards.
 */
export const DOUYIN_PAGE_MATCHES = [
  'https://compass.jinritemai.com/screen/*',
  'https://compass.jinritemai.com/talent/live-detail*',
  'https://buyin.jinritemai.com/dashboard/*',
  'https://fxg.jinritemai.com/ffa/buyin/dashboard/*',
];
