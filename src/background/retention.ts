import { applyRetention } from '../history/housekeeping';
import { emptyDirty, STORE_NAMES, type Ledger } from '../history/ledger';
import { loadGlobalSettings, saveGlobalSettingsDb } from '../history/persist';
import type { Handlers } from '../messaging/listen';
import { readSettings, type GlobalSettings } from '../settings';
import type { HistoryService } from './service';

/** Where an unreadable stored settings object is kept before the first write replaces it. */
export const UNREADABLE_SETTINGS_KEY = 'global.unreadable';

/** Settings writes of one service, in order: each change applies on top of the previous one. */
const chains = new WeakMap<HistoryService, Promise<void>>();

/**
 * Applies `change` to the current settings and stores the result. Writes are serialised, so
 * two patches in flight never undo each other. If the stored copy could not be read, it is
 * copied aside first (never silently replaced).
 */
export function writeSettings(
  svc: HistoryService,
  change: (g: GlobalSettings) => GlobalSettings,
): Promise<void> {
  const run = async () => {
    const raw = await loadGlobalSettings(svc.db);
    const aside = await svc.db.get('settings', UNREADABLE_SETTINGS_KEY);
    if (readSettings(raw).problems.length > 0 && aside === undefined) {
      // The store is typed for readable settings; this record is deliberately the raw copy.
      await svc.db.put('settings', raw as GlobalSettings, UNREADABLE_SETTINGS_KEY);
    }
    const next = change(svc.global);
    await saveGlobalSettingsDb(svc.db, next);
    svc.global = next;
  };
  const p = (chains.get(svc) ?? Promise.resolve()).then(run);
  chains.set(
    svc,
    p.catch(() => undefined),
  );
  return p;
}

/** A copy of the stores retention touches, so a preview deletes nothing. */
const copyOf = (l: Ledger): Ledger => {
  const out = { ...l };
  for (const s of STORE_NAMES) (out as Record<string, unknown>)[s] = { ...l[s] };
  return out;
};

/** Sessions and day records a retention would delete at `now` (tracks etc. follow them). */
export function retentionCount(l: Ledger, days: number | null, now: Date) {
  const dirty = emptyDirty();
  applyRetention(copyOf(l), days, now, dirty);
  return { sessions: dirty.sessions.size, days: dirty.days.size + dirty.reports.size };
}

/** Retention: preview the deletion, then apply it only on the explicit, confirmed message. */
export function retentionHandlers(svc: HistoryService) {
  return {
    retentionPreview: ({ retentionDays }) => retentionCount(svc.ledger, retentionDays, svc.now()),
    applyRetention: async ({ retentionDays }) => {
      await writeSettings(svc, (g) => ({ ...g, retentionDays }));
      const now = svc.now();
      const { sessions, days } = retentionCount(svc.ledger, retentionDays, now);
      await svc.mutate((l, dirty) => void applyRetention(l, retentionDays, now, dirty));
      return { ok: true, sessions, days };
    },
  } satisfies Handlers;
}
