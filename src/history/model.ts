import { z } from 'zod';
import { METRIC_KEYS } from '../metric-keys';

/**
 * The history model: what the engine reads, what IndexedDB persists and what the
 * JSON export carries. Versioned: bump HISTORY_FORMAT_VERSION and add a migration
 * in src/history/export-migrations/ when the shape changes.
 */
export const HISTORY_FORMAT = 'livepace-history';
export const HISTORY_FORMAT_VERSION = 1;

export const PlatformSchema = z.enum(['jd', 'channels', 'alibaba']);
export type Platform = z.infer<typeof PlatformSchema>;

/** Where a number came from. `manual` is never overwritten by a scraped value. */
export const SourceSchema = z.enum(['network', 'dom', 'backfill', 'manual']);
export type Source = z.infer<typeof SourceSchema>;

/**
 * Metric keys, each with a fixed unit:
 * durationSec seconds · dau viewers (console's daily/session UV) · gmvFen CNY fen ·
 * buyers paying users · orders · online current viewers · pv views · fans followers ·
 * clubLive new 直播粉丝团 members · clubShop new 购物粉丝团 members (Douyin's two fan clubs) ·
 * newFans followers gained in the session (a flow; `fans` is the follower total, a level).
 */
export const MetricKeySchema = z.enum(METRIC_KEYS);
export type MetricKey = z.infer<typeof MetricKeySchema>;

/** Largest value any metric may hold: keeps hostile imports from creating absurd numbers. */
export const MAX_METRIC_VALUE = 1e13;

/** Years any record may fall in: live commerce history, never year 0 or 9999. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2099;
const inYears = (y: number) => y >= MIN_YEAR && y <= MAX_YEAR;

/** An instant with an explicit offset; zod checks the calendar date, this checks the year. */
export const IsoInstantSchema = z.iso
  .datetime({ offset: true })
  .refine((s) => inYears(Number(s.slice(0, 4))), `year outside ${MIN_YEAR}–${MAX_YEAR}`);

/**
 * A calendar day that exists: parsed, formatted back and compared, so 2026-02-30 (which Date
 * would roll over to 03-02 and count twice) is refused, not silently moved.
 */
export const isDayKey = (s: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m || !inYears(Number(m[1]))) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
};
export const DayKeySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine(isDayKey, `expected an existing day YYYY-MM-DD (${MIN_YEAR}–${MAX_YEAR})`);
export type DayKey = z.infer<typeof DayKeySchema>;

/** One number with its provenance. Unreadable metrics are absent, never 0. */
export const ValueSchema = z.strictObject({
  value: z.number().finite().nonnegative().max(MAX_METRIC_VALUE),
  source: SourceSchema,
  /** Instant the value was observed (or entered, for manual). */
  at: IsoInstantSchema,
  /** True when derived rather than reported by the console (e.g. DAU summed from sessions). */
  estimated: z.boolean().optional(),
});
export type Value = z.infer<typeof ValueSchema>;

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

export const Medal = z.number().int().min(0).max(5);

/** 1688 shop facts: unknown stays absent. */
export const ShopFactsSchema = z.strictObject({
  chengxintong: z.boolean().optional(),
  /** Everything else the seed lists as common requirements (risk, tax, compliance …). */
  commonOk: z.boolean().optional(),
  medal: z.strictObject({ value: Medal, source: SourceSchema, at: IsoInstantSchema }).optional(),
  bsrDesc: ValueSchema.optional(),
  bsrShip: ValueSchema.optional(),
  fans: ValueSchema.optional(),
  /** The console's own "近30天" figures (T+1, same window as ours); preferred when read today. */
  sessions30: ValueSchema.optional(),
  buyers30: ValueSchema.optional(),
});
export type ShopFacts = z.infer<typeof ShopFactsSchema>;

export const GrowthTargetSchema = z.strictObject({
  id: z.string().min(1).max(60),
  label: z.string().max(100),
  metric: z.enum(['durationSec', 'dau', 'gmvFen', 'buyers', 'orders', 'fans']),
  threshold: z.number().finite().positive().max(MAX_METRIC_VALUE),
  period: z.enum(['session', 'day', 'week', 'month']),
  reward: z.string().max(100),
});
export type GrowthTarget = z.infer<typeof GrowthTargetSchema>;

export const BenchmarkPlanSchema = z.strictObject({
  /** Beijing day of the planned benchmark session. */
  day: DayKeySchema,
  gmvTargetFen: z.number().int().positive().max(MAX_METRIC_VALUE),
});

/** Per-account settings the rules need. Everything optional: missing means "unknown". */
export const AccountSettingsSchema = z.strictObject({
  /** JD: enrolment (活动广场 报名) date per cycle id, e.g. {"2026-01": "2026-01-05"}. */
  jdEnrolled: z.record(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), DayKeySchema).optional(),
  jdNorthstarMember: z.boolean().optional(),
  /** JD anchor level (LV), for the 北极星 pool check. */
  jdAnchorLevel: z.number().int().min(0).max(20).optional(),
  alibabaCategory: z.enum(['consumer', 'industrial']).optional(),
  shop: ShopFactsSchema.optional(),
  channelsBenchmark: z.array(BenchmarkPlanSchema).max(100).optional(),
  channelsGrowthTargets: z.array(GrowthTargetSchema).max(50).optional(),
  /** Channels: first live ever on the platform, if the seller knows it predates our history. */
  channelsFirstLiveDay: DayKeySchema.optional(),
});
export type AccountSettings = z.infer<typeof AccountSettingsSchema>;

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
