/**
 * One page's capture loop: network payloads and DOM readings go into PageState; at most
 * once per `minSendGapMs` the loop turns the state into an observation (only when it
 * changed, or as a heartbeat), backfill rows, the adapter's shop facts and health.
 */
import { METRIC_KEYS, type MetricKey } from '../metric-keys';
import type { Observation } from '../messaging';
import type { Adapter } from './adapter';
import { BackfillRows } from './backfill';
import { readBindings, type Binding } from './bindings';
import type { TapMessage } from './bridge';
import { readLabels } from './dom-reader';
import { buildHealth, healthSignature } from './health';
import { Outbox } from './outbox';
import { ackedIds, type SendFn } from './sender';
import { PageState } from './state';

export interface RunnerDeps {
  adapter: Adapter;
  doc: Document;
  url: URL;
  send: SendFn;
  pageInstanceId: string;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => void;
  minSendGapMs?: number;
  heartbeatMs?: number;
  /** The seller's 点选 bindings for this page kind (read on every DOM pass). */
  bindings?: () => readonly Binding[];
}

const iso = (ms: number): string => new Date(ms).toISOString();
const SESSION_GRACE_MS = 10_000;
/** How long a page may take to show or fetch its account before readings go provisional. */
export const ACCOUNT_GRACE_MS = 10_000;

/**
 * A provisional account key from what the page shows: the shop name, else host + live id,
 * else host + path. Prefixed `~` so it can never collide with a console's own id.
 */
export function provisionalId(url: URL, name?: string, sessionId?: string): string {
  const key = name
    ? `shop:${name}`
    : sessionId
      ? `live:${url.host}:${sessionId}`
      : `page:${url.host}${url.pathname}`;
  return `~${key}`.slice(0, 200);
}

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

