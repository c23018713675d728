import { SEP, type Dirty, type Ledger } from './ledger';
import { accountKey, HISTORY_FORMAT, HISTORY_FORMAT_VERSION, type History } from './model';

/** Stores whose records are many per account: kept grouped by account between evaluations. */
const GROUPED = ['sessions', 'days', 'conflicts'] as const;
type Grouped = (typeof GROUPED)[number];
type Row<S extends Grouped> = Ledger[S][string];

/** Records of one account in one store: keys ascending, values in the same order. */
interface Group<S extends Grouped> {
  keys: string[];
  values: Row<S>[];
}

/**
 * The account a ledger key belongs to: its first two parts, plus the separator. Ordering groups
 * by this (not by the bare account key) makes "groups in order, keys in order within each"
 * exactly the global key order, because no such prefix is a prefix of another.
 */
const groupOf = (k: string): string => {
  const i = k.indexOf(SEP);
  const j = i < 0 ? -1 : k.indexOf(SEP, i + 1);
  return j < 0 ? k + SEP : k.slice(0, j + 1);
};

const lt = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** First index whose key is ≥ `k` (binary search in sorted keys). */
function lowerBound(keys: string[], k: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The engine's input, kept up to date from the ledger's own change lists instead of being
 * rebuilt from every record on each observation batch (that rebuild was two thirds of the
 * worker's evaluation time). `touched(dirty)` marks the records a change wrote or deleted;
 * `build` then refreshes only the accounts those records belong to. A ledger (or store map)
 * that is a different object than last time — an import, a reload after a failed write — is
 * rebuilt in full, so forgetting to report a change can never mix two ledgers. The output is
 * exactly `ledgerToHistory(l, exportedAt)` (a property test checks it).
 */
export class HistoryInput {
  private maps: Partial<Record<Grouped, object>> = {};
  private groups: { [S in Grouped]: Map<string, Group<S>> } = {
    sessions: new Map(),
    days: new Map(),
    conflicts: new Map(),
  };
  /** Record keys changed since the last build, per store. */
  private pending: Record<Grouped, Set<string>> = {
    sessions: new Set(),
    days: new Set(),
    conflicts: new Set(),
  };

  /** Notes every record a change wrote or deleted (the same Dirty the flush writes). */
  touched(dirty: Dirty): void {
    for (const s of GROUPED) for (const k of dirty[s]) this.pending[s].add(k);
  }

  /** Forgets everything: the next build reads the whole ledger. */
  reset(): void {
    this.maps = {};
  }

  build(l: Ledger, exportedAt: string): History {
    for (const s of GROUPED) this.refresh(l, s);
    const settings: History['settings'] = {};
    for (const k of Object.keys(l.settings).sort()) {
      const a = l.accounts[k];
      if (a) settings[accountKey(a)] = l.settings[k]!;
    }
    const accounts = Object.keys(l.accounts)
      .sort()
      .map((k) => l.accounts[k]!)
      .filter((a) => !a.mergedInto);
    return {
      format: HISTORY_FORMAT,
      version: HISTORY_FORMAT_VERSION,
      exportedAt,
      accounts,
      sessions: this.flat('sessions'),
      days: this.flat('days'),
      settings,
      conflicts: this.flat('conflicts'),
    };
  }

  private flat<S extends Grouped>(s: S): Row<S>[] {
    const groups = this.groups[s] as Map<string, Group<S>>;
    const order = [...groups.keys()].sort(lt);
    const out: Row<S>[] = [];
    for (const g of order) for (const v of groups.get(g)!.values) out.push(v);
    return out;
  }

  private refresh<S extends Grouped>(l: Ledger, s: S): void {
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
        if (!grp) groups.set(g, (grp = { keys: [], values: [] }));
        grp.keys.push(k);
      }
      for (const grp of groups.values()) grp.values = grp.keys.map((k) => rows[k]!);
      return;
    }
    const changed = new Set<string>();
    for (const k of pending) {
      const g = groupOf(k);
      let grp = groups.get(g);
      if (!grp) groups.set(g, (grp = { keys: [], values: [] }));
      const i = lowerBound(grp.keys, k);
      const present = grp.keys[i] === k;
      const exists = Object.hasOwn(rows, k);
      if (exists && !present) grp.keys.splice(i, 0, k);
      else if (!exists && present) grp.keys.splice(i, 1);
      changed.add(g);
    }
    // Values are re-read for the touched accounts only: a record may be a new object.
    for (const g of changed) {
      const grp = groups.get(g)!;
      if (grp.keys.length === 0) groups.delete(g);
      else grp.values = grp.keys.map((k) => rows[k]!);
    }
  }
}
