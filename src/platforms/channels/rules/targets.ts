import type { AccountSettings, GrowthTarget, MetricKey, Value } from '../../../history/model';
import type { ItemResult, ItemStatus, ItemUnit, Text } from '../../../rules/result';
import type { ChannelsPack } from '../pack-schema';
import {
  daysIn,
  liveSession,
  sessionEndMs,
  type AccountHistory,
  type IndexedSession,
} from '../../../rules/history-index';
import { finishItem, freshest } from '../../../rules/item';
import { etaMs } from '../../../rules/pace';
import {
  dayEndMs,
  isoBeijing,
  monthEndNum,
  monthStartNum,
  weekStartNum,
  type DayNum,
} from '../../../time/beijing';
import { t } from '../../../rules/text';

const UNIT: Record<MetricKey, ItemUnit> = {
  durationSec: 'minutes',
  dau: 'viewers',
  gmvFen: 'fen',
  buyers: 'buyers',
  orders: 'orders',
  fans: 'fans',
  online: 'viewers',
  pv: 'viewers',
  clubLive: 'members',
  clubShop: 'members',
  newFans: 'fans',
};

/**
 * What a seller-defined target needs; shared with Douyin's targets (src/platforms/douyin/),
 * whose metrics include the two fan-club joins. Only the pack's id and group label are read.
 */
export type TargetSpec = Omit<GrowthTarget, 'metric'> & { metric: MetricKey };
export type TargetPack = Pick<ChannelsPack, 'id'> & { growth: { label: Text } };
const toUnit = (m: MetricKey, v: number) => (m === 'durationSec' ? v / 60 : v);

/** The session a per-session target reads: the live one, else the latest started today. */
export function sessionOfToday(
  acc: AccountHistory,
  today: DayNum,
  nowMs: number,
): IndexedSession | null {
  const live = liveSession(acc, nowMs);
  if (live) return live;
  const list = acc.sessionsByDay.get(today);
  return list?.[list.length - 1] ?? null;
}

export function sessionValue(
  ix: IndexedSession,
  metric: MetricKey,
  nowMs: number,
): Value | undefined {
  const v = ix.s.metrics[metric];
  if (v || metric !== 'durationSec') return v;
  const end = sessionEndMs(ix, nowMs);
  return {
    value: (end - ix.startMs) / 1000,
    source: 'network',
    at: isoBeijing(end),
    estimated: true,
  };
}

function periodRange(period: GrowthTarget['period'], today: DayNum): [DayNum, DayNum] {
  if (period === 'week') return [weekStartNum(today), weekStartNum(today) + 6];
  if (period === 'month') return [monthStartNum(today), monthEndNum(today)];
  return [today, today];
}

function periodValue(acc: AccountHistory, metric: MetricKey, from: DayNum, to: DayNum) {
  const values: Value[] = [];
  let total = 0;
  for (const d of daysIn(acc, from, to)) {
    const v = acc.days.get(d)?.metrics[metric];
    if (!v) continue;
    values.push(v);
    // Followers are a level, not a flow: the latest reading is the value.
    total = metric === 'fans' ? v.value : total + v.value;
  }
  return { total, values };
}

/** A seller-defined growth target, tracked like a JD item over its period. */
// eslint-disable-next-line max-lines-per-function -- one seller target over its period, each branch a case of the rule; kept whole so it can be checked against DOMAIN.md
export function growthItem(
  pack: TargetPack,
  acc: AccountHistory,
  g: TargetSpec,
  today: DayNum,
  nowMs: number,
): ItemResult {
  const live = liveSession(acc, nowMs);
  let current: number | null;
  let values: Value[];
  const [from, periodEnd] = periodRange(g.period, today);
  let to = periodEnd;
  if (g.period === 'session') {
    const ix = sessionOfToday(acc, today, nowMs);
    const v = ix ? sessionValue(ix, g.metric, nowMs) : undefined;
    current = ix ? (v ? toUnit(g.metric, v.value) : null) : 0;
    values = v ? [v] : [];
    if (ix) to = Math.max(to, ix.startDay);
  } else {
    const p = periodValue(acc, g.metric, from, to);
    current = toUnit(g.metric, p.total);
    values = p.values;
  }
  const threshold = toUnit(g.metric, g.threshold);
  const endMs = dayEndMs(to);
  let status: ItemStatus = 'behind';
  let reason: Text | undefined;
  let eta: string | undefined;
  if (current !== null && current >= threshold) status = 'done';
  else if (current !== null && live && g.metric !== 'fans') {
    const latest = freshest(values)?.at;
    const observed = Math.min(nowMs, (latest && Date.parse(latest)) || nowMs);
    const at = etaMs(
      g.metric,
      g.threshold - (g.metric === 'durationSec' ? current * 60 : current),
      live,
      observed,
    );
    if (at !== null && at <= endMs) {
      status = 'on_track';
      eta = isoBeijing(at);
    }
  } else if (current !== null) reason = t('未在直播', 'Not live');
  const daysLeft = g.period === 'week' || g.period === 'month' ? to - today + 1 : undefined;
  return finishItem({
    packId: pack.id,
    itemId: `growth-${g.id}`,
    group: pack.growth.label,
    label: { zh: g.label, en: g.label },
    period: g.period,
    unit: UNIT[g.metric],
    current,
    threshold,
    status,
    ...(reason ? { reason } : {}),
    ...(eta ? { eta } : {}),
    ...(daysLeft !== undefined && current !== null && current < threshold
      ? { daysLeft, perDay: Math.ceil((threshold - current) / daysLeft) }
      : {}),
    reward: { text: { zh: g.reward, en: g.reward } },
    deadline: {
      at: isoBeijing(endMs),
      kind: 'midnight',
      projected: false,
      label: t('周期结束', 'Period end'),
    },
    assumptions: [],
    warnings: [],
    provenance: freshest(values),
  });
}

export const growthItems = (
  pack: ChannelsPack,
  acc: AccountHistory,
  s: AccountSettings,
  today: DayNum,
  nowMs: number,
): ItemResult[] =>
  (s.channelsGrowthTargets ?? []).map((g) => growthItem(pack, acc, g, today, nowMs));
