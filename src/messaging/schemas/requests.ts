import { z } from 'zod';
import {
  AccountIdSchema,
  DayKeySchema,
  IsoInstantSchema,
  MAX_METRIC_VALUE,
  MetricKeySchema,
  PlatformSchema,
} from '../../history/model';

/** Requests and replies of the extension pages: manual entry, accounts, export and import. */

export const ManualEntrySchema = z
  .strictObject({
    platform: PlatformSchema,
    accountId: AccountIdSchema,
    kind: z.enum(['day', 'session']),
    /** Day key (YYYY-MM-DD) or session id. */
    key: z.string().min(1).max(200),
    /** For a new manual session. */
    start: IsoInstantSchema.optional(),
    end: IsoInstantSchema.optional(),
    metrics: z.partialRecord(
      MetricKeySchema,
      z.number().finite().nonnegative().max(MAX_METRIC_VALUE),
    ),
  })
  .refine((e) => e.kind !== 'day' || DayKeySchema.safeParse(e.key).success, {
    message: 'expected an existing day YYYY-MM-DD',
    path: ['key'],
  });

export const OkSchema = z.strictObject({ ok: z.literal(true) });
/** Sessions and day records a retention deletes. */
export const RetentionCountSchema = z.strictObject({
  sessions: z.number().int().nonnegative(),
  days: z.number().int().nonnegative(),
});
export const AccountRefSchema = z.strictObject({
  platform: PlatformSchema,
  accountId: AccountIdSchema,
});
export type AccountRef = z.infer<typeof AccountRefSchema>;
export const ExportQuerySchema = z.strictObject({
  account: AccountRefSchema.optional(),
  from: DayKeySchema.optional(),
  to: DayKeySchema.optional(),
  format: z.enum(['json', 'csv']),
});
export const ImportSummarySchema = z.strictObject({
  ok: z.boolean(),
  error: z.string().optional(),
  added: z.number().int(),
  changed: z.number().int(),
  conflicting: z.number().int(),
  unchanged: z.number().int(),
  /** Settings / shop facts the import changes (src/history/import-merge.ts), for the preview. */
  settings: z
    .array(
      z.strictObject({
        platform: PlatformSchema,
        accountId: z.string(),
        field: z.string(),
        from: z.union([z.string(), z.number(), z.boolean(), z.null()]),
        to: z.union([z.string(), z.number(), z.boolean(), z.null()]),
      }),
    )
    .optional(),
});
