import { isAfter } from './ledger';
import type { Account, AccountSettings, Platform, ShopFacts } from './model';

/** A shown value of a setting: scalars as they are, lists and maps as short JSON. */
export type ShownValue = string | number | boolean | null;

/** One setting an import changes, for the preview (`field` is e.g. `shop.medal`). */
export interface SettingChange {
  platform: Platform;
  accountId: string;
  field: string;
  from: ShownValue;
  to: ShownValue;
}

type Fact = { value: number; source: string; at: string };
const isFact = (v: unknown): v is Fact =>
  typeof v === 'object' && v !== null && 'value' in v && 'at' in v && 'source' in v;

/** What the preview shows: the figure of a timed fact, else the value (JSON when nested). */
function shown(v: unknown): ShownValue {
  if (v === undefined || v === null) return null;
  if (isFact(v)) return v.value;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  const s = JSON.stringify(v);
  return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}

const equal = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Whether a file's fact replaces the stored one. Absent in the file: never (a file that lacks a
 * fact knows nothing about it). The seller's own value is not replaced by a read one; when both
 * carry a time, only a newer (or same-time) reading replaces.
 */
function fileWins(cur: unknown, inc: unknown): boolean {
  if (inc === undefined) return false;
  if (cur === undefined || !isFact(cur) || !isFact(inc)) return true;
  if (cur.source === 'manual' && inc.source !== 'manual') return false;
  return !isAfter(cur.at, inc.at);
}

/** Per-field merge of one account's settings (shop facts per fact), with the changes made. */
export function mergeAccountSettings(
  account: { platform: Platform; accountId: string },
  cur: AccountSettings | undefined,
  inc: AccountSettings,
): { next: AccountSettings; changes: SettingChange[] } {
  const changes: SettingChange[] = [];
  const note = (field: string, from: unknown, to: unknown): void => {
    if (!equal(from, to))
      changes.push({
        platform: account.platform,
        accountId: account.accountId,
        field,
        from: shown(from),
        to: shown(to),
      });
  };
  const next: Record<string, unknown> = { ...cur };
  for (const [k, v] of Object.entries(inc) as [keyof AccountSettings, unknown][]) {
    if (k === 'shop' || v === undefined) continue;
    note(k, cur?.[k], v);
    next[k] = v;
  }
  if (inc.shop) {
    const shop: Record<string, unknown> = { ...cur?.shop };
    for (const [k, v] of Object.entries(inc.shop) as [keyof ShopFacts, unknown][]) {
      if (!fileWins(cur?.shop?.[k], v)) continue;
      note(`shop.${k}`, cur?.shop?.[k], v);
      shop[k] = v;
    }
    next.shop = shop;
  }
  return { next: next, changes };
}

/**
 * Settings an import writes: every account the file names is merged field by field over what
 * is stored, so console-read shop facts survive a file that does not carry them.
 */
export function mergeImportedSettings(
  cur: Record<string, AccountSettings>,
  inc: Record<string, AccountSettings>,
  accounts: Record<string, Account>,
): { next: Record<string, AccountSettings>; changes: SettingChange[] } {
  const next: Record<string, AccountSettings> = {};
  const changes: SettingChange[] = [];
  for (const [k, s] of Object.entries(inc)) {
    // historyToLedger keeps only settings of accounts the file lists, so `a` is always there.
    const a = accounts[k];
    if (!a) continue;
    const m = mergeAccountSettings(a, cur[k], s);
    next[k] = m.next;
    changes.push(...m.changes);
  }
  return { next, changes };
}
