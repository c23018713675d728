import type { PlatformMeta } from '../types';

/** WeChat Channels 视频号 (channels.weixin.qq.com): ids and strings only, no code. */
export const channelsMeta = {
  id: 'channels',
  names: { zh: '视频号', en: 'WeChat Channels' },
  pageIds: ['channels.liveBuild', 'channels.dashboard', 'channels.history'],
  pages: {
    'channels.liveBuild': { zh: '视频号直播控制台', en: 'Channels live control' },
    'channels.dashboard': { zh: '视频号数据看板', en: 'Channels data dashboard' },
    'channels.history': { zh: '视频号直播记录', en: 'Channels live history' },
  },
} as const satisfies PlatformMeta<'channels'>;
