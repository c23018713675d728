import { z } from 'zod';
import { METRIC_KEYS } from '../metric-keys';
import { ACCOUNT_SETTINGS_SHAPE } from '../platforms/account-settings';
import { PLATFORMS, type Platform } from '../platforms/ids';
import {
  DayKeySchema,
  GrowthTargetSchema,
  IsoInstantSchema,
  MAX_METRIC_VALUE,
  MAX_YEAR,
  MIN_YEAR,
  Medal,
  SourceSchema,
  ValueSchema,
  isDayKey,
  type DayKey,
  type GrowthTarget,
  type Source,
  type Value,
} from './fields';

/**
 * The history model: what the engine reads, what IndexedDB persists and what the
 * JSON export carries. Versioned: bump HISTORY_FORMAT_VERSION and add a migration
 * in src/history/migrations/ when the shape changes.
 */
export const HISTORY_FORMAT = 'livepace-history';
/** 2: Douyin joined (v1 files import through src/history/migrations/export-v2.ts). */
export const HISTORY_FORMAT_VERSION = 2;

// Platform ids come from the platform registry (light part: no rules, no UI).
export const PlatformSchema = z.enum(PLATFORMS);
export type { Platform };

// Field schemas shared with each platform's settings part (./fields.ts avoids an import cycle).
export {
  DayKeySchema,
  IsoInstantSchema,
  MAX_METRIC_VALUE,
  MAX_YEAR,
  MIN_YEAR,
  Medal,
  SourceSchema,
  ValueSchema,
  GrowthTargetSchema,
  isDayKey,
  type DayKey,
  type GrowthTarget,
  type Source,
  type Value,
};
export { ShopFactsSchema, type ShopFacts } from '../platforms/alibaba/settings';
export { BenchmarkPlanSchema } from '../platforms/channels/settings';

/**
 * Per-account settings the rules need: the union of every platform's part (its settings.ts).
 * Everything optional: missing means "unknown".
 */
export const AccountSettingsSchema = z.strictObject(ACCOUNT_SETTINGS_SHAPE);
export type AccountSettings = z.infer<typeof AccountSettingsSchema>;

/**
 * Metric keys, each with a fixed unit:
 * durationSec seconds · dau viewers (console's daily/session UV) · gmvFen CNY fen ·
 * buyers paying users · orders · online current viewers · pv views · fans followers ·
 * clubLive new 直播粉丝团 members · clubShop new 购物粉丝团 members (Douyin's two fan clubs) ·
 * newFans followers gained in the session (a flow; `fans` is the follower total, a level).
 */
export const MetricKeySchema = z.enum(METRIC_KEYS);
export type MetricKey = z.infer<typeof MetricKeySchema>;

export const MetricsSchema = z.partialRecord(MetricKeySchema, ValueSchema);
export type Metrics = z.infer<typeof MetricsSchema>;

export const AccountIdSchema = z.string().min(1).max(200);

export const AccountSchema = z.strictObject({
  platform: PlatformSchema,
  accountId: AccountIdSchema,
  displayName: z.string().max(200),
  hidden: z.boolean().optional(),
  /** Seeded by `npm run demo`; removable in one click. */
  demo: z.boolean().optional(),
  /**
   * Created from readings of a page that showed no stable account id; its id is `~shop:<name>`,
   * `~live:<host>:<live id>` or `~page:<host><path>`. The seller confirms it (flag cleared) or
   * merges it into an existing account.
   */
  provisional: z.literal(true).optional(),
  /** Tombstone of a merged provisional account: later readings of that page go to this id. */
  mergedInto: AccountIdSchema.optional(),
});
export type Account = z.infer<typeof AccountSchema>;

export const SessionFlagsSchema = z.strictObject({
  /** 购物车未挂袋: JD does not count the session. null = unknown. */
  noCart: z.boolean().optional(),
  crossedMidnight: z.boolean().optional(),
  over24h: z.boolean().optional(),
  /** 1688: a valid session lasts more than 15 minutes. */
  under15min: z.boolean().optional(),
  realPerson: z.boolean().optional(),
});

export const SessionSchema = z.strictObject({
  platform: PlatformSchema,
  accountId: AccountIdSchema,
  /** Platform live id / object id, or `start:<ISO>` when the console shows none. */
  sessionId: z.string().min(1).max(200),
  start: IsoInstantSchema,
  /** null while live (or when the end was never seen). */
  end: IsoInstantSchema.nullable(),
  live: z.boolean(),
  /** Cumulative totals of the whole session as last observed. */
  metrics: MetricsSchema,
  flags: SessionFlagsSchema.default({}),
  /** Last instant any value of this session was observed. */
  lastSeenAt: IsoInstantSchema,
});
export type Session = z.infer<typeof SessionSchema>;

/** Per-day totals in Asia/Shanghai days. */
export const DaySchema = z.strictObject({
  platform: PlatformSchema,
  accountId: AccountIdSchema,
  day: DayKeySchema,
  metrics: MetricsSchema,
  /** Number of sessions that started that day (1688 counts valid ones > 15 min). */
  sessions: z.number().int().nonnegative().max(10_000).optional(),
});
export type Day = z.infer<typeof DaySchema>;

/** A manual value that disagrees with a scraped one: both are kept, the manual one wins. */
export const ConflictSchema = z.strictObject({
  platform: PlatformSchema,
  accountId: AccountIdSchema,
  kind: z.enum(['day', 'session']),
  key: z.string().min(1).max(200),
  metric: MetricKeySchema,
  manual: ValueSchema,
  scraped: ValueSchema,
});
export type Conflict = z.infer<typeof ConflictSchema>;

export const accountKey = (a: { platform: Platform; accountId: string }): string =>
  `${a.platform}:${a.accountId}`;

export const HistorySchema = z.strictObject({
  format: z.literal(HISTORY_FORMAT),
  version: z.literal(HISTORY_FORMAT_VERSION),
  exportedAt: IsoInstantSchema,
  accounts: z.array(AccountSchema),
  sessions: z.array(SessionSchema),
  days: z.array(DaySchema),
  /** Keyed by accountKey(). */
  settings: z.record(z.string(), AccountSettingsSchema).default({}),
  conflicts: z.array(ConflictSchema).default([]),
});
export type History = z.infer<typeof HistorySchema>;
export type HistoryInput = z.input<typeof HistorySchema>;

export const emptyHistory = (exportedAt: string): History => ({
  format: HISTORY_FORMAT,
  version: HISTORY_FORMAT_VERSION,
  exportedAt,
  accounts: [],
  sessions: [],
  days: [],
  settings: {},
  conflicts: [],
});
