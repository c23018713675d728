import { z } from 'zod';
import { AlibabaPackSchema } from './schema-alibaba';
import { ChannelsPackSchema } from './schema-channels';
import { JdPackSchema } from './schema-jd';

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

export type { JdPack, JdItem, JdCheck, JdCycleDef } from './schema-jd';
export type { AlibabaPack, AlibabaRequirement } from './schema-alibaba';
export type { ChannelsPack } from './schema-channels';
