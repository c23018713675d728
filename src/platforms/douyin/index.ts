import douyinPack from '../../../rules/douyin.json';
import type { PlatformModule } from '../types';
import { DOUYIN_ADAPTERS } from './adapters';
import { douyinMeta } from './meta';
import { DouyinPackSchema, type DouyinPack } from './pack-schema';
import { evaluateDouyin } from './rules/evaluate';
import { douyinAccountSettings } from './settings';

/** Douyin: the seller's targets (incl. both fan clubs) and the intimacy rates (kind douyin). */
export const douyin = {
  ...douyinMeta,
  adapters: DOUYIN_ADAPTERS,
  pack: {
    kind: 'douyin',
    files: { 'rules/douyin.json': douyinPack },
    schema: DouyinPackSchema,
    evaluate: (pack, acc, s, today, nowMs) => evaluateDouyin(pack, acc, s, today, nowMs),
  },
  accountSettings: douyinAccountSettings,
} satisfies PlatformModule<'douyin', (typeof douyinMeta.pageIds)[number], DouyinPack>;
