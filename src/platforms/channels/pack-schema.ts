import { z } from 'zod';
import { ItemIdSchema, TextSchema, packHeader } from '../../rules/schema-common';

/** WeChat Channels: only what seed 001 states; growth targets and GMV goals come from settings. */
export const ChannelsPackSchema = z.strictObject({
  ...packHeader,
  kind: z.literal('channels'),
  coldStart: z.strictObject({
    /** Cold start while the first live ever was fewer than this many days ago. */
    firstLiveWithinDays: z.number().int().positive(),
    /** Cold start again after this many days without a live. */
    idleDays: z.number().int().positive(),
    label: TextSchema,
  }),
  benchmark: z.strictObject({
    id: ItemIdSchema,
    minDurationMinutes: z.number().positive(),
    /** Applications are due this many days before the planned session. */
    applyDaysAhead: z.number().int().nonnegative(),
    label: TextSchema,
  }),
  growth: z.strictObject({ label: TextSchema }),
});
export type ChannelsPack = z.infer<typeof ChannelsPackSchema>;
