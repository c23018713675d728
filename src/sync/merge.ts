import { mergeAccountSettings } from '../history/import-merge';
import { accKey, conflictKey } from '../history/ledger';
import {
  accountKey,
  emptyHistory,
  type Account,
  type AccountSettings,
  type Conflict,
  type History,
  type Platform,
  type Value,
} from '../history/model';
import { docHash } from './docs-check';
import { mergeDays, type HeldDay } from './merge-days';
import { mergeSessions, type Held } from './merge-sessions';
import { best, cand, type Cand } from './merge-values';
import type { AccountDoc, Machine, MonthDoc, TeamDoc } from './types';

/**
 * The team's documents (every machine's, validated) merged into one History the rules engine
 * reads. Deterministic: the result does not depend on the order of `docs` (every choice is a
 * total order: instants, then values, then machine ids), so every replica shows the same
 * figures. Every record's figure is picked, never summed across machines.
 */

/** What the team view shows about a shop besides its progress. */
export interface ShopMeta {
  platform: Platform;
  accountId: string;
  /** Machines holding any document of the shop, sorted by id (name from its latest doc). */
  machines: Machine[];
  lastLive: { machine: Machine; at: string } | null;
  /** Some machine's latest account doc says it sees the shop live. */
  live: boolean;
  /** Latest updatedAt of the shop's documents. */
  updatedAt: string | null;
}

export interface TeamMerge {
  history: History;
  conflicts: Conflict[];
  shops: ShopMeta[];
}

/** exportedAt of a merge of no documents (the model refuses years before 2000). */
const NO_DOCS_AT = '2000-01-01T00:00:00.000Z';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Later updatedAt first; ties by lower machine id, then content (total, input-order free). */
const newestFirst = (a: TeamDoc, b: TeamDoc): number =>
  Date.parse(b.updatedAt) - Date.parse(a.updatedAt) ||
  cmp(a.machine.id, b.machine.id) ||
  cmp(a._id, b._id) ||
  cmp(docHash(a), docHash(b));

interface Shop {
  platform: Platform;
  accountId: string;
  accounts: AccountDoc[];
  months: MonthDoc[];
}

/** One doc per _id (the newest), grouped by account, groups in accKey order. */
function group(docs: TeamDoc[]): Shop[] {
  const byId = new Map<string, TeamDoc>();
  for (const d of docs) {
    const old = byId.get(d._id);
    if (!old || newestFirst(d, old) < 0) byId.set(d._id, d);
  }
  const shops = new Map<string, Shop>();
  for (const d of byId.values()) {
    const { platform, accountId } = d.kind === 'account' ? d.account : d;
    const k = accKey(platform, accountId);
    const shop =
      shops.get(k) ?? shops.set(k, { platform, accountId, accounts: [], months: [] }).get(k)!;
    if (d.kind === 'account') shop.accounts.push(d);
    else shop.months.push(d);
  }
  return [...shops.entries()].sort(([a], [b]) => cmp(a, b)).map(([, s]) => s);
}

/** Account record from the newest account doc; data without one keeps its id as its name. */
function mergedAccount(shop: Shop): Account {
  const top = [...shop.accounts].sort(newestFirst)[0];
  return top
    ? { ...top.account }
    : { platform: shop.platform, accountId: shop.accountId, displayName: shop.accountId };
}

/**
 * Settings per field with the import's semantics (mergeAccountSettings): docs applied oldest
 * first, so the newest doc setting a field wins and a read shop fact never replaces one the
 * seller entered. A fact entered with an older time than a read one applied before it would
 * still lose there, so entered facts are settled last: the latest entered one wins.
 */
