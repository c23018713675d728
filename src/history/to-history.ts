import { dayOf } from '../time/calendar';
import {
  accKey,
  conflictKey,
  dayRecKey,
  emptyLedger,
  manualKey,
  putSession,
  sessKey,
  type Ledger,
} from './ledger';
import {
  accountKey,
  HISTORY_FORMAT,
  HISTORY_FORMAT_VERSION,
  type DayKey,
  type History,
  type MetricKey,
  type Metrics,
  type Platform,
} from './model';
import { newTrack } from './tracks';

export interface HistoryQuery {
  account?: { platform: Platform; accountId: string };
  from?: DayKey;
  to?: DayKey;
}

const inRange = (day: DayKey, q: HistoryQuery): boolean =>
  (!q.from || day >= q.from) && (!q.to || day <= q.to);
/** Beijing start day of a session, computed only when a range asks for it (TZ math is slow). */
const startsInRange = (start: string, q: HistoryQuery): boolean =>
  (!q.from && !q.to) || inRange(dayOf(start), q);
const sameAccount = (r: { platform: Platform; accountId: string }, q: HistoryQuery): boolean =>
  !q.account || (r.platform === q.account.platform && r.accountId === q.account.accountId);
const byKey = <T>(rows: Array<[string, T]>): T[] =>
  rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);

/**
 * The export view of the ledger: whole history, one account, and/or a Beijing date range
 * (sessions by their start day). Records are sorted by key so two exports of the same data
 * are byte-identical.
 */
export function ledgerToHistory(l: Ledger, exportedAt: string, q: HistoryQuery = {}): History {
  const sessions = byKey(
    Object.entries(l.sessions).filter(([, s]) => sameAccount(s, q) && startsInRange(s.start, q)),
  );
  const sessionIds = new Set(sessions.map((s) => sessKey(s.platform, s.accountId, s.sessionId)));
  const settings: History['settings'] = {};
  for (const k of Object.keys(l.settings).sort()) {
    const a = l.accounts[k];
    if (a && sameAccount(a, q)) settings[accountKey(a)] = l.settings[k]!;
  }
  return {
    format: HISTORY_FORMAT,
    version: HISTORY_FORMAT_VERSION,
    exportedAt,
    // Tombstones of merged provisional accounts stay out: they carry no history (see
    // docs/export-format.md); provisional accounts are real history and are kept.
    accounts: byKey(
      Object.entries(l.accounts).filter(([, a]) => !a.mergedInto && sameAccount(a, q)),
    ),
    sessions,
    days: byKey(Object.entries(l.days).filter(([, d]) => sameAccount(d, q) && inRange(d.day, q))),
    settings,
    conflicts: byKey(
      Object.entries(l.conflicts).filter(([, c]) =>
        !sameAccount(c, q)
          ? false
          : c.kind === 'day'
            ? inRange(c.key, q)
            : sessionIds.has(sessKey(c.platform, c.accountId, c.key)),
      ),
    ),
  };
}

const split = (m: Metrics): { manual: Metrics; scraped: Metrics } => {
  const manual: Metrics = {};
  const scraped: Metrics = {};
  for (const [k, v] of Object.entries(m) as [MetricKey, NonNullable<Metrics[MetricKey]>][]) {
    if (v.source === 'manual') manual[k] = v;
    else scraped[k] = v;
  }
  return { manual, scraped };
};

/**
 * The ledger an imported file stands for. Day records are stored as they are and their values
 * also become "reported" figures, so a later recomputation of that day keeps them; manual values
 * go back to the manual store, so they stay protected after import.
 */
export function historyToLedger(h: History): Ledger {
  const l = emptyLedger();
  for (const a of h.accounts) l.accounts[accKey(a.platform, a.accountId)] = a;
  for (const [k, s] of Object.entries(h.settings)) {
    const a = h.accounts.find((x) => accountKey(x) === k);
    if (a) l.settings[accKey(a.platform, a.accountId)] = s;
  }
  // Conflicts by the record they belong to (one lookup per record, not a scan per record).
  const clashes = new Map<string, History['conflicts']>();
  for (const c of h.conflicts) {
    l.conflicts[conflictKey(c)] = c;
    const rk = manualKey(c.platform, c.accountId, c.kind, c.key);
    const list = clashes.get(rk);
    if (list) list.push(c);
    else clashes.set(rk, [c]);
  }
  for (const s of h.sessions) {
    const sk = sessKey(s.platform, s.accountId, s.sessionId);
    putSession(l, sk, s);
    const { manual, scraped } = split(s.metrics);
    const t = newTrack(s.platform, s.accountId, s.sessionId);
    t.scraped = scraped;
    for (const c of clashes.get(manualKey(s.platform, s.accountId, 'session', s.sessionId)) ?? [])
      t.scraped[c.metric] = c.scraped;
    l.tracks[sk] = t;
    if (Object.keys(manual).length > 0) {
      l.manual[manualKey(s.platform, s.accountId, 'session', s.sessionId)] = {
        platform: s.platform,
        accountId: s.accountId,
        kind: 'session',
        key: s.sessionId,
        metrics: manual,
      };
    }
  }
  for (const d of h.days) {
    const dk = dayRecKey(d.platform, d.accountId, d.day);
    l.days[dk] = d;
    const { manual, scraped } = split(d.metrics);
    for (const c of clashes.get(manualKey(d.platform, d.accountId, 'day', d.day)) ?? [])
      scraped[c.metric] = c.scraped;
    l.reports[dk] = { platform: d.platform, accountId: d.accountId, day: d.day, metrics: scraped };
    if (d.sessions !== undefined) l.reports[dk].sessions = d.sessions;
    if (Object.keys(manual).length > 0) {
      l.manual[manualKey(d.platform, d.accountId, 'day', d.day)] = {
        platform: d.platform,
        accountId: d.accountId,
        kind: 'day',
        key: d.day,
        metrics: manual,
      };
    }
  }
  return l;
}
