import type { PlatformMeta } from '../types';
import { CH_API, CH_TAP_PREFILTER } from './api';

/** WeChat Channels 视频号 (channels.weixin.qq.com): ids, strings and endpoint patterns: data only. */
export const channelsMeta = {
  id: 'channels',
  names: { zh: '视频号', en: 'WeChat Channels' },
  hosts: ['https://channels.weixin.qq.com/*'],
  pageIds: ['channels.liveBuild', 'channels.dashboard', 'channels.history'],
  pages: {
    'channels.liveBuild': { zh: '视频号直播控制台', en: 'Channels live control' },
    'channels.dashboard': { zh: '视频号数据看板', en: 'Channels data dashboard' },
    'channels.history': { zh: '视频号直播记录', en: 'Channels live history' },
  },
  api: { patterns: CH_API, prefilter: CH_TAP_PREFILTER },
} as const satisfies PlatformMeta<'channels'>;
