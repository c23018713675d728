import { AccountIndex, type AccountChanges } from '../rules/account-index';
import { groupOf, lowerBound, lt } from '../rules/input-keys';
import { attachIndex } from '../rules/prepared';
import { SEP, type Dirty, type Ledger } from './ledger';
import { accountKey, HISTORY_FORMAT, HISTORY_FORMAT_VERSION, type History } from './model';

/** Stores whose records are many per account: kept grouped by account between evaluations. */
const GROUPED = ['sessions', 'days', 'conflicts'] as const;
type Grouped = (typeof GROUPED)[number];
type Row<S extends Grouped> = Ledger[S][string];

/** Records of one account in one store: keys ascending, values in that order (null: re-read). */
interface Group<S extends Grouped> {
  keys: string[];
  values: Row<S>[] | null;
}

/** A store's rows in key order, concatenated on first read (the engine itself never reads them). */
const lazy = <T>(parts: T[][]): (() => T[]) => {
  let out: T[] | undefined;
  return () => (out ??= parts.flat());
};

/**
 * The engine's input, kept up to date from the ledger's own change lists instead of being
 * rebuilt from every record on each observation batch (that rebuild was two thirds of the
 * worker's evaluation time). `touched(dirty)` marks the records a change wrote or deleted;
 * `build` then refreshes only the accounts those records belong to, re-indexes only those for
 * the engine (../rules/account-index.ts) and attaches that index to the history it returns. A
 * ledger (or store map) that is a different object than last time — an import, a reload after
 * a failed write — is rebuilt in full, so forgetting to report a change can never mix two
 * ledgers. The output is exactly `ledgerToHistory(l, exportedAt)` (a property test checks it);
 * its sessions, days and conflicts are concatenated only if someone reads them.
 */
export class HistoryInput {
  private maps: Partial<Record<Grouped | 'accounts' | 'settings', object>> = {};
  private groups: { [S in Grouped]: Map<string, Group<S>> } = {
    sessions: new Map(),
    days: new Map(),
    conflicts: new Map(),
  };
  /** Each store's groups in key order; null once a group was added or removed. */
  private order: Partial<Record<Grouped, string[]>> = {};
  /** Each store's value arrays in that order; null once any of them changed. */
  private parts: { [S in Grouped]?: Row<S>[][] } = {};
  /** Record keys changed since the last build, per store. */
  private pending: Record<Grouped, Set<string>> = {
    sessions: new Set(),
    days: new Set(),
    conflicts: new Set(),
  };
  /** Account keys whose account or settings record changed since the last build. */
  private pendingAccounts = new Set<string>();
  private head: { sorted: string[]; accounts: History['accounts']; settings: History['settings'] } =
    { sorted: [], accounts: [], settings: {} };
  private index = new AccountIndex();

  /** Notes every record a change wrote or deleted (the same Dirty the flush writes). */
  touched(dirty: Dirty): void {
    for (const s of GROUPED) for (const k of dirty[s]) this.pending[s].add(k);
    for (const k of dirty.accounts) this.pendingAccounts.add(k);
    for (const k of dirty.settings) this.pendingAccounts.add(k);
  }

  /** Forgets everything: the next build reads the whole ledger. */
  reset(): void {
    this.maps = {};
  }

  build(l: Ledger, exportedAt: string): History {
    let full = this.maps.accounts !== l.accounts || this.maps.settings !== l.settings;
    this.maps.accounts = l.accounts;
    this.maps.settings = l.settings;
    // Accounts (ledger account keys) whose evaluation input changed, with the records that did.
    const changed = new Map<string, AccountChanges>();
    for (const k of this.pendingAccounts) changed.set(k, { days: [], sessions: [] });
    if (this.refresh(l, 'sessions', changed)) full = true;
    if (this.refresh(l, 'days', changed)) full = true;
    this.refresh(l, 'conflicts', null);
    if (full || this.pendingAccounts.size > 0) this.head = headOf(l);
    this.pendingAccounts = new Set();
    const index = this.index.update(l, this.head.sorted, full ? null : changed, (k) => ({
      days: this.valuesOf('days', k + SEP),
      sessions: this.valuesOf('sessions', k + SEP),
    }));
    const sessions = lazy(this.partsOf('sessions'));
    const days = lazy(this.partsOf('days'));
    const conflicts = lazy(this.partsOf('conflicts'));
    const h: History = {
      format: HISTORY_FORMAT,
      version: HISTORY_FORMAT_VERSION,
      exportedAt,
      accounts: [...this.head.accounts],
      get sessions() {
        return sessions();
      },
      get days() {
        return days();
      },
      settings: { ...this.head.settings },
      get conflicts() {
        return conflicts();
      },
    };
    return attachIndex(h, index);
  }

