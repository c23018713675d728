/** The adapter registry: adding a console page = one adapter + fixtures + one line here. */
import type { Platform } from '../../history/model';
import { adapterMatches, type Adapter } from '../adapter';
import { alibabaWorkbench } from './alibaba';
import { channelsDashboard, channelsHistory, channelsLive } from './channels';
import { jdBigScreen, jdList } from './jd';

export const ADAPTERS: Record<Platform, readonly Adapter[]> = {
  jd: [jdBigScreen, jdList],
  channels: [channelsLive, channelsDashboard, channelsHistory],
  alibaba: [alibabaWorkbench],
};

export const adapterFor = (platform: Platform, url: URL): Adapter | undefined =>
  ADAPTERS[platform].find((a) => adapterMatches(a, url));