export function createRunner(deps: RunnerDeps) {
  const { adapter, doc, url, send } = deps;
  const now = deps.now ?? (() => Date.now());
  const setTimer = deps.setTimer ?? ((fn, ms) => void setTimeout(fn, ms));
  const gap = deps.minSendGapMs ?? 1000;
  const state = new PageState();
  const backfill = new BackfillRows();
  const outbox = new Outbox(async (obs) => ackedIds(await send('observe', { observations: obs })), {
    setTimer,
  });
  const sig = { obs: '', obsAt: -Infinity, backfill: '', facts: '', health: '' };
  let seq = 0;
  const createdAt = now();
  let backfillAt = createdAt;
  let armed = false;
  let last = -Infinity;
  let boundKeys = new Set<string>();
  /** Once readings went to a provisional account, this page keeps that key. */
  let provisional: string | null = null;

  /**
   * The account from the page or its own responses; without one (after a short grace for a
   * slow header or response), a provisional account keyed by what is visible, so no reading
   * is dropped for want of an id. The seller confirms or merges it in the popup.
   */
  function identity(t: number) {
    const id = adapter.identify(doc, url);
    const accountName = id.accountName ?? state.account.name;
    const sessionId = id.sessionId ?? state.session.id;
    const known = id.accountId ?? state.account.id;
    if (!known && !provisional && t - createdAt >= ACCOUNT_GRACE_MS)
      provisional = provisionalId(url, accountName, sessionId);
    return {
      accountId: known ?? provisional,
      provisional: !known && !!provisional,
      accountName,
      sessionId,
      // The API's start time is exact; a start printed on the page is only the fallback.
      sessionStart: state.session.start ?? id.sessionStart,
    };
  }
  const flag = (ident: { provisional: boolean }) =>
    ident.provisional ? { provisional: true as const } : {};

  function observation(t: number, ident: ReturnType<typeof identity>): Observation | null {
    if (!adapter.scope || !ident.accountId) return null;
    const metrics: Observation['metrics'] = {};
    const sent: readonly string[] = adapter.observe ?? METRIC_KEYS;
    for (const [k, r] of state.resolve(t)) {
      if (sent.includes(k)) {
        metrics[k as MetricKey] = { value: r.value, source: r.source };
      }
    }
    if (Object.keys(metrics).length === 0) return null;
    // A session reading needs a session: wait briefly for the API's live id, then fall back
    // to the start implied by the live duration (to the minute); with neither, the background
    // joins the account's open live session or opens one (never a dropped reading).
    let sessionStart = ident.sessionStart;
    if (adapter.scope === 'session' && !ident.sessionId && !sessionStart) {
      const dur = metrics.durationSec?.value;
      if (t - createdAt < SESSION_GRACE_MS) return null;
      if (dur !== undefined) sessionStart = iso(Math.floor((t - dur * 1000) / 60_000) * 60_000);
    }
    return {
      id: `${deps.pageInstanceId}:${++seq}`,
      platform: adapter.platform,
      accountId: ident.accountId,
      // Undefined optional fields are absent on the wire (runtime messages are JSON).
      accountName: ident.accountName,
      sessionId: ident.sessionId,
      sessionStart,
      ...flag(ident),
      live: state.session.live,
      scope: adapter.scope,
      observedAt: iso(t),
      page: adapter.id,
      metrics,
    };
  }

  /** Sends `payload` once per distinct signature; a failed send is retried on a later flush. */
  function sendOnce(
    slot: 'backfill' | 'facts' | 'health',
    key: string,
    go: () => Promise<unknown>,
  ): void {
    if (sig[slot] === key) return;
    sig[slot] = key;
    go().catch(() => {
      if (sig[slot] === key) sig[slot] = '';
    });
  }

  async function flush(): Promise<void> {
    const t = now();
    const ident = identity(t);
    const obs = observation(t, ident);
    if (obs) {
      const key = JSON.stringify([obs.accountId, obs.sessionId, obs.sessionStart, obs.metrics]);
      if (key !== sig.obs || t - sig.obsAt >= (deps.heartbeatMs ?? 60_000)) {
        outbox.add(obs);
        sig.obs = key;
        sig.obsAt = t;
      }
    }
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
      bound: [...boundKeys],
      now: t,
      backfillKeys: backfill.keys(state.gmvUnit),
      backfillAt,
    });
    const shell = health.read.length === 0 && hasSameOriginFrame(doc);
    // No report for want of an account while the page may still show it (the grace): it would
    // stay behind as a stale "account not recognised" once the account is known.
    const early = !ident.accountId && t - createdAt < ACCOUNT_GRACE_MS;
    if (!shell && !early) sendOnce('health', healthSignature(health), () => send('health', health));
    await outbox.flush();
  }

  function schedule(): void {
    if (armed) return;
    armed = true;
    setTimer(
      () => {
        armed = false;
        last = now();
        void flush();
      },
      Math.max(0, last + gap - now()),
    );
  }

  // A quiet page still gets its provisional account once the grace is over.
  setTimer(() => schedule(), ACCOUNT_GRACE_MS);

  return {
    adapterId: adapter.id,
    state,
    outbox,
    flush,
    onTap(m: TapMessage): void {
      const t = now();
      for (const rule of adapter.network) {
        if (!rule.pattern.test(m.url)) continue;
        const ex = rule.extract(m.body, m.url);
        state.applyNetwork(ex, t, rule.pattern.source);
        if (ex.backfill) {
          backfill.add(ex.backfill.rows, ex.backfill.gmvUnit);
          backfillAt = t;
        }
      }
      schedule();
    },
    onDom(): void {
      if (!doc.body) return;
      const read = readLabels(doc.body, adapter.labels);
      // A figure the seller pointed at wins over a label match: they bound it for a reason.
      const bound = readBindings(doc, deps.bindings?.() ?? []);
      for (const [k, r] of bound) read.set(k, r);
      boundKeys = new Set(bound.keys());
      state.applyDom(read, now());
      schedule();
    },
  };
}

export type Runner = ReturnType<typeof createRunner>;