  private partsOf<S extends Grouped>(s: S): Row<S>[][] {
    const cached = this.parts[s];
    if (cached) return cached;
    const groups = this.groups[s] as Map<string, Group<S>>;
    const order = (this.order[s] ??= [...groups.keys()].sort(lt));
    const out = order.map((g) => this.valuesOf(s, g));
    (this.parts as Record<S, Row<S>[][]>)[s] = out;
    return out;
  }

  /** A group's records, re-read from the store map after a change (a record may be a new object). */
  private valuesOf<S extends Grouped>(s: S, g: string): Row<S>[] {
    const grp = (this.groups[s] as Map<string, Group<S>>).get(g);
    if (!grp) return [];
    const rows = this.maps[s] as Record<string, Row<S>>;
    return (grp.values ??= grp.keys.map((k) => rows[k]!));
  }

  /** Applies the store's pending keys; true when it was re-read in full (a new store map). */
  private refresh<S extends Grouped>(
    l: Ledger,
    s: S,
    changed: Map<string, AccountChanges> | null,
  ): boolean {
    const rows = l[s] as Record<string, Row<S>>;
    const groups = this.groups[s] as Map<string, Group<S>>;
    const pending = this.pending[s];
    this.pending[s] = new Set();
    if (this.maps[s] !== rows) {
      this.maps[s] = rows;
      groups.clear();
      for (const k of Object.keys(rows).sort(lt)) {
        const g = groupOf(k);
        let grp = groups.get(g);
        if (!grp) groups.set(g, (grp = { keys: [], values: null }));
        grp.keys.push(k);
      }
      delete this.order[s];
      delete this.parts[s];
      return true;
    }
    const touched = new Set<string>();
    for (const k of pending) {
      const g = groupOf(k);
      let grp = groups.get(g);
      if (!grp) {
        groups.set(g, (grp = { keys: [], values: null }));
        delete this.order[s];
      }
      const i = lowerBound(grp.keys, k);
      const present = grp.keys[i] === k;
      const exists = Object.hasOwn(rows, k);
      if (exists && !present) grp.keys.splice(i, 0, k);
      else if (!exists && present) grp.keys.splice(i, 1);
      touched.add(g);
      if (changed && s !== 'conflicts') {
        const acc = g.slice(0, -1);
        let ch = changed.get(acc);
        if (!ch) changed.set(acc, (ch = { days: [], sessions: [] }));
        ch[s === 'days' ? 'days' : 'sessions'].push(k.slice(g.length));
      }
    }
    for (const g of touched) {
      const grp = groups.get(g)!;
      grp.values = null;
      if (grp.keys.length === 0 && groups.delete(g)) delete this.order[s];
    }
    if (touched.size > 0) delete this.parts[s];
    return false;
  }
}

/** The ledger's accounts in key order, the exported ones, and their settings by accountKey. */
function headOf(l: Ledger) {
  const sorted = Object.keys(l.accounts).sort(lt);
  const settings: History['settings'] = {};
  for (const k of Object.keys(l.settings).sort(lt)) {
    const a = l.accounts[k];
    if (a) settings[accountKey(a)] = l.settings[k]!;
  }
  const accounts = sorted.map((k) => l.accounts[k]!).filter((a) => !a.mergedInto);
  return { sorted, accounts, settings };
}
