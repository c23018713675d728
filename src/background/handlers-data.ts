import { BADGE_CSS } from '../ui/badge/css';
import { BADGE_CSS_KEY } from '../messaging/keys';
import { enBadge } from '../ui/i18n/en';
import { zhBadge } from '../ui/i18n/zh';
import { applyBackfill } from '../history/backfill';
import { exportHistory } from '../history/export';
import { parseHistory, planImport } from '../history/import';
import { ensureAccount, routed } from '../history/ingest';
import { key } from '../history/ledger';
import { routeHealth } from '../history/merge-account';
import { applyManual } from '../history/manual';
import { ledgerToHistory } from '../history/to-history';
import { senderPlatform } from '../messaging/authorise';
import type { Handlers } from '../messaging/listen';
import { splitObservations } from './observe';
import { beijingIso } from '../time/calendar';
import type { HistoryService } from './service';
import { cachedInsights } from './insights-cache';

/** Handlers that read or write history records. */
/** The reply to a file that does not parse: nothing planned, nothing written. */
const refused = (error: string) =>
  ({ ok: false, error, added: 0, changed: 0, conflicting: 0, unchanged: 0 }) as const;

// eslint-disable-next-line max-lines-per-function -- the handler map for data messages: one short handler per message type, kept together as the map the protocol checks
export function dataHandlers(svc: HistoryService) {
  return {
    observe: async ({ observations }, sender) => {
      const { good, refused } = splitObservations(observations, senderPlatform(sender));
      const acked = good.length > 0 ? await svc.observe(good) : [];
      if (refused.length === 0) return { acked };
      // Refused ids are acknowledged too, so the tab's outbox drops them instead of resending.
      return { acked: [...acked, ...refused.map((r) => r.id)], refused };
    },
    backfill: async (sent) => {
      await svc.mutate((l, dirty) => {
        const b = routed(l, sent);
        ensureAccount(l, b.platform, b.accountId, b.accountName, dirty, b.provisional);
        applyBackfill(l, b, dirty);
      });
      return { ok: true };
    },
    health: (sent) => {
      svc.stage((l, dirty) => {
        const h = routeHealth(l, sent);
        const k = key(h.platform, h.accountId ?? '', h.page);
        l.health[k] = h;
        dirty.health.add(k);
      });
      // Pages send health only when it changes: the views and the toolbar must learn at once
      // that a figure became unread (or readable), not at the next observation.
      svc.reevaluate();
      return { ok: true };
    },
    manualEntry: async (e) => {
      await svc.mutate((l, dirty) => applyManual(l, e, svc.now(), dirty));
      return { ok: true };
    },
    view: ({ platform, at }) => {
      const evaluation = at ? svc.reevaluate(new Date(at)) : svc.current();
      const accounts = evaluation.accounts.filter((a) => !platform || a.platform === platform);
      const health = Object.values(svc.ledger.health).filter(
        (h) => !platform || h.platform === platform,
      );
      const insights = cachedInsights(svc.ledger, evaluation).filter(
        (i) => !platform || i.platform === platform,
      );
      return {
        evaluation: { ...evaluation, accounts },
        health,
        updatedAt: svc.updatedAt,
        insights,
      };
    },
    historyOf: ({ account, from, to }) => {
      const h = ledgerToHistory(svc.ledger, beijingIso(svc.now()), { account, from, to });
      return { days: h.days, sessions: h.sessions };
    },
    exportHistory: (q) => exportHistory(svc.ledger, q, svc.now()),
    importDryRun: ({ text }) => {
      const parsed = parseHistory(text);
      if (!parsed.ok) return refused(parsed.error);
      return { ok: true, ...planImport(svc.ledger, parsed.value).summary };
    },
    importApply: async ({ text }) => {
      const parsed = parseHistory(text);
      if (!parsed.ok) return refused(parsed.error);
      const summary = await svc.applyImport((cur) => {
        const plan = planImport(cur, parsed.value);
        return { next: plan.next, written: plan.written, result: plan.summary };
      });
      return { ok: true, ...summary };
    },
    badgeStrings: ({ lang }) => ({
      ...(lang === 'en' ? enBadge : zhBadge),
      [BADGE_CSS_KEY]: BADGE_CSS,
    }),
    storageEstimate: async () => {
      const est = await navigator.storage?.estimate?.().catch(() => null);
      return { usage: est?.usage ?? null, quota: est?.quota ?? null };
    },
  } satisfies Handlers;
}
