/**
 * The adapter registry: adding a console page = one adapter + fixtures + one line here.
 * Content scripts do not import this file: each entrypoint lists its own platform's adapters,
 * so the other platforms' extractors stay out of its size-budgeted bundle.
 */
import type { Platform } from '../../history/model';
import { pickAdapter, type Adapter } from '../adapter';
import { alibabaWorkbench } from '../../platforms/alibaba/adapters';
import {
  channelsDashboard,
  channelsHistory,
  channelsLive,
} from '../../platforms/channels/adapters';
import { jdBigScreen, jdList } from '../../platforms/jd/adapters';

export const ADAPTERS: Record<Platform, readonly Adapter[]> = {
  jd: [jdBigScreen, jdList],
  channels: [channelsLive, channelsDashboard, channelsHistory],
  alibaba: [alibabaWorkbench],
};

export const adapterFor = (platform: Platform, url: URL): Adapter | undefined =>
  pickAdapter(ADAPTERS[platform], url);
