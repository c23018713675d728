import type { Health } from '../messaging';
import { routeAccount } from './ingest';
import {
  accKey,
  dayRecKey,
  isAfter,
  manualKey,
  SEP,
  sessionsOf,
  type Dirty,
  type Ledger,
} from './ledger';
import { mergeManual, mergeSession } from './merge-session';
import { mergeSettings } from './merge-settings';
import type { Account, DayKey, Metrics, MetricKey, Platform } from './model';
import { rollupDay } from './rollup';
import { daysTouched } from './sessions';

/**
 * Resolving a provisional account (readings of a page that showed no stable account id):
 * confirm it as an account of its own, or merge it into the account it really is. A merge
 * moves every record onto the target with the dedupe rules two tabs get, so nothing is counted
 * twice and nothing captured before the merge is lost, and leaves a tombstone that routes
 * later readings of that page to the target (see routeAccount in ingest.ts).
 */

export interface AccountRef {
  platform: Platform;
  accountId: string;
}

/** A refused confirm/merge; the message is shown to the seller (zh / en). */
export class AccountMergeError extends Error {
  override name = 'AccountMergeError';
}

const ownedBy = (k: string, a: AccountRef): boolean =>
  k.startsWith(accKey(a.platform, a.accountId) + SEP);

/** Clears `provisional`: the account keeps its id and name and becomes a normal account. */
export function confirmAccount(l: Ledger, ref: AccountRef, dirty: Dirty): void {
  const k = accKey(ref.platform, ref.accountId);
  const a = l.accounts[k];
  if (!a) throw new AccountMergeError('账号不存在 / unknown account');
  if (a.mergedInto) throw new AccountMergeError('该账号已合并 / this account was already merged');
  if (!a.provisional) return;
  const { provisional: _was, ...rest } = a;
  l.accounts[k] = rest;
  dirty.accounts.add(k);
  forgetAccountUnknown(l, ref, dirty);
}

/** The page's "account not recognised" health note is answered once the seller resolved it. */
function forgetAccountUnknown(l: Ledger, ref: AccountRef, dirty: Dirty): void {
  for (const [k, h] of Object.entries(l.health)) {
    if (h.platform !== ref.platform || h.accountId !== ref.accountId || !h.accountUnknown) continue;
    const { accountUnknown: _gone, ...rest } = h;
    l.health[k] = rest;
    dirty.health.add(k);
  }
}

/**
 * A page's health report, filed under the account its readings go to; once the seller has
 * confirmed or merged that account, "account not recognised" is answered and dropped.
 */
export function routeHealth(l: Ledger, h: Health): Health {
  if (!h.accountId) return h;
  const accountId = routeAccount(l, h.platform, h.accountId);
  const a = l.accounts[accKey(h.platform, accountId)];
  if (!h.accountUnknown || !a || a.provisional)
    return accountId === h.accountId ? h : { ...h, accountId };
  const { accountUnknown: _answered, ...rest } = h;
  return { ...rest, accountId };
}

/** Why `from` cannot be merged into `into`, or null when it can. */
function refusal(l: Ledger, from: AccountRef, into: AccountRef): string | null {
  if (from.platform !== into.platform)
    return '只能合并同一平台的账号 / accounts of different platforms cannot be merged';
  const src = l.accounts[accKey(from.platform, from.accountId)];
  const dst = l.accounts[accKey(into.platform, into.accountId)];
  if (!src) return '要合并的账号不存在 / the account to merge does not exist';
  if (src.mergedInto) return '该账号已合并 / this account was already merged';
  if (!src.provisional)
    return '只能合并未确认的账号 / only an unconfirmed (provisional) account can be merged';
  if (!dst) return '目标账号不存在 / the target account does not exist';
  if (dst.provisional || dst.mergedInto || from.accountId === into.accountId)
    return '目标账号必须是已确认的其他账号 / the target must be another, confirmed account';
  return null;
}

/** Merges provisional `from` into `into` (same platform). Throws AccountMergeError, changing nothing, when refused. */
export function mergeAccount(l: Ledger, from: AccountRef, into: AccountRef, dirty: Dirty): void {
  const why = refusal(l, from, into);
  if (why) throw new AccountMergeError(why);
  const days = new Set<DayKey>();
  for (const s of sessionsOf(l, from.platform, from.accountId)) {
    for (const d of daysTouched(s)) days.add(d);
    const merged = mergeSession(l, s, into.accountId, dirty);
    for (const d of daysTouched(merged)) days.add(d);
  }
  moveDayRecords(l, from, into.accountId, days, dirty);
  for (const d of days) rollupDay(l, into.platform, into.accountId, d, dirty);
  mergeSettings(l, from, into, dirty);
  for (const k of Object.keys(l.health)) {
    if (ownedBy(k, from)) {
      delete l.health[k];
      dirty.health.add(k);
    }
  }
  const fk = accKey(from.platform, from.accountId);
  l.accounts[fk] = { ...(l.accounts[fk] as Account), mergedInto: into.accountId };
  dirty.accounts.add(fk);
}

/**
 * Console day figures, manual day values and day records of the provisional account: figures
 * merge by "later observation wins", manual values with the target's winning; the day records
 * themselves are recomputed by rollupDay on the target, so every day is listed in `days`.
 */
function moveDayRecords(
  l: Ledger,
  from: AccountRef,
  accountId: string,
  days: Set<DayKey>,
  dirty: Dirty,
): void {
  const { platform } = from;
  for (const [k, rep] of Object.entries(l.reports)) {
    if (!ownedBy(k, from)) continue;
    const tk = dayRecKey(platform, accountId, rep.day);
    const dst = (l.reports[tk] ??= { platform, accountId, day: rep.day, metrics: {} });
    for (const [m, v] of Object.entries(rep.metrics) as [MetricKey, Metrics[MetricKey]][]) {
      const old = dst.metrics[m];
      if (v && (!old || isAfter(v.at, old.at))) dst.metrics[m] = v;
    }
    if (rep.sessions !== undefined) dst.sessions = Math.max(dst.sessions ?? 0, rep.sessions);
    delete l.reports[k];
    dirty.reports.add(k).add(tk);
    days.add(rep.day);
  }
  for (const [k, rec] of Object.entries(l.manual)) {
    if (!ownedBy(k, from)) continue;
    mergeManual(l, k, manualKey(platform, accountId, rec.kind, rec.key), dirty);
    delete l.manual[k];
    dirty.manual.add(k);
    if (rec.kind === 'day') days.add(rec.key);
  }
  for (const store of ['days', 'conflicts'] as const) {
    for (const k of Object.keys(l[store])) {
      if (!ownedBy(k, from)) continue;
      const rec = l[store][k]!;
      if ('day' in rec) days.add(rec.day);
      else if (rec.kind === 'day') days.add(rec.key);
      delete l[store][k];
      dirty[store].add(k);
    }
  }
}
