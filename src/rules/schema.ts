import { z } from 'zod';
import { AlibabaPackSchema } from '../platforms/alibaba/pack-schema';
import { ChannelsPackSchema } from '../platforms/channels/pack-schema';
import { JdPackSchema } from '../platforms/jd/pack-schema';

/**
 * A rule pack: plain JSON in rules/, shaped for reading (see rules/README.md). `kind` selects
 * the evaluator; every threshold, date and reward is data so quarterly changes are a JSON edit.
 */
export const RulePackSchema = z.discriminatedUnion('kind', [
  JdPackSchema,
  AlibabaPackSchema,
  ChannelsPackSchema,
]);
export type RulePack = z.infer<typeof RulePackSchema>;

export type { JdPack, JdItem, JdCheck, JdCycleDef } from '../platforms/jd/pack-schema';
export type { AlibabaPack, AlibabaRequirement } from '../platforms/alibaba/pack-schema';
export type { ChannelsPack } from '../platforms/channels/pack-schema';
