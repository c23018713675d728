import type { Ledger } from '../history/ledger';
import type { Day, Session } from '../history/model';
import { EvaluationCache } from './eval-cache';
import { indexAccount, type AccountHistory } from './history-index';
import type { PreparedIndex } from './prepared';

/** One account's day and session records, in key order. */
export interface AccountRecords {
  days: Day[];
  sessions: Session[];
}

/** What changed for one account: the suffixes (day key, session id) of its changed records. */
export interface AccountChanges {
  days: string[];
  sessions: string[];
}

/**
 * The engine's index (`AccountHistory` per account) kept between evaluations: an account gets a
 * new index (built on use, ./account-history.ts) only when one of its records was reported
 * changed, so the evaluation cache (./eval-cache.ts) can tell a changed account by identity.
 */
export class AccountIndex {
  /** By ledger account key (`accKey`). */
  private byAccount = new Map<string, AccountHistory>();
  private list: AccountHistory[] = [];
  private cache = new EvaluationCache();

  /**
   * `sorted`: every ledger account key, ascending (the export's order, which `indexHistory`
   * keeps); `changed`: the accounts whose records changed since the last update, or null for
   * all of them (a new ledger).
   */
  update(
    l: Ledger,
    sorted: string[],
    changed: Map<string, AccountChanges> | null,
    recordsOf: (accKey: string) => AccountRecords,
  ): PreparedIndex {
    if (changed === null) this.byAccount.clear();
    for (const k of changed?.keys() ?? sorted) {
      const a = Object.hasOwn(l.accounts, k) ? l.accounts[k] : undefined;
      // Hidden accounts are not evaluated; a merged tombstone holds no history.
      if (!a || a.hidden || a.mergedInto) {
        this.byAccount.delete(k);
        continue;
      }
      const { days, sessions } = recordsOf(k);
      this.byAccount.set(k, indexAccount(a, days, sessions));
    }
    if (changed === null || changed.size > 0) {
      const list: AccountHistory[] = [];
      for (const k of sorted) {
        const acc = this.byAccount.get(k);
        if (acc) list.push(acc);
      }
      this.list = list;
      this.cache.keepOnly(new Set(list.map((acc) => acc.key)));
    }
    return { accounts: this.list, cache: this.cache };
  }
}
