/**
 * What a page's capture loop sends beside observations: backfill rows, the adapter's shop facts
 * and the page's health. Each is sent once per distinct content; a failed send is retried on a
 * later flush.
 */
import type { Adapter } from './adapter';
import type { BackfillRows } from './backfill';
import { buildHealth, healthSignature } from './health';
import { ACCOUNT_GRACE_MS, flag, type PageIdentity } from './runner-identity';
import type { SendFn } from './sender';
import type { PageState } from './state';

const iso = (ms: number): string => new Date(ms).toISOString();

/** A micro-frontend shell whose data lives in a same-origin iframe reads nothing itself. */
function hasSameOriginFrame(doc: Document): boolean {
  return [...doc.querySelectorAll('iframe')].some((f) => {
    try {
      return new URL(f.src, doc.baseURI).origin === doc.location?.origin;
    } catch {
      return false;
    }
  });
}

export interface ReportContext {
  t: number;
  ident: PageIdentity;
  /** Metrics the seller's bindings read on the last DOM pass. */
  bound: readonly string[];
  /** When backfill rows last arrived (the page's creation before any). */
  backfillAt: number;
}

export interface ReportDeps {
  adapter: Adapter;
  doc: Document;
  state: PageState;
  backfill: BackfillRows;
  send: SendFn;
  createdAt: number;
}

export function createReports(opts: ReportDeps): (c: ReportContext) => void {
  const { adapter, doc, state, backfill, send, createdAt } = opts;
  const sig = { backfill: '', facts: '', health: '' };

  /** Sends once per distinct signature; a failed send clears it, so a later flush retries. */
  function sendOnce(slot: keyof typeof sig, key: string, go: () => Promise<unknown>): void {
    if (sig[slot] === key) return;
    sig[slot] = key;
    go().catch(() => {
      if (sig[slot] === key) sig[slot] = '';
    });
  }

  return ({ t, ident, bound, backfillAt }) => {
    if (ident.accountId && backfill.size) {
      const sessions = backfill.sessions(state.gmvUnit);
      const payload = {
        platform: adapter.platform,
        accountId: ident.accountId,
        ...(ident.accountName ? { accountName: ident.accountName } : {}),
        ...flag(ident),
        observedAt: iso(t),
        page: adapter.id,
        sessions,
      };
      sendOnce('backfill', JSON.stringify([ident.accountId, sessions]), () =>
        send('backfill', payload),
      );
    }
    const read =
      ident.accountId &&
      adapter.shopFacts?.(state.resolve(t), { ...ident, accountId: ident.accountId }, iso(t));
    if (read) {
      const facts = { ...read, ...flag(ident) };
      // observedAt alone is no reason to resend.
      const key = JSON.stringify({ ...facts, observedAt: '' });
      sendOnce('facts', key, () => send('shopFacts', facts));
    }
    const health = buildHealth({
      adapter,
      state,
      accountId: ident.accountId,
      accountUnknown: !ident.accountId || ident.provisional,
      bound: [...bound],
      now: t,
      backfillKeys: backfill.keys(state.gmvUnit),
      backfillAt,
    });
    const shell = health.read.length === 0 && hasSameOriginFrame(doc);
    // No report for want of an account while the page may still show it (the grace): it would
    // stay behind as a stale "account not recognised" once the account is known.
    const early = !ident.accountId && t - createdAt < ACCOUNT_GRACE_MS;
    if (!shell && !early) sendOnce('health', healthSignature(health), () => send('health', health));
  };
}
