/**
 * One page's capture loop: network payloads and DOM readings go into PageState; at most
 * once per `minSendGapMs` the loop turns the state into an observation (only when it
 * changed, or as a heartbeat), backfill rows, the adapter's shop facts and health.
 * Who the readings belong to: runner-identity.ts; the observation: runner-observation.ts;
 * the other sends: runner-reports.ts.
 */
import type { Observation } from '../messaging';
import type { Adapter, Extracted, ReadKey } from './adapter';
import { BackfillRows } from './backfill';
import { readBindings, type Binding } from './bindings';
import type { TapMessage } from './bridge';
import { readLabels, type DomReading } from './dom-reader';
import { Outbox } from './outbox';
import { ACCOUNT_GRACE_MS, createIdentity } from './runner-identity';
import { buildObservation, signatures } from './runner-observation';
import { createReports } from './runner-reports';
import { ackedIds, type SendFn } from './sender';
import { agrees } from './reconcile';
import { MOMENT_MS, PageState } from './state';

export { ACCOUNT_GRACE_MS, provisionalId } from './runner-identity';
export { DURATION_STEP_S } from './runner-observation';

/**
 * A figure the network gave within MOMENT_MS, whose last screen reading agreed with it, is not
 * read from the screen on every DOM pass, only on a full pass at most this often: the
 * screen-vs-network check and the money unit learnt from the screen need it now and then, not
 * every second. Between full passes it has no screen reading at all, so an old reading is
 * never compared with newer network values as if the screen still showed it.
 */
export const FULL_READ_MS = 5_000;

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

/**
 * Over 60 lines because it is one closure: the send timer, the outbox, the observation
 * signature and the two inputs (tap, DOM) share its state. What stands alone lives in
 * runner-identity.ts, runner-observation.ts and runner-reports.ts.
 */
// eslint-disable-next-line max-lines-per-function -- one closure whose parts share the runner state (see the comment above)
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
  const createdAt = now();
  const identity = createIdentity({ adapter, doc, url, state, createdAt });
  const report = createReports({ adapter, doc, state, backfill, send, createdAt });
  const heartbeat = deps.heartbeatMs ?? 60_000;
  /** The last sent reading's signatures and time; `trailing`: a timer will send the latest. */
  const sig = { obs: '', exact: '', obsAt: -Infinity, trailing: false };
  let seq = 0;
  let backfillAt = createdAt;
  let armed = false;
  let last = -Infinity;
  let boundKeys = new Set<string>();
  let fullReadAt = -Infinity;
  const lists = new Map<string, Adapter['labels']>();
  /** What each rule took from a body: the bridge hands the same answer as the same object. */
  const took = new WeakMap<object, Map<unknown, Extracted>>();
  const extracted = (rule: Adapter['network'][number], m: TapMessage): Extracted => {
    if (typeof m.body !== 'object' || m.body === null) return rule.extract(m.body, m.url);
    const byRule = took.get(m.body) ?? new Map<unknown, Extracted>();
    took.set(m.body, byRule);
    const ex = byRule.get(rule) ?? rule.extract(m.body, m.url);
    byRule.set(rule, ex);
    return ex;
  };
  /** Figures whose last screen reading printed as the network value it was read beside. */
  const agreed = new Set<ReadKey>();

  /** The labels this DOM pass reads: all on a full pass, else all but the settled ones. */
  function labelsToRead(t: number): Adapter['labels'] {
    // A raw GMV waits for the screen to confirm its unit: read everything until it does.
    const full = t - fullReadAt >= FULL_READ_MS || (!!state.rawGmv && !state.gmvUnit);
    if (full) fullReadAt = t;
    const skip = (k: ReadKey) =>
      agreed.has(k) &&
      !state.disagreements.has(k) &&
      t - (state.net.get(k)?.at ?? -Infinity) <= MOMENT_MS;
    if (full) return adapter.labels;
    const list = adapter.labels.filter((l) => !skip(l.key));
    // The same list object for the same labels: the label matcher memoises per list (labels.ts).
    const key = list.map((l) => l.key).join();
    const seen = lists.get(key);
    if (seen) return seen;
    lists.set(key, list);
    return list;
  }

  /** Queues `obs` when it is due (see DURATION_STEP_S); `final`: any unsent change is due. */
  function offer(obs: Observation, t: number, final: boolean): void {
    const s = signatures(obs);
    const changed = s.exact !== sig.exact;
    if (s.coarse !== sig.obs || t - sig.obsAt >= heartbeat || (final && changed)) {
      outbox.add(obs);
      Object.assign(sig, { obs: s.coarse, exact: s.exact, obsAt: t });
    } else if (changed && !sig.trailing) {
      sig.trailing = true;
      setTimer(
        () => {
          sig.trailing = false;
          schedule();
        },
        sig.obsAt + heartbeat - t,
      );
    }
  }

  async function flush(final = false): Promise<void> {
    const t = now();
    const ident = identity(t);
    const nextId = () => `${deps.pageInstanceId}:${++seq}`;
    const obs = buildObservation({ adapter, state, t, ident, createdAt, nextId });
    if (obs) offer(obs, t, final);
    report({ t, ident, bound: [...boundKeys], backfillAt });
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
        const ex = extracted(rule, m);
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
      const t = now();
      const specs = labelsToRead(t);
      const read = specs.length > 0 ? readLabels(doc.body, specs) : new Map<ReadKey, DomReading>();
      // A figure the seller pointed at wins over a label match: they bound it for a reason.
      const bound = readBindings(doc, deps.bindings?.() ?? []);
      for (const [k, r] of bound) read.set(k, r);
      boundKeys = new Set(bound.keys());
      state.applyDom(read, t);
      // A mismatch (a late render, or a real disagreement building up) is read every pass.
      for (const [k, r] of read) {
        const n = state.net.get(k);
        if (n && agrees(n.value, r.value, r.step)) agreed.add(k);
        else agreed.delete(k);
      }
      schedule();
    },
  };
}

export type Runner = ReturnType<typeof createRunner>;
