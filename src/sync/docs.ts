import { accKey, key, dayRecKey, isAfter, SEP, sessionsOf, type Ledger } from '../history/ledger';
import { STALE_LIVE_MS } from '../history/housekeeping';
import { METRIC_KIND } from '../history/metric-kinds';
import type { Account, Conflict, Day, MetricKey, Session } from '../history/model';
import { dayNumOfKey, keyOfDayNum, monthEndNum } from '../time/beijing';
import {
  accountDocId,
  monthDocId,
  SYNC_DOC_VERSION,
  type AccountDoc,
  type Machine,
  type MonthDoc,
  type TeamDoc,
} from './types';

export { docHash, validateDoc } from './docs-check';
export { dirtyScope, monthOfInstant } from './docs-scope';
import { monthOfInstant } from './docs-scope';

/**
 * This machine's team documents, from the ledger. Per account only its own records are read
 * (sessions through the ledger's per-account index, days by their keys: every day of a
 * month); ledgerToHistory's account query filters every account's records.
 */
export interface OwnDocsOptions {
  /** accKey(platform, accountId) of the accounts to build; default every account. */
  accounts?: Set<string>;
  /**
   * Per accKey, the Beijing months ("YYYY-MM") to build: a listed month without records gives
   * an empty MonthDoc (overwrites what went away); an empty set, the account doc only. No entry:
   * every month holding a record of the account (this walks the day keys once).
   */
  months?: Map<string, Set<string>>;
  /** updatedAt of every doc built, and the instant `live` is judged at. */
  at: string;
}

/** Demo accounts (`npm run demo`) and tombstones of merged provisional accounts (no history of
 * their own, only a route for later readings) never leave the machine. */
const shared = (a: Account | undefined): a is Account => !!a && !a.demo && !a.mergedInto;

export function ownDocs(l: Ledger, machine: Machine, opts: OwnDocsOptions): TeamDoc[] {
  const keys = [...(opts.accounts ?? Object.keys(l.accounts))].sort();
  const selected = keys.filter((k) => Object.hasOwn(l.accounts, k) && shared(l.accounts[k]));
  const unscoped = selected.filter((k) => !opts.months?.has(k));
  const dayMonths = unscoped.length > 0 ? monthsOfDays(l, new Set(unscoped)) : new Map();
  const clashes = clashesByRecord(l);
  const out: TeamDoc[] = [];
  for (const k of selected) {
    const a = l.accounts[k]!;
    const sessions = sessionsOf(l, a.platform, a.accountId);
    out.push(accountDoc(l, machine, a, sessions, opts.at));
    const byMonth = new Map<string, Session[]>();
    for (const s of sessions) {
      const m = monthOfInstant(s.start);
      const list = byMonth.get(m);
      if (list) list.push(s);
      else byMonth.set(m, [s]);
    }
    const months = opts.months?.get(k) ?? new Set([...byMonth.keys(), ...(dayMonths.get(k) ?? [])]);
    for (const m of [...months].sort())
      out.push(monthDoc(l, clashes, machine, a, m, byMonth.get(m) ?? [], opts.at));
  }
  return structuredClone(out); // snapshots: observations mutate the ledger's records in place
}

/** Months of the day records of the given accounts (one pass over the day keys). */
function monthsOfDays(l: Ledger, accounts: Set<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const k of Object.keys(l.days)) {
    const i = k.lastIndexOf(SEP);
    const acc = k.slice(0, i);
    if (!accounts.has(acc)) continue;
    const set = out.get(acc) ?? out.set(acc, new Set()).get(acc)!;
    set.add(k.slice(i + 1, i + 8));
  }
  return out;
}

function accountDoc(
  l: Ledger,
  machine: Machine,
  a: Account,
  sessions: Session[],
  at: string,
): AccountDoc {
  let lastLiveAt: string | null = null;
  let live = false;
  const atMs = Date.parse(at);
  for (const s of sessions) {
    const seen = isAfter(s.start, s.lastSeenAt) ? s.start : s.lastSeenAt;
    if (lastLiveAt === null || isAfter(seen, lastLiveAt)) lastLiveAt = seen;
    // A "live" session silent longer than housekeeping's limit ended without us seeing it.
    if (s.live && s.end === null && atMs - Date.parse(s.lastSeenAt) <= STALE_LIVE_MS) live = true;
  }
  const settings = l.settings[accKey(a.platform, a.accountId)];
  return {
    _id: accountDocId(machine.id, a.platform, a.accountId),
    kind: 'account',
    v: SYNC_DOC_VERSION,
    machine: { id: machine.id, name: machine.name },
    account: a,
    ...(settings ? { settings } : {}),
    lastLiveAt,
    live,
    updatedAt: at,
  };
}

const METRICS = Object.keys(METRIC_KIND) as MetricKey[];

/**
 * Conflicts by record (platform, account, kind, key), metrics in a fixed order. One pass over
 * the conflicts: they exist only where a manual value disagrees with a scraped one, so a few,
 * where a lookup per day × metric of every month costs 200 000 key joins for 50 shops.
 */
function clashesByRecord(l: Ledger): Map<string, Conflict[]> {
  const out = new Map<string, Conflict[]>();
  for (const c of Object.values(l.conflicts)) {
    const k = key(c.platform, c.accountId, c.kind, c.key);
    (out.get(k) ?? out.set(k, []).get(k)!).push(c);
  }
  for (const list of out.values())
    list.sort((x, y) => METRICS.indexOf(x.metric) - METRICS.indexOf(y.metric));
  return out;
}

function monthDoc(
  l: Ledger,
  clashes: Map<string, Conflict[]>,
  machine: Machine,
  a: Account,
  month: string,
  sessions: Session[],
  at: string,
): MonthDoc {
  const { platform, accountId } = a;
  const days: Day[] = [];
  const conflicts: Conflict[] = [];
  const pick = (kind: Conflict['kind'], k: string): void => {
    conflicts.push(...(clashes.get(key(platform, accountId, kind, k)) ?? []));
  };
  const first = dayNumOfKey(`${month}-01`);
  for (let n = first; n <= monthEndNum(first); n++) {
    const day = keyOfDayNum(n);
    const d = l.days[dayRecKey(platform, accountId, day)];
    if (d) days.push(d);
    pick('day', day);
  }
  const sorted = [...sessions].sort((x, y) => (x.sessionId < y.sessionId ? -1 : 1));
  for (const s of sorted) pick('session', s.sessionId);
  return {
    _id: monthDocId(machine.id, platform, accountId, month),
    kind: 'month',
    v: SYNC_DOC_VERSION,
    machine: { id: machine.id, name: machine.name },
    platform,
    accountId,
    month,
    sessions: sorted,
    days,
    conflicts,
    updatedAt: at,
  };
}