function mergedSettings(shop: Shop): AccountSettings | undefined {
  let out: AccountSettings | undefined;
  const entered = new Map<string, Cand[]>();
  for (const d of [...shop.accounts].sort(newestFirst).reverse()) {
    if (!d.settings) continue;
    out = mergeAccountSettings(shop, out, d.settings).next;
    for (const [k, v] of Object.entries(d.settings.shop ?? {}) as [string, unknown][])
      if (isFact(v) && v.source === 'manual')
        (entered.get(k) ?? entered.set(k, []).get(k)!).push(cand(v, d.machine.id));
  }
  if (out?.shop && entered.size > 0) {
    const facts: Record<string, unknown> = { ...out.shop };
    for (const [k, list] of entered) facts[k] = best(list)!.v;
    out = { ...out, shop: facts };
  }
  return out;
}

const isFact = (v: unknown): v is Value =>
  typeof v === 'object' && v !== null && 'value' in v && 'source' in v && 'at' in v;

function metaOf(shop: Shop): ShopMeta {
  const all: TeamDoc[] = [...shop.accounts, ...shop.months].sort(newestFirst);
  const machines = new Map<string, Machine>();
  for (const d of all)
    if (!machines.has(d.machine.id)) machines.set(d.machine.id, { ...d.machine });
  let lastLive: ShopMeta['lastLive'] = null;
  for (const d of shop.accounts) {
    if (d.lastLiveAt === null) continue;
    const diff = lastLive ? Date.parse(d.lastLiveAt) - Date.parse(lastLive.at) : 1;
    if (diff > 0 || (diff === 0 && cmp(d.machine.id, lastLive!.machine.id) < 0))
      lastLive = { machine: machines.get(d.machine.id)!, at: d.lastLiveAt };
  }
  return {
    platform: shop.platform,
    accountId: shop.accountId,
    machines: [...machines.values()].sort((a, b) => cmp(a.id, b.id)),
    lastLive,
    live: shop.accounts.some((d) => d.live),
    updatedAt: all[0]?.updatedAt ?? null,
  };
}

/** Sessions and days of one shop with the conflicts kept. */
function mergeRecords(shop: Shop): Pick<History, 'sessions' | 'days' | 'conflicts'> {
  const held: Held[] = [];
  const days: HeldDay[] = [];
  for (const doc of shop.months) {
    const own = new Map<string, Conflict[]>();
    for (const c of doc.conflicts) {
      const k = `${c.kind}|${c.key}`;
      (own.get(k) ?? own.set(k, []).get(k)!).push(c);
    }
    const machine = doc.machine.id;
    for (const s of doc.sessions)
      held.push({ s, machine, conflicts: own.get(`session|${s.sessionId}`) ?? [] });
    for (const d of doc.days) days.push({ d, machine, conflicts: own.get(`day|${d.day}`) ?? [] });
  }
  const ss = mergeSessions(held);
  const dd = mergeDays(days, ss.sessions);
  const conflicts = [...ss.conflicts, ...dd.conflicts].sort((a, b) =>
    cmp(conflictKey(a), conflictKey(b)),
  );
  return { sessions: ss.sessions, days: dd.days, conflicts };
}

export function mergeTeam(docs: TeamDoc[]): TeamMerge {
  const shops = group(docs);
  const history = emptyHistory(NO_DOCS_AT);
  const metas: ShopMeta[] = [];
  let latest: string | null = null;
  for (const shop of shops) {
    const account = mergedAccount(shop);
    history.accounts.push(account);
    const settings = mergedSettings(shop);
    if (settings) history.settings[accountKey(account)] = settings;
    const r = mergeRecords(shop);
    history.sessions.push(...r.sessions);
    history.days.push(...r.days);
    history.conflicts.push(...r.conflicts);
    const meta = metaOf(shop);
    metas.push(meta);
    const at = meta.updatedAt;
    const diff = at && latest ? Date.parse(at) - Date.parse(latest) : 1;
    if (at && (diff > 0 || (diff === 0 && cmp(at, latest!) < 0))) latest = at;
  }
  if (latest) history.exportedAt = latest;
  return { history, conflicts: [...history.conflicts], shops: metas };
}
