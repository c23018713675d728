import channelsPack from '../../../rules/channels.json';
import type { PlatformModule } from '../types';
import { CHANNELS_ADAPTERS } from './adapters';
import { channelsMeta } from './meta';
import { ChannelsPackSchema, type ChannelsPack } from './pack-schema';
import { evaluateChannels } from './rules/evaluate';
import { channelsAccountSettings } from './settings';

/** WeChat Channels: cold start, 对标 sessions and the seller's growth targets (kind channels). */
export const channels = {
  ...channelsMeta,
  adapters: CHANNELS_ADAPTERS,
  pack: {
    kind: 'channels',
    files: { 'rules/channels.json': channelsPack },
    schema: ChannelsPackSchema,
    evaluate: (pack, acc, s, today, nowMs) => {
      const r = evaluateChannels(pack, acc, s, today, nowMs);
      return { items: r.items, assumptions: r.assumptions, extras: { coldStart: r.coldStart } };
    },
  },
  accountSettings: channelsAccountSettings,
} satisfies PlatformModule<'channels', (typeof channelsMeta.pageIds)[number], ChannelsPack>;
