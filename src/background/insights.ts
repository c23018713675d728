import { sessionsOf, sessKey, type Ledger } from '../history/ledger';
import type { Session } from '../history/model';
import { liveInsight, type LiveInput } from '../insight/live';
import { monthPlan, type MonthPlan } from '../insight/month-plan';
import type { AccountInsight } from '../messaging/schemas/insight';
import type { AccountEvaluation, Evaluation, ItemResult } from '../rules/result';
import { dayNumOf, dayNumOfKey, monthStartNum, type DayNum } from '../time/beijing';

/**
 * The seller's-edge figures sent with each `view` (issue #11): for a live account the deltas,
 * the curve ETAs and the what-if from its stored per-minute series (src/insight/live.ts); for
 * every open monthly / cycle item a month plan (src/insight/month-plan.ts). Pure over the ledger
 * and the evaluation; the handler caches it per evaluation, so a popup refresh costs nothing.
 */

/** Past sessions the curves look at: enough for a time-of-day profile, bounded in cost. */
export const PAST_SESSIONS = 30;
const PLANNED = new Set<ItemResult['period']>(['month', 'cycle']);

export function insightsFor(ledger: Ledger, ev: Evaluation, nowMs: number): AccountInsight[] {
  return ev.accounts.map((acc) => {
    const sessions = sessionsOf(ledger, acc.platform, acc.accountId).sort(
      (a, b) => Date.parse(a.start) - Date.parse(b.start),
    );
    const live = acc.live ? liveOf(ledger, acc, sessions, nowMs) : null;
    return {
      platform: acc.platform,
      accountId: acc.accountId,
      live,
      plans: plansOf(acc, sessions, nowMs),
    };
  });
}

const seriesOf = (l: Ledger, s: Session) =>
  l.tracks[sessKey(s.platform, s.accountId, s.sessionId)]?.series ?? {};

function liveOf(l: Ledger, acc: AccountEvaluation, sessions: Session[], nowMs: number) {
  const current = sessions.filter((s) => s.live).at(-1);
  if (!current) return null;
  const past: LiveInput['past'] = sessions
    .filter((s) => !s.live && s.end !== null)
    .slice(-PAST_SESSIONS)
    .map((s) => ({
      startMs: Date.parse(s.start),
      endMs: Date.parse(s.end ?? s.lastSeenAt),
      series: seriesOf(l, s),
    }));
  const input = {
    startMs: Date.parse(current.start),
    series: seriesOf(l, current),
    past,
    items: acc.items,
  };
  return liveInsight(input, nowMs);
}

/** First day that counts for a planned item: the enrolment (JD) or the cycle/month start. */
function firstDay(acc: AccountEvaluation, item: ItemResult, today: DayNum): DayNum {
  if (item.period === 'cycle' && acc.cycle) {
    const from = dayNumOfKey(acc.cycle.from);
    return acc.cycle.enrolled ? Math.max(from, dayNumOfKey(acc.cycle.enrolled)) : from;
  }
  return monthStartNum(today);
}

function plansOf(acc: AccountEvaluation, sessions: Session[], nowMs: number) {
  const today = dayNumOf(nowMs);
  const liveDays = sessions.map((s) => dayNumOf(Date.parse(s.start))).filter((d) => d < today);
  const plans: Record<string, MonthPlan> = {};
  for (const item of acc.items) {
    if (!PLANNED.has(item.period) || item.daysLeft === undefined || !item.remaining) continue;
    if (item.status === 'not_applicable' || item.status === 'excluded') continue;
    // daysLeft counts today up to the data cutoff: the engine's one reading of "the last day".
    const to = today + item.daysLeft - 1;
    const plan = monthPlan({
      remaining: item.remaining,
      today,
      from: firstDay(acc, item, today),
      to,
      liveDays,
    });
    if (plan) plans[item.itemId] = plan;
  }
  return plans;
}
