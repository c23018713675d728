/**
 * Per-page health: which metrics were read, from which source and when; which the page
 * should show and did not ("layout changed?"); and where API and screen disagree. Sent
 * only when its content changes (timestamps alone do not count as a change).
 */
import type { Health } from '../messaging';
import type { Adapter, ReadKey } from './adapter';
import type { PageState } from './state';

export interface HealthInput {
  adapter: Adapter;
  state: PageState;
  accountId: string | null;
  /** No stable id: none at all, or a provisional one keyed by what the page shows. */
  accountUnknown?: boolean;
  /** Metrics read through the seller's 点选 bindings. */
  bound?: readonly string[];
  now: number;
  /** Metrics present in backfill rows (list pages), counted as read from the network. */
  backfillKeys?: ReadonlySet<string>;
  backfillAt?: number;
}

const iso = (ms: number): string => new Date(ms).toISOString();

export function buildHealth(input: HealthInput): Health {
  const { adapter, state, accountId, now } = input;
  const resolved = state.resolve(now);
  const read: Health['read'] = [...resolved].map(([metric, r]) => ({
    metric,
    source: r.source,
    at: iso(r.at),
  }));
  const fromRows = [...(input.backfillKeys ?? [])].filter((k) => !resolved.has(k as ReadKey));
  for (const metric of fromRows)
    read.push({ metric, source: 'network', at: iso(input.backfillAt ?? now) });
  const seen = new Set<string>(read.map((r) => r.metric));
  const missing: string[] = adapter.expected.filter((k: ReadKey) => !seen.has(k));
  if (state.gmvUnconfirmed && !resolved.has('gmvFen')) missing.push('gmvFen:unit');
  const disagreements = [...state.disagreements.values()];
  const apiErrors = [...state.apiErrors.values()].slice(0, 5);
  return {
    platform: adapter.platform,
    accountId,
    page: adapter.id,
    at: iso(now),
    read,
    missing,
    ...(input.accountUnknown || !accountId ? { accountUnknown: true } : {}),
    ...(input.bound?.length ? { bound: [...input.bound] } : {}),
    ...(disagreements.length ? { disagreements } : {}),
    ...(apiErrors.length ? { apiErrors } : {}),
  };
}

/** What counts as "changed": everything except instants. */
export const healthSignature = (h: Health): string =>
  JSON.stringify([
    h.accountId,
    h.read.map((r) => `${r.metric}:${r.source}`).sort(),
    h.missing,
    h.disagreements ?? [],
    h.apiErrors ?? [],
    h.bound ?? [],
  ]);
