import type { AccountSettings } from '../../../history/model';
import type { Assumption, ColdStartResult, ItemResult } from '../../../rules/result';
import type { ChannelsPack } from '../pack-schema';
import type { AccountHistory } from '../../../rules/history-index';
import { coldStart } from './coldstart';
import { benchmarkItems } from './benchmark';
import { growthItems } from './targets';
import type { DayNum } from '../../../time/beijing';

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
