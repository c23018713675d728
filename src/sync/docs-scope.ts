import { SEP, type Dirty, type Ledger } from '../history/ledger';
import { dayNumOf, monthKeyOfNum } from '../time/beijing';

/** Beijing month of an instant: the month doc a session belongs to (by its start). */
export const monthOfInstant = (iso: string): string => monthKeyOfNum(dayNumOf(Date.parse(iso)));

/**
 * What one flush changed, as ownDocs options: the accounts touched and per account the months
 * touched (empty = account doc only). A deleted session's month is unknown, so its account gets
 * no entry: every month with records is rebuilt.
 */
export function dirtyScope(
  l: Ledger,
  dirty: Dirty,
): { accounts: Set<string>; months: Map<string, Set<string>> } {
  const accounts = new Set<string>();
  const months = new Map<string, Set<string>>();
  const unknown = new Set<string>();
  const add = (acc: string, month?: string | null): void => {
    accounts.add(acc);
    const set = months.get(acc) ?? months.set(acc, new Set()).get(acc)!;
    if (month === null) unknown.add(acc);
    else if (month !== undefined) set.add(month);
  };
  const sessionMonth = (k: string): string | null => {
    const s = Object.hasOwn(l.sessions, k) ? l.sessions[k] : undefined;
    return s ? monthOfInstant(s.start) : null;
  };
  for (const k of [...dirty.accounts, ...dirty.settings]) add(k);
  for (const k of [...dirty.sessions, ...dirty.tracks])
    add(k.slice(0, k.lastIndexOf(SEP)), sessionMonth(k));
  for (const k of [...dirty.days, ...dirty.reports]) {
    const i = k.lastIndexOf(SEP);
    add(k.slice(0, i), k.slice(i + 1, i + 8));
  }
  // manualKey / conflictKey: platform, account, kind, record key (, metric).
  for (const k of [...dirty.manual, ...dirty.conflicts]) {
    const [platform = '', accountId = '', kind, key = ''] = k.split(SEP);
    const acc = platform + SEP + accountId;
    add(acc, kind === 'day' ? key.slice(0, 7) : sessionMonth(acc + SEP + key));
  }
  for (const acc of unknown) months.delete(acc);
  return { accounts, months };
}
