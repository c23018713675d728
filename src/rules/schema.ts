import { z } from 'zod';
import { PACK_SCHEMAS } from '../platforms';

/**
 * A rule pack: plain JSON in rules/, shaped for reading (see rules/README.md). `kind` selects
 * the platform whose evaluator judges it; the union is every registered platform's pack
 * schema (src/platforms/index.ts), so every threshold, date and reward stays data.
 */
export const RulePackSchema = z.discriminatedUnion('kind', PACK_SCHEMAS);
export type RulePack = z.infer<typeof RulePackSchema>;

export type { JdPack, JdItem, JdCheck, JdCycleDef } from '../platforms/jd/pack-schema';
export type { AlibabaPack, AlibabaRequirement } from '../platforms/alibaba/pack-schema';
export type { ChannelsPack } from '../platforms/channels/pack-schema';
