import { accKey, isAfter, type Dirty, type Ledger } from './ledger';
import type { AccountSettings, Platform, ShopFacts } from './model';

type Ref = { platform: Platform; accountId: string };

/** A fact with provenance: the seller's value wins, else the later reading. */
function pickFact<T>(a: T | undefined, b: T | undefined): T | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a;
  const x = a as { source?: string; at?: string };
  const y = b as { source?: string; at?: string };
  if (x.source === 'manual' || !x.at || !y.at) return a;
  return y.source === 'manual' || isAfter(y.at, x.at) ? b : a;
}

/** 1688 shop facts read on the provisional account's page join the target's. */
function mergeShop(
  into: ShopFacts | undefined,
  from: ShopFacts | undefined,
): ShopFacts | undefined {
  if (!into || !from) return into ?? from;
  const out: Record<string, unknown> = {};
  for (const k of new Set([...Object.keys(into), ...Object.keys(from)]) as Set<keyof ShopFacts>)
    out[k] = pickFact(into[k], from[k]);
  return out;
}

/**
 * Settings of a merged provisional account (e.g. 1688 shop facts read from a page without an
 * account id) move to the target; whatever the target already has wins.
 */
export function mergeSettings(l: Ledger, from: Ref, into: Ref, dirty: Dirty): void {
  const fk = accKey(from.platform, from.accountId);
  const src = l.settings[fk];
  if (!src) return;
  const tk = accKey(into.platform, into.accountId);
  const dst = l.settings[tk] ?? {};
  const shop = mergeShop(dst.shop, src.shop);
  const next: AccountSettings = { ...src, ...dst, ...(shop ? { shop } : {}) };
  l.settings[tk] = next;
  delete l.settings[fk];
  dirty.settings.add(tk).add(fk);
}
