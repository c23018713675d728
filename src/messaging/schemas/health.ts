import { z } from 'zod';
import { AccountIdSchema, IsoInstantSchema, PlatformSchema } from '../../history/model';

/** What a page could and could not read: views show unread figures as unread. */
export const HealthSchema = z.strictObject({
  platform: PlatformSchema,
  accountId: AccountIdSchema.nullable(),
  page: z.string().max(60),
  at: IsoInstantSchema,
  read: z.array(
    z.strictObject({
      metric: z.string().max(40),
      source: z.enum(['network', 'dom']),
      at: IsoInstantSchema,
    }),
  ),
  /** Expected on this page and not found: "layout changed?". */
  missing: z.array(z.string().max(40)),
  /** Account could not be identified. */
  accountUnknown: z.boolean().optional(),
  /** API and screen disagree for a metric (e.g. an unconfirmed unit): both kept, reported. */
  disagreements: z
    .array(
      z.strictObject({
        metric: z.string().max(40),
        network: z.number().finite(),
        dom: z.number().finite(),
        note: z.string().max(200),
      }),
    )
    .max(20)
    .optional(),
  /** The console's API answered with an error envelope (code + message), newest first. */
  apiErrors: z.array(z.string().max(200)).max(5).optional(),
  /** Figures read through a seller's 点选 binding rather than a known label. */
  bound: z.array(z.string().max(40)).max(20).optional(),
});
export type Health = z.infer<typeof HealthSchema>;
