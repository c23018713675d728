import { browser } from 'wxt/browser';
import { openHistoryDb } from '../history/db';
import { loadGlobalSettings } from '../history/persist';
import { protocol, type MessageType } from '../messaging';
import type { HandlerMap } from '../messaging/listen';
import { evaluate } from '../rules/engine';
import { loadPacks } from '../rules/packs';
import { migrateSettings } from '../settings';
import { dataHandlers } from './handlers-data';
import { insightHandlers } from './handlers-insight';
import { settingsHandlers } from './handlers-settings';
import { HistoryService } from './service';
import { applyUiEffects } from './ui-effects';
import { rememberView } from './remember-view';
import { cachedInsights } from './insights-cache';
import { createViewSignal } from './view-signal';
import { syncHandlers } from './handlers-sync';
import type { ServiceDeps } from './deps';
import { SyncAgent } from './sync-agent';
import { syncAgentDeps } from './sync-engine';

let packs: ReturnType<typeof loadPacks> | null = null;
/** The engine over the bundled rule packs (parsed once per worker). */
const evaluateWithPacks: ServiceDeps['evaluate'] = (h, settings, now) =>
  evaluate((packs ??= loadPacks()), h, settings, now);

/** Team sync (issue #12): started after the service, told of every change it absorbs. */
export async function startSync(svc: HistoryService): Promise<SyncAgent> {
  const agent = await SyncAgent.start(syncAgentDeps(svc));
  svc.changeListeners.push((dirty) => agent.changed(dirty));
  return agent;
}

/** Evaluations so far in this worker: makes every view-updated signal a new value. */
let evaluations = 0;

/** Opens the database and builds the service (once per worker lifetime). */
export async function boot(): Promise<HistoryService> {
  const db = await openHistoryDb();
  const global = migrateSettings(await loadGlobalSettings(db));
  const signal = createViewSignal();
  let svc: HistoryService | null = null;
  svc = await HistoryService.start(
    {
      db,
      now: () => Date.now(),
      evaluate: evaluateWithPacks,
      onEvaluated: async (prev, next, settings, now, health) => {
        // Millisecond ISO plus a counter: storage.onChanged fires only when the value differs,
        // and two evaluations within one second (e.g. 1688 shop facts right after the page's
        // health report) must both reach the open badge and popup. A platform's badges hear of
        // it only when their platform's view changed (view-signal.ts).
        const insights = svc ? cachedInsights(svc.ledger, next) : [];
        const stamp = `${now.toISOString()}#${++evaluations}`;
        await browser.storage.local.set(signal({ evaluation: next, health, insights }, stamp));
        await rememberView(next, health, settings, now); // the popup's first frame
        await applyUiEffects(prev, next, settings, now, health);
      },
    },
    global,
  );
  return svc;
}

/**
 * Handlers for every protocol type, each waiting for the service: the listener is registered
 * synchronously at startup (MV3 delivers the waking event only to listeners added then), while
 * opening IndexedDB takes a moment.
 */
export function deferredHandlers(
  ready: Promise<HistoryService>,
  sync: Promise<SyncAgent>,
  after: (svc: HistoryService, type: MessageType) => void,
): HandlerMap {
  const out: Record<string, unknown> = {};
  // `satisfies HandlerMap`: a message type without a handler is a compile error.
  const build = (svc: HistoryService) =>
    ({
      ...dataHandlers(svc),
      ...settingsHandlers(svc),
      ...insightHandlers(svc),
      ...syncHandlers(svc, sync, evaluateWithPacks),
    }) satisfies HandlerMap;
  const types = Object.keys(protocol) as MessageType[];
  for (const type of types) {
    out[type] = async (payload: unknown, sender: unknown) => {
      const svc = await ready;
      const h = build(svc)[type] as (p: unknown, s: unknown) => unknown;
      const res = await h(payload, sender);
      after(svc, type);
      return res;
    };
  }
  return out as HandlerMap;
}
