/**
 * What an adapter declares: which pages it handles, which JSON endpoints it reads, which
 * labels it looks for, and how it identifies the account and the live session. Extractors
 * are pure functions of a JSON payload or a Document so they can be tested on fixtures.
 */
import type { MetricKey, Platform } from '../history/model';
import type { PageId } from '../platforms/ids';
import type { Req } from '../messaging';
import type { UnitHint } from './parse';

/** Shop facts (1688) and 30-day console figures, read alongside the metric keys. */
export type FactKey = 'medal' | 'bsrDesc' | 'bsrShip' | 'liveCount' | 'buyers30';
export type ReadKey = MetricKey | FactKey;
export type ReadKind = 'count' | 'money' | 'duration' | 'score' | 'medal';

export interface LabelSpec {
  key: ReadKey;
  /** Exact label texts (after trimming colons and a unit suffix like "(元)"). */
  labels: readonly string[];
  kind: ReadKind;
  hint?: UnitHint;
}

/** A past session from a history/list payload. `rawGmv` is converted once its unit is known. */
export interface BackfillRow {
  sessionId: string;
  start: string;
  end: string | null;
  metrics: Partial<Record<MetricKey, number>>;
  rawGmv?: number;
}

export type MoneyUnit = 'yuan' | 'fen';

export interface Extracted {
  metrics?: Partial<Record<MetricKey, number>>;
  /** GMV whose unit the API does not state; `assumed` null = never guess, check the DOM. */
  rawGmv?: { value: number; assumed: MoneyUnit | null };
  session?: { id?: string; start?: string; live?: boolean };
  account?: { id?: string; name?: string };
  backfill?: { rows: BackfillRow[]; gmvUnit: MoneyUnit | null };
  /** The API answered with an error envelope: a health state, never zeros. */
  error?: string;
}

export interface NetworkRule {
  pattern: RegExp;
  extract: (body: unknown, url: string) => Extracted;
}

export interface Identity {
  accountId?: string;
  accountName?: string;
  sessionId?: string;
  sessionStart?: string;
}

export interface Adapter {
  /** Page kind, e.g. `jd.bigScreen`; also the Observation/Health `page` (its platform's meta lists it). */
  id: PageId;
  platform: Platform;
  /** Host and path (+ query) the page lives at. */
  matches: { host: RegExp; path: RegExp };
  /** `session`/`day` = sends observations; null = backfill or shop facts only. */
  scope: 'session' | 'day' | null;
  network: readonly NetworkRule[];
  labels: readonly LabelSpec[];
  /**
   * Metric keys sent as session/day observations; default all. A page that also shows shop
   * facts (1688 粉丝数) sends those only as facts, never as a session's figures.
   */
  observe?: readonly MetricKey[];
  /** Keys this page should show; absent ones are reported as missing in health. */
  expected: readonly ReadKey[];
  identify: (doc: Document, url: URL) => Identity;
  /**
   * Page-specific facts sent beside observations (1688 shop facts). Lives in the adapter so
   * the other consoles' bundles do not carry it; null when the page shows none.
   */
  shopFacts?: (
    read: ReadonlyMap<ReadKey, { value: number }>,
    ident: { accountId: string; accountName?: string | undefined },
    observedAt: string,
  ) => Req<'shopFacts'> | null;
}

/** Keeps the literal `id` and `platform`, so a platform module can check its adapters' pages. */
export const defineAdapter = <A extends Adapter>(a: A): A => a;

export const adapterMatches = (a: Adapter, url: URL): boolean =>
  a.matches.host.test(url.hostname) && a.matches.path.test(url.pathname + url.search);

/** The first adapter of `list` that handles `url`. */
export const pickAdapter = (list: readonly Adapter[], url: URL): Adapter | undefined =>
  list.find((a) => adapterMatches(a, url));
