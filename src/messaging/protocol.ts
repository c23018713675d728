import { z } from 'zod';
import { GlobalSettingsPatchSchema, GlobalSettingsSchema, RetentionDaysSchema } from './settings';
import {
  AccountIdSchema,
  AccountSchema,
  DaySchema,
  SessionSchema,
  AccountSettingsSchema,
  DayKeySchema,
  IsoInstantSchema,
  MAX_METRIC_VALUE,
  MetricKeySchema,
  PlatformSchema,
} from './history/model';

/**
 * The one typed protocol between contexts. Every request and response crossing a
 * context boundary is parsed with these schemas; unknown types are rejected.
 */

const ObservedValue = z.strictObject({
  value: z.number().finite().nonnegative().max(MAX_METRIC_VALUE),
  source: z.enum(['network', 'dom']),
});
/** Metrics that count people or orders: a fraction of one is a misreading, refused. */
const COUNT_METRICS = new Set(['dau', 'buyers', 'orders', 'online', 'pv', 'fans']);
const ObservedMetrics = z.partialRecord(MetricKeySchema, ObservedValue).superRefine((ms, ctx) => {
  for (const [k, v] of Object.entries(ms)) {
    if (v && COUNT_METRICS.has(k) && !Number.isInteger(v.value))
      ctx.addIssue({ code: 'custom', path: [k, 'value'], message: 'expected a whole count' });
  }
});

/** One reading of a console page: cumulative values of the current session (or day). */
export const ObservationSchema = z.strictObject({
  /** Unique per reading: `${pageInstance}:${seq}`. Makes resends idempotent. */
  id: z.string().min(1).max(200),
  platform: PlatformSchema,
  accountId: AccountIdSchema,
  accountName: z.string().max(200).optional(),
  /** The page gave no stable account id: `accountId` is a provisional `~…` id (see model). */
  provisional: z.literal(true).optional(),
  /** Live id / object id; absent when the page shows none (then sessionStart identifies it). */
  sessionId: z.string().min(1).max(200).optional(),
  sessionStart: IsoInstantSchema.optional(),
  live: z.boolean().optional(),
  hasCart: z.boolean().optional(),
  /** `session` = cumulative for the live session; `day` = the console's figure for the Beijing day. */
  scope: z.enum(['session', 'day']),
  observedAt: IsoInstantSchema,
  /** Page kind, e.g. `jd.bigScreen`, for health and debugging. */
  page: z.string().max(60),
  metrics: ObservedMetrics,
});
export type Observation = z.infer<typeof ObservationSchema>;

/** A past session read from a history/list page (backfill). */
export const BackfillSessionSchema = z.strictObject({
  sessionId: z.string().min(1).max(200),
  start: IsoInstantSchema,
  end: IsoInstantSchema.nullable(),
  metrics: z.partialRecord(
    MetricKeySchema,
    z.number().finite().nonnegative().max(MAX_METRIC_VALUE),
  ),
  hasCart: z.boolean().optional(),
});
export const BackfillSchema = z.strictObject({
  platform: PlatformSchema,
  accountId: AccountIdSchema,
  accountName: z.string().max(200).optional(),
  provisional: z.literal(true).optional(),
  observedAt: IsoInstantSchema,
  page: z.string().max(60),
  sessions: z.array(BackfillSessionSchema).max(2000),
});
export type Backfill = z.infer<typeof BackfillSchema>;

/** Shop facts read from a 1688 page. */
export const ShopFactsObservationSchema = z.strictObject({
  platform: z.literal('alibaba'),
  accountId: AccountIdSchema,
  observedAt: IsoInstantSchema,
  medal: z.number().int().min(0).max(5).optional(),
  bsrDesc: z.number().min(0).max(5).optional(),
  bsrShip: z.number().min(0).max(5).optional(),
  fans: z.number().int().nonnegative().max(MAX_METRIC_VALUE).optional(),
  /** 近30天直播场次 / 近30天买家数 as the workbench shows them. */
  sessions30: z.number().int().nonnegative().max(100_000).optional(),
  buyers30: z.number().int().nonnegative().max(MAX_METRIC_VALUE).optional(),
  accountName: z.string().max(200).optional(),
  provisional: z.literal(true).optional(),
});

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

