import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listen } from '../../src/messaging/listen';
import { ensureHousekeeping, onAlarm, syncTick } from '../../src/background/alarms';
import { boot, deferredHandlers, startSync } from '../../src/background/boot';
import { SYNC_ALARM } from '../../src/background/sync-engine';
import { exposeStats } from '../../src/background/stats';
import { listenTransfers } from '../../src/background/transfer';
import { openReviewOnClick } from '../../src/background/ui-effects';

export default defineBackground(() => {
  const ready = boot();
  // Team sync (issue #12): off unless the seller enabled it and granted the server's origin.
  const sync = ready.then(startSync);
  listen(
    deferredHandlers(ready, sync, (svc, type) => {
      if (type === 'observe' || type === 'backfill' || type === 'importApply') void syncTick(svc);
    }),
  );
  // Export / import of any size: chunks over a Port (issue #16).
  listenTransfers(ready, () => void ready.then(syncTick));
  openReviewOnClick();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void sync.then((agent) => agent.round());
    else void ready.then((svc) => onAlarm(alarm.name, svc));
  });
  void ready.then(async (svc) => {
    // Bench builds only (wxt.config.ts): anywhere else this is `if (false)` and is dropped.
    if (import.meta.env.LIVEPACE_BENCH) exposeStats(svc);
    await ensureHousekeeping();
    await syncTick(svc);
  });
});
