import { z } from 'zod';
import { GlobalSettingsPatchSchema, GlobalSettingsSchema, RetentionDaysSchema } from '../settings';
import {
  AccountSchema,
  DaySchema,
  SessionSchema,
  AccountSettingsSchema,
  DayKeySchema,
  IsoInstantSchema,
  PlatformSchema,
} from '../history/model';
import type { Evaluation } from '../rules/result';
import { isEvaluation } from '../ui/evaluation-guard';
import { HealthSchema } from './schemas/health';
import { AccountInsightSchema, ReviewReplySchema } from './schemas/insight';
import { BackfillSchema, ShopFactsObservationSchema } from './schemas/observation';
import { SyncPatchSchema, SyncReplySchema, SyncStatusSchema, TeamViewSchema } from './schemas/sync';
import {
  AccountRefSchema as AccountRef,
  ExportQuerySchema as ExportQuery,
  ImportSummarySchema as ImportSummary,
  ManualEntrySchema,
  OkSchema as Ok,
  RetentionCountSchema as RetentionCount,
} from './schemas/requests';

/** An Evaluation as the engine made it (checked by the structural guard the views use). */
const EvaluationReply = z.custom<Evaluation>((v) => isEvaluation(v), 'expected an evaluation');

/**
 * Request → response schemas per message type. `view` returns the engine's Evaluation plus
 * health; the Evaluation is checked by the same structural guard as in the zod-free views.
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
      evaluation: EvaluationReply,
      health: z.array(HealthSchema),
      updatedAt: IsoInstantSchema.nullable(),
      /** The seller's own curves and month plans (src/background/insights.ts). */
      insights: z.array(AccountInsightSchema).optional(),
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
  /** The post-live review (复盘) of an ended session; the latest without `sessionId`. */
  review: {
    req: z.strictObject({ account: AccountRef, sessionId: z.string().min(1).max(200).optional() }),
    res: ReviewReplySchema,
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
  /** Team sync (issue #12, docs/team-sync.md): config without the password, and status. */
  syncGet: { req: z.strictObject({}), res: SyncReplySchema },
  /** Patches the config; enabling needs the server origin granted (options asks Chrome first). */
  syncSet: { req: SyncPatchSchema, res: SyncReplySchema },
  /** One replication round now (push then pull); resolves with the status after it. */
  syncNow: { req: z.strictObject({}), res: z.strictObject({ status: SyncStatusSchema }) },
  /** Every shop of every machine, merged, through the same engine. */
  teamView: { req: z.strictObject({}), res: TeamViewSchema },
  /**
   * Turns sync off and deletes the local copy of the team's documents; `remote: true` also
   * deletes this machine's own documents on the server (an explicit act, confirmed in options).
   */
  syncForget: { req: z.strictObject({ remote: z.boolean() }), res: Ok },
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
/** What a sender passes for `type` (before the background's parse). */
export type Req<T extends MessageType> = z.input<Protocol[T]['req']>;
/** What the background answers to `type`. */
export type Reply<T extends MessageType> = z.infer<Protocol[T]['res']>;
/** The same as Reply (the name older importers use). */
export type Res<T extends MessageType> = Reply<T>;

export const EnvelopeSchema = z.strictObject({
  type: z.enum(Object.keys(protocol) as [MessageType, ...MessageType[]]),
  payload: z.unknown(),
});
