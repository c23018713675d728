import type { AccountSettings } from '../history/model';
import type { Assumption, ColdStartResult, ItemResult } from './result';
import type { ChannelsPack } from './schema';
import type { AccountHistory } from './history-index';
import { coldStart } from './channels-coldstart';
import { benchmarkItems } from './channels-benchmark';
import { growthItems } from './channels-targets';
import type { DayNum } from './daymath';

export interface ChannelsResult {
  coldStart: ColdStartResult;
  items: ItemResult[];
  assumptions: Assumption[];
}

export function evaluateChannels(
  pack: ChannelsPack,
  acc: AccountHistory,
  s: AccountSettings,
  today: DayNum,
  nowMs: number,
): ChannelsResult {
  return {
    coldStart: coldStart(pack, acc, s, today),
    items: [
      ...benchmarkItems(pack, acc, s, today, nowMs),
      ...growthItems(pack, acc, s, today, nowMs),
    ],
    assumptions: pack.assumptions,
  };
}
