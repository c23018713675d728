import type { DayReport, Ledger, SessionTrack } from './ledger';
import type { Day, Metrics, Session } from './model';
import { same } from './same';

/**
 * Records that are copies of another record are stored as a stub and rebuilt on load (issue
 * #16): an imported session's track is its session's scraped totals and nothing else, and an
 * imported day's console figure is that day's scraped totals. Writing them out in full made an
 * import structure-clone and commit about twice the file (6 accounts × 2 years: tracks 2.8 MB
 * and reports 1.7 MB of the 9.8 MB written).
 *
 * A record is stubbed only when rebuilding it from its companion gives exactly the same record
 * (every field compared), so nothing can be lost: a live track (segments, per-day values,
 * series), a track holding a conflict's scraped value, or a report that differs from its day
 * after a later recomputation is stored in full. Whenever the companion (session / day) is
 * written, its copy is written again too (bucket-io.ts), so a stub never outlives the record it
 * was a copy of.
 */
export const DERIVED = 0;

/** Stores whose records may be stubs, each with the store of its companion (same ledger key). */
export const COMPANION = { tracks: 'sessions', reports: 'days' } as const;
export type DerivedStore = keyof typeof COMPANION;

export const isDerivedStore = (s: string): s is DerivedStore => Object.hasOwn(COMPANION, s);

/** The metrics that are not the seller's, each value copied (a loaded record shares nothing). */
function scrapedOf(m: Metrics): Metrics {
  const out: Metrics = {};
  for (const [k, v] of Object.entries(m) as [keyof Metrics, Metrics[keyof Metrics]][])
    if (v && v.source !== 'manual') out[k] = { ...v };
  return out;
}

export function trackOf(s: Session): SessionTrack {
  const { platform, accountId, sessionId } = s;
  return { platform, accountId, sessionId, seg: {}, perDay: {}, scraped: scrapedOf(s.metrics) };
}

export function reportOf(d: Day): DayReport {
  const r: DayReport = {
    platform: d.platform,
    accountId: d.accountId,
    day: d.day,
    metrics: scrapedOf(d.metrics),
  };
  if (d.sessions !== undefined) r.sessions = d.sessions;
  return r;
}

const own = <T>(rows: Record<string, T>, k: string): T | undefined =>
  Object.hasOwn(rows, k) ? rows[k] : undefined;

/** The record rebuilt from its companion in `l`, or undefined when the companion is absent. */
export function derive(
  l: Ledger,
  store: DerivedStore,
  k: string,
): SessionTrack | DayReport | undefined {
  if (store === 'tracks') {
    const s = own(l.sessions, k);
    return s && trackOf(s);
  }
  const d = own(l.days, k);
  return d && reportOf(d);
}

/** What a bucket row holds for record `v` of `store`: the stub when `v` can be rebuilt exactly. */
export function storedForm(l: Ledger, store: string, k: string, v: unknown): unknown {
  if (v === undefined || !isDerivedStore(store)) return v;
  return isCopy(l, store, k, v as SessionTrack | DayReport) ? DERIVED : v;
}

const TRACK_FIELDS = new Set(['platform', 'accountId', 'sessionId', 'seg', 'perDay', 'scraped']);
const REPORT_FIELDS = new Set(['platform', 'accountId', 'day', 'metrics', 'sessions']);

/**
 * Whether `v` equals what derive() would rebuild, checked field by field without building it
 * (an import asks for ~8,000 records). Same verdict as same(derive(l, store, k), v): a unit
 * test holds the two together.
 */
function isCopy(l: Ledger, store: DerivedStore, k: string, v: SessionTrack | DayReport): boolean {
  const r = v as unknown as Record<string, unknown>;
  for (const f in r)
    if (r[f] !== undefined && !(store === 'tracks' ? TRACK_FIELDS : REPORT_FIELDS).has(f))
      return false;
  if (store === 'tracks') {
    const t = v as SessionTrack;
    const s = own(l.sessions, k);
    return (
      !!s &&
      t.platform === s.platform &&
      t.accountId === s.accountId &&
      t.sessionId === s.sessionId &&
      isEmpty(t.seg) &&
      isEmpty(t.perDay) &&
      sameScraped(t.scraped, s.metrics)
    );
  }
  const rep = v as DayReport;
  const d = own(l.days, k);
  return (
    !!d &&
    rep.platform === d.platform &&
    rep.accountId === d.accountId &&
    rep.day === d.day &&
    rep.sessions === d.sessions &&
    sameScraped(rep.metrics, d.metrics)
  );
}

function isEmpty(o: unknown): boolean {
  if (o === null || typeof o !== 'object') return false;
  for (const k in o as Record<string, unknown>)
    if ((o as Record<string, unknown>)[k] !== undefined) return false;
  return true;
}

/** `scraped` holds exactly the non-manual values of `all`, equal field by field. */
function sameScraped(scraped: unknown, all: Metrics): boolean {
  if (scraped === null || typeof scraped !== 'object') return false;
  const got = scraped as Record<string, unknown>;
  let n = 0;
  for (const [m, v] of Object.entries(all)) {
    if (!v || v.source === 'manual') continue;
    n += 1;
    if (!same(got[m], v)) return false;
  }
  for (const m in got) if (got[m] !== undefined) n -= 1;
  return n === 0;
}