const Ok = z.strictObject({ ok: z.literal(true) });
/** Sessions and day records a retention deletes. */
const RetentionCount = z.strictObject({
  sessions: z.number().int().nonnegative(),
  days: z.number().int().nonnegative(),
});
export const AccountRefSchema = z.strictObject({
  platform: PlatformSchema,
  accountId: AccountIdSchema,
});
export type AccountRef = z.infer<typeof AccountRefSchema>;
const AccountRef = AccountRefSchema;
const ExportQuery = z.strictObject({
  account: AccountRef.optional(),
  from: DayKeySchema.optional(),
  to: DayKeySchema.optional(),
  format: z.enum(['json', 'csv']),
});
const ImportSummary = z.strictObject({
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

/**
 * Request → response schemas per message type. `view` returns the engine's Evaluation plus
 * health; it is validated loosely (z.unknown) on the receiving UI side only in shape.
 */
export const protocol = {
  observe: {
    /** Each observation is validated on its own by the handler: one bad value blocks nothing. */
    req: z.strictObject({ observations: z.array(z.unknown()).min(1).max(500) }),
    /** `acked` includes the refused ids too (a tab drops them); `refused` says why. */
    res: z.strictObject({
      acked: z.array(z.string()),
      refused: z.array(z.strictObject({ id: z.string(), reason: z.string() })).optional(),
    }),
  },
  backfill: { req: BackfillSchema, res: Ok },
  health: { req: HealthSchema, res: Ok },
  shopFacts: { req: ShopFactsObservationSchema, res: Ok },
  /** Everything the popup / badge / options need to render. */
  view: {
    req: z.strictObject({ platform: PlatformSchema.optional(), at: IsoInstantSchema.optional() }),
    res: z.strictObject({
      evaluation: z.unknown(),
      health: z.array(HealthSchema),
      updatedAt: IsoInstantSchema.nullable(),
    }),
  },
  saveAccountSettings: {
    req: z.strictObject({ account: AccountRef, settings: AccountSettingsSchema }),
    res: Ok,
  },
  renameAccount: {
    req: z.strictObject({ account: AccountRef, displayName: z.string().min(1).max(200) }),
    res: Ok,
  },
  hideAccount: { req: z.strictObject({ account: AccountRef, hidden: z.boolean() }), res: Ok },
  deleteAccount: { req: z.strictObject({ account: AccountRef }), res: Ok },
  /** A provisional account is a new account of its own: clears `provisional`. */
  confirmAccount: { req: z.strictObject({ account: AccountRef }), res: Ok },
  /** A provisional account is `into`: moves its history there (deduped), leaves a tombstone. */
  mergeAccount: { req: z.strictObject({ from: AccountRef, into: AccountRef }), res: Ok },
  manualEntry: { req: ManualEntrySchema, res: Ok },
  exportHistory: {
    req: ExportQuery,
    res: z.strictObject({ filename: z.string(), mime: z.string(), text: z.string() }),
  },
  importDryRun: { req: z.strictObject({ text: z.string().max(200_000_000) }), res: ImportSummary },
  importApply: { req: z.strictObject({ text: z.string().max(200_000_000) }), res: ImportSummary },
  /** Accounts and all settings, for the options page. */
  getSettings: {
    req: z.strictObject({}),
    res: z.strictObject({
      global: GlobalSettingsSchema,
      accounts: z.array(AccountSchema),
      accountSettings: z.record(z.string(), AccountSettingsSchema),
      /** Stored settings that could not be read (kept aside, defaults used for those fields). */
      settingsProblems: z.array(z.string()).optional(),
    }),
  },
  /** Changes only the fields sent (see GlobalSettingsPatchSchema). */
  patchGlobalSettings: { req: GlobalSettingsPatchSchema, res: Ok },
  /** The in-page badge's close (and the options toggle): one platform on or off, nothing else. */
  setBadgeDisabled: {
    req: z.strictObject({ platform: PlatformSchema, disabled: z.boolean() }),
    res: Ok,
  },
  /** How many records a retention would delete now (options asks before lowering it). */
  retentionPreview: {
    req: z.strictObject({ retentionDays: RetentionDaysSchema }),
    res: RetentionCount,
  },
  /** Sets the retention and deletes what it excludes: the one explicit, confirmed delete. */
  applyRetention: {
    req: z.strictObject({ retentionDays: RetentionDaysSchema }),
    res: RetentionCount.extend({ ok: z.literal(true) }),
  },
  /** Per-day records and sessions of one account, for the history chart and manual correction. */
  historyOf: {
    req: z.strictObject({
      account: AccountRef,
      from: DayKeySchema.optional(),
      to: DayKeySchema.optional(),
    }),
    res: z.strictObject({ days: z.array(DaySchema), sessions: z.array(SessionSchema) }),
  },
  clearDemo: { req: z.strictObject({}), res: Ok },
  /** The in-page badge's strings in one language (kept out of the content-script bundles). */
  badgeStrings: {
    req: z.strictObject({ lang: z.enum(['zh', 'en']) }),
    res: z.record(z.string(), z.string()),
  },
  storageEstimate: {
    req: z.strictObject({}),
    res: z.strictObject({ usage: z.number().nullable(), quota: z.number().nullable() }),
  },
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type Req<T extends MessageType> = z.input<Protocol[T]['req']>;
export type Res<T extends MessageType> = z.infer<Protocol[T]['res']>;

/**
 * chrome.storage.local key the background bumps (ISO instant) after every re-evaluation.
 * Popup and in-page badges listen to storage.onChanged for it and re-request `view`.
 */
export const VIEW_UPDATED_KEY = 'livepace:viewUpdatedAt';

export const EnvelopeSchema = z.strictObject({
  type: z.enum(Object.keys(protocol) as [MessageType, ...MessageType[]]),
  payload: z.unknown(),
});
