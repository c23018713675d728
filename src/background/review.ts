import { sessionsOf, sessKey, type Ledger } from '../history/ledger';
import type { MetricKey, Platform, Session } from '../history/model';
import { COMPARE_LAST, reviewSession, type ReviewTarget } from '../insight/review';
import type { AccountInsight, ReviewReply, SessionReview } from '../messaging/schemas/insight';
import type { AccountEvaluation, ItemResult } from '../rules/result';
import { beijingDay } from '../time/beijing';

/**
 * The post-live review (复盘) of one ended session, for the options page's history view: its
 * stored curves, each day/session target reached at HH:MM or missed by how much, the session
 * against the median of the previous 7, and the monthly items' plans as they stand now.
 */

/** The metrics a review shows, in the order of its charts. */
export const REVIEW_METRICS: MetricKey[] = ['durationSec', 'dau', 'gmvFen', 'buyers'];
const ITEM_METRIC: Partial<Record<ItemResult['unit'], MetricKey>> = {
  minutes: 'durationSec',
  fen: 'gmvFen',
  viewers: 'dau',
  buyers: 'buyers',
  orders: 'orders',
};
/** How many ended sessions the picker offers. */
export const PICKER_SESSIONS = 30;

export interface ReviewDeps {
  ledger: Ledger;
  /** The engine's view of the account at an instant (the targets in force when it ended). */
  accountAt: (ms: number) => AccountEvaluation | undefined;
  /** The account's current evaluation and insights (the monthly plans "now"). */
  current: AccountEvaluation | undefined;
  insight: AccountInsight | undefined;
}

const finalsOf = (s: Session): Partial<Record<MetricKey, number>> =>
  Object.fromEntries(Object.entries(s.metrics).map(([m, v]) => [m, v.value]));

/** Targets of the session's day and of the session itself, in native units. */
function targetsOf(acc: AccountEvaluation | undefined, s: Session, earlier: Session[]) {
  const out: Array<ReviewTarget & { label: ItemResult['label']; packId: string }> = [];
  for (const item of acc?.items ?? []) {
    const metric = ITEM_METRIC[item.unit];
    if (!metric || (item.period !== 'day' && item.period !== 'session')) continue;
    if (item.status === 'not_applicable' || item.status === 'excluded') continue;
    // What the day's earlier sessions already brought toward a daily target.
    const base =
      item.period === 'day' ? earlier.reduce((n, e) => n + (e.metrics[metric]?.value ?? 0), 0) : 0;
    const threshold = item.unit === 'minutes' ? item.threshold * 60 : item.threshold;
    out.push({ id: item.itemId, packId: item.packId, label: item.label, metric, threshold, base });
  }
  return out;
}

export function reviewOf(
  deps: ReviewDeps,
  platform: Platform,
  accountId: string,
  sessionId?: string,
): ReviewReply {
  const ended = sessionsOf(deps.ledger, platform, accountId)
    .filter((s): s is Session & { end: string } => !s.live && s.end !== null)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const picker = ended
    .slice(-PICKER_SESSIONS)
    .reverse()
    .map((s) => ({ sessionId: s.sessionId, start: s.start, end: s.end }));
  const idx = sessionId ? ended.findIndex((s) => s.sessionId === sessionId) : ended.length - 1;
  const s = ended[idx];
  if (!s) return { sessions: picker, review: null };
  const startMs = Date.parse(s.start);
  const track = deps.ledger.tracks[sessKey(platform, accountId, s.sessionId)];
  const series = track?.series ?? {};
  const finals = finalsOf(s);
  const day = beijingDay(startMs);
  const earlier = ended.slice(0, idx).filter((e) => beijingDay(e.start) === day);
  const targets = targetsOf(deps.accountAt(Date.parse(s.end)), s, earlier);
  const previous = ended.slice(Math.max(0, idx - COMPARE_LAST), idx).map(finalsOf);
  const shown = Object.fromEntries(
    REVIEW_METRICS.flatMap((m) => (finals[m] === undefined ? [] : [[m, finals[m]]])),
  );
  const r = reviewSession(startMs, shown, series, targets, previous);
  const review: SessionReview = {
    sessionId: s.sessionId,
    start: s.start,
    end: s.end,
    finals,
    series: Object.fromEntries(REVIEW_METRICS.flatMap((m) => (series[m] ? [[m, series[m]]] : []))),
    targets: targets.map((t, i) => ({ ...t, ...r.outcomes[i]! })),
    comparisons: r.comparisons,
    compared: previous.length,
    plans: plansNow(deps),
  };
  return { sessions: picker, review };
}

function plansNow(deps: ReviewDeps): SessionReview['plans'] {
  const plans = deps.insight?.plans ?? {};
  return (deps.current?.items ?? []).flatMap((i) => {
    const plan = plans[i.itemId];
    return plan ? [{ itemId: i.itemId, label: i.label, unit: i.unit, plan }] : [];
  });
}
