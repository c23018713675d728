import type { Platform, Source } from '../history/model';

/**
 * What the engine returns. Plain data (JSON-serialisable): the background sends it to the
 * popup and badges, the CLI prints it. Every user-facing text is bilingual.
 */
export interface Text {
  zh: string;
  en: string;
  /** Set on a reason the seller resolves by filling in a setting (the UI links to it). */
  setting?: true;
}

export type ItemStatus =
  'done' | 'on_track' | 'behind' | 'unreachable_today' | 'unknown' | 'not_applicable' | 'excluded';

/** The unit of current / threshold / remaining. Money is fen, durations are minutes. */
export type ItemUnit =
  | 'minutes'
  | 'fen'
  | 'viewers'
  | 'buyers'
  | 'sessions'
  | 'orders'
  | 'fans'
  /** Fan-club members (Douyin 直播粉丝团 / 购物粉丝团). */
  | 'members'
  | 'days'
  | 'score'
  | 'grade'
  | 'flag';

export interface Assumption {
  id: string;
  text: Text;
  /** The other reading, shown in the tooltip of the "?" marker. */
  alternative?: Text;
}

export interface Deadline {
  /** Instant (ISO, with offset +08:00) after which the item no longer counts. */
  at: string;
  kind: 'midnight' | 'data_cutoff' | 'enrol_by' | 'window_end' | 'session_24h';
  /** True when the cycle is projected from the published pattern, not published. */
  projected: boolean;
  label: Text;
}

export interface Provenance {
  source: Source;
  at: string;
  estimated?: boolean;
}

export interface ItemResult {
  packId: string;
  itemId: string;
  /** e.g. 成长任务 · 每日 */
  group: Text;
  label: Text;
  period: 'day' | 'cycle' | 'rolling30' | 'session' | 'week' | 'month' | 'window' | 'fact';
  unit: ItemUnit;
  /** null = unknown (see reason). */
  current: number | null;
  threshold: number;
  /** max(0, threshold - current) in `unit`; null when current is unknown. */
  remaining: number | null;
  status: ItemStatus;
  reason?: Text;
  reward?: { pv?: number; text: Text };
  /** Instant when the threshold is reached at the current pace (only while live). */
  eta?: string;
  /** Period items: what is needed per remaining day, in `unit`. */
  perDay?: number;
  /** Period items: days left including today. */
  daysLeft?: number;
  deadline?: Deadline;
  assumptions: Assumption[];
  warnings: Text[];
  /** Provenance of the freshest value behind `current`. */
  provenance?: Provenance;
}

export type AlibabaLevel = 'normal' | 'daren' | 'rongyao';

export interface RequirementGap {
  id: string;
  label: Text;
  current: number | boolean | null;
  threshold: number | boolean;
  /** What is missing, in the requirement's unit; null when unknown. */
  gap: number | null;
  met: boolean | null;
  /** Requirements combined with "or": any one of the group suffices. */
  anyOf?: string;
}

export interface WindowForecastDay {
  /** Beijing day on which the level is evaluated (window = 30 days ending the day before). */
  day: string;
  sessionsLeaving: number;
  buyersLeaving: number;
  sessions: number;
  buyers: number;
  levelIfIdle: AlibabaLevel | 'unknown';
}

export interface LevelResult {
  category: 'consumer' | 'industrial' | null;
  current: AlibabaLevel | 'unknown';
  next: AlibabaLevel | null;
  /** Requirements of the next level (or of the current one when it is at risk). */
  missing: RequirementGap[];
  windowStart: string;
  windowEnd: string;
  sessions30: number;
  buyers30: number;
  forecast: WindowForecastDay[];
  /** Level lost within 3 days if the seller does nothing. */
  atRisk: boolean;
}

export interface ColdStartResult {
  status: 'cold_start' | 'not_cold_start' | 'unknown';
  reason: Text;
  /** In cold start by the first-live rule: its last day (Beijing), per the pack's reading. */
  lastDay?: string;
}

export interface AccountEvaluation {
  platform: Platform;
  accountId: string;
  displayName: string;
  /** Readings of a page without a stable account id: the seller has not confirmed it yet. */
  provisional: boolean;
  live: boolean;
  items: ItemResult[];
  level?: LevelResult;
  coldStart?: ColdStartResult;
  /** The JD cycle in force at `now`, if any. */
  cycle?: {
    id: string;
    from: string;
    to: string;
    dataCutoff: string;
    /** 活动参与截止: shown even when enrolled, so a seller who is not can see the date. */
    enrolBy: string;
    /** 激励最迟下发. */
    rewardsBy: string;
    /** The seller's enrolment day for this cycle; null = not entered. */
    enrolled: string | null;
    projected: boolean;
  };
  assumptions: Assumption[];
}

export interface Evaluation {
  now: string;
  packVersions: Record<string, string>;
  accounts: AccountEvaluation[];
}
