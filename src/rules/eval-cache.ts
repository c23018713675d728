import type { AccountSettings } from '../history/model';
import type { AccountHistory } from './history-index';
import type { LoadedPacks } from './packs';
import type { AccountEvaluation } from './result';

const MINUTE_MS = 60_000;

interface Entry {
  acc: AccountHistory;
  settings: AccountSettings;
  packs: LoadedPacks;
  /** The `now` the result was computed for. */
  atMs: number;
  result: AccountEvaluation;
}

/**
 * Each account's last evaluation, reused while nothing it depends on has changed, so an
 * observation batch re-runs the packs only for the accounts it touched (issue #16).
 *
 * An account's evaluation is a function of its records, its settings, the packs and `now`:
 * - records: the incremental input (src/history/history-input.ts) gives an account a new
 *   `AccountHistory` object whenever any of its accounts/settings/sessions/days records is
 *   reported changed, and a whole new set after an import or reload; settings and packs are
 *   compared by identity too. A hit needs the very same three objects.
 * - `now`, the rule for when time moves:
 *   1. An account with an open session (live, no end) is recomputed on every evaluation: its
 *      durations, pace, ETAs and the live flag itself move with every millisecond.
 *   2. An account holding an instant later than the `now` its result was computed for (a
 *      future-dated reading, a session that has not started yet) is recomputed: the rules
 *      clamp such instants to `now` and test `start ≤ now`.
 *   3. Otherwise `now` enters only through the Beijing day (today, week, month, JD cycle) and
 *      through comparisons with fixed instants (midnight, data cutoffs, enrol-by). The result
 *      is reused within the same minute (floor(ms / 60 000); Beijing is UTC+8, so every day
 *      and month boundary is a minute boundary) and recomputed in the next one. A comparison
 *      whose threshold falls inside a minute (e.g. "less time left before midnight than the
 *      37.5 minutes that remain") therefore shows at most 59 s late for an account that is not
 *      live; the result always equals a from-scratch evaluation at its `computedAt` instant,
 *      which is in the same Beijing minute (tests/unit/rules/eval-cache.test.ts).
 *   4. Never reused for a `now` earlier than it was computed for (a review evaluates at a past
 *      instant); such a result does not replace a newer one either.
 */
export class EvaluationCache {
  private entries = new Map<string, Entry>();

  /** The account's evaluation at `nowMs`, from the cache when the rule above allows it. */
  evaluate(
    acc: AccountHistory,
    settings: AccountSettings,
    packs: LoadedPacks,
    nowMs: number,
    compute: () => AccountEvaluation,
  ): AccountEvaluation {
    const e = this.entries.get(acc.key);
    if (
      e &&
      e.atMs <= nowMs &&
      e.acc === acc &&
      e.settings === settings &&
      e.packs === packs &&
      !acc.open &&
      acc.latestMs <= e.atMs &&
      Math.floor(e.atMs / MINUTE_MS) === Math.floor(nowMs / MINUTE_MS)
    )
      return e.result;
    const result = compute();
    if (!e || e.atMs <= nowMs)
      this.entries.set(acc.key, { acc, settings, packs, atMs: nowMs, result });
    return result;
  }

  /** When the cached result of an account was computed (tests check rule 3 with it). */
  computedAt(key: string): number | undefined {
    return this.entries.get(key)?.atMs;
  }

  /** Drops entries of accounts no longer evaluated (deleted, hidden, merged). */
  keepOnly(keys: Set<string>): void {
    for (const k of this.entries.keys()) if (!keys.has(k)) this.entries.delete(k);
  }
}
