/**
 * One page's capture loop: network payloads and DOM readings go into PageState; at most
 * once per `minSendGapMs` the loop turns the state into an observation (only when it
 * changed, or as a heartbeat), backfill rows, the adapter's shop facts and health.
 */
import { METRIC_KEYS, type MetricKey } from '../metric-keys';
import type { Observation } from '../messaging';
import type { Adapter } from './adapter';
import { BackfillRows } from './backfill';
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
}

const iso = (ms: number): string => new Date(ms).toISOString();
const SESSION_GRACE_MS = 10_000;

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

  function identity() {
    const id = adapter.identify(doc, url);
    return {
      accountId: id.accountId ?? state.account.id ?? null,
      accountName: id.accountName ?? state.account.name,
      sessionId: id.sessionId ?? state.session.id,
      // The API's start time is exact; a start printed on the page is only the fallback.
      sessionStart: state.session.start ?? id.sessionStart,
    };
  }

  function observation(t: number, ident: ReturnType<typeof identity>): Observation | null {
    if (!adapter.scope || !ident.accountId) return null;
    const metrics: Observation['metrics'] = {};
    for (const [k, r] of state.resolve(t)) {
      if ((METRIC_KEYS as readonly string[]).includes(k)) {
        metrics[k as MetricKey] = { value: r.value, source: r.source };
      }
    }
    if (Object.keys(metrics).length === 0) return null;
    // A session reading needs a session: wait briefly for the API's live id, then fall back
    // to the start implied by the live duration (to the minute) rather than send an orphan.
    let sessionStart = ident.sessionStart;
    if (adapter.scope === 'session' && !ident.sessionId && !sessionStart) {
      const dur = metrics.durationSec?.value;
      if (t - createdAt < SESSION_GRACE_MS || dur === undefined) return null;
      sessionStart = iso(Math.floor((t - dur * 1000) / 60_000) * 60_000);
    }
    return {
      id: `${deps.pageInstanceId}:${++seq}`,
      platform: adapter.platform,
      accountId: ident.accountId,
      // Undefined optional fields are absent on the wire (runtime messages are JSON).
      accountName: ident.accountName,
      sessionId: ident.sessionId,
      sessionStart,
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
    const ident = identity();
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
        observedAt: iso(t),
        page: adapter.id,
        sessions,
      };
      sendOnce('backfill', JSON.stringify([ident.accountId, sessions]), () =>
        send('backfill', payload),
      );
    }
    const facts =
      ident.accountId &&
      adapter.shopFacts?.(state.resolve(t), { ...ident, accountId: ident.accountId }, iso(t));
    if (facts) {
      // observedAt alone is no reason to resend.
      const key = JSON.stringify({ ...facts, observedAt: '' });
      sendOnce('facts', key, () => send('shopFacts', facts));
    }
    const health = buildHealth({
      adapter,
      state,
      accountId: ident.accountId,
      now: t,
      backfillKeys: backfill.keys(state.gmvUnit),
      backfillAt,
    });
    const shell = health.read.length === 0 && hasSameOriginFrame(doc);
    if (!shell) sendOnce('health', healthSignature(health), () => send('health', health));
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

  return {
    state,
    outbox,
    flush,
    onTap(m: TapMessage): void {
      const t = now();
      for (const rule of adapter.network) {
        if (!rule.pattern.test(m.url)) continue;
        const ex = rule.extract(m.body, m.url);
        state.applyNetwork(ex, t);
        if (ex.backfill) {
          backfill.add(ex.backfill.rows, ex.backfill.gmvUnit);
          backfillAt = t;
        }
      }
      schedule();
    },
    onDom(): void {
      if (!doc.body) return;
      state.applyDom(readLabels(doc.body, adapter.labels), now());
      schedule();
    },
  };
}

export type Runner = ReturnType<typeof createRunner>;
