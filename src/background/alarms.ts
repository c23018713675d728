import { browser } from 'wxt/browser';
import { applyRetention, closeStaleSessions } from '../history/housekeeping';
import type { HistoryService } from './service';

/** Re-evaluates every minute while something is live, so ETAs and pace alerts advance. */
export const TICK = 'livepace:tick';
/** Retention, pruning of old observation ids, closing silent sessions. */
export const HOUSEKEEPING = 'livepace:housekeeping';

/** Starts or stops the per-minute tick to match whether any session is live. */
export async function syncTick(svc: HistoryService): Promise<void> {
  const existing = await browser.alarms.get(TICK);
  const live = Object.values(svc.ledger.sessions).some((s) => s.live);
  if (live && !existing) await browser.alarms.create(TICK, { periodInMinutes: 1 });
  if (!live && existing) await browser.alarms.clear(TICK);
}

export async function ensureHousekeeping(): Promise<void> {
  if (!(await browser.alarms.get(HOUSEKEEPING))) {
    await browser.alarms.create(HOUSEKEEPING, { delayInMinutes: 1, periodInMinutes: 360 });
  }
}

export async function onAlarm(name: string, svc: HistoryService): Promise<void> {
  const now = svc.now();
  if (name === TICK) {
    await svc.mutate((l, dirty) => void closeStaleSessions(l, now, dirty));
  } else if (name === HOUSEKEEPING) {
    await svc.mutate((l, dirty) => {
      closeStaleSessions(l, now, dirty);
      applyRetention(l, svc.global.retentionDays, now, dirty);
    });
  }
  await syncTick(svc);
}
