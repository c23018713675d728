/** The observation a page's capture loop sends: its resolved readings, under its identity. */
import { METRIC_KEYS, type MetricKey } from '../metric-keys';
import type { Observation } from '../messaging';
import type { Adapter } from './adapter';
import { flag, type PageIdentity } from './runner-identity';
import type { PageState } from './state';

const iso = (ms: number): string => new Date(ms).toISOString();
/** How long a session reading waits for the API's live id before it falls back. */
const SESSION_GRACE_MS = 10_000;

/**
 * The observation for instant `t`, or null (no scope, no account, nothing to send, or a session
 * reading still inside the grace). `nextId` is called only when an observation is made.
 */
export function buildObservation(opts: {
  adapter: Adapter;
  state: PageState;
  t: number;
  ident: PageIdentity;
  createdAt: number;
  nextId: () => string;
}): Observation | null {
  const { adapter, state, t, ident } = opts;
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
    if (t - opts.createdAt < SESSION_GRACE_MS) return null;
    if (dur !== undefined) sessionStart = iso(Math.floor((t - dur * 1000) / 60_000) * 60_000);
  }
  return {
    id: opts.nextId(),
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

/**
 * A running clock changes the duration every second and nothing else: such a reading is sent
 * when the duration enters a new step of this many seconds (the views show minutes), at the
 * heartbeat, or when anything else changes, whichever comes first. Readings are coalesced,
 * never lost: the latest is always sent, at the latest one heartbeat after the last send (a
 * timer sees to it even when the page goes quiet) and when the page is hidden or left.
 */
export const DURATION_STEP_S = 60;

/** What decides a send (`coarse`, the duration to its step) and the reading exactly. */
export function signatures(obs: Observation): { coarse: string; exact: string } {
  const { durationSec, ...rest } = obs.metrics;
  const head = [obs.accountId, obs.sessionId, obs.sessionStart, obs.live];
  const step = durationSec && [durationSec.source, Math.floor(durationSec.value / DURATION_STEP_S)];
  return {
    coarse: JSON.stringify([...head, rest, step]),
    exact: JSON.stringify([...head, obs.metrics]),
  };
}
