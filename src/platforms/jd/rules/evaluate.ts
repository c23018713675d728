import type { AccountSettings } from '../../../history/model';
import type { Assumption, ItemResult, Text } from '../../../rules/result';
import type { JdPack } from '../pack-schema';
import { liveSession, type AccountHistory } from '../../../rules/history-index';
import { cycleFor, type Cycle } from './cycles';
import { gateFor } from './gate';
import { judgeSessions, type SessionVerdict } from './exclusions';
import { dayCounted, rangeCounted } from './values';
import { dailyItem } from './daily';
import { cycleItem } from './cycle';
import { finishItem, gateItem } from '../../../rules/item';
import { isoBeijing, type DayNum } from '../../../time/beijing';
import { northstarChecks } from './northstar';
import { t } from '../../../rules/text';

export interface JdPackResult {
  items: ItemResult[];
  cycle: Cycle | null;
  assumptions: Assumption[];
}

function excludedItem(pack: JdPack, v: SessionVerdict): ItemResult {
  return finishItem({
    packId: pack.id,
    itemId: `session-${v.ix.s.sessionId}`,
    group: t('被排除的场次', 'Excluded sessions'),
    label: t(
      `场次 ${isoBeijing(v.ix.startMs)} 开播`,
      `Session started ${isoBeijing(v.ix.startMs)}`,
    ),
    period: 'session',
    unit: 'minutes',
    current: v.minutes,
    threshold: pack.counting.excludeSessionHours * 60,
    status: 'excluded',
    ...(v.excluded ? { reason: v.excluded } : {}),
    assumptions: [],
    warnings: [],
  });
}

const groupLabel = (pack: JdPack, id: string): Text =>
  pack.groups.find((g) => g.id === id)?.label ?? pack.title;

/** Evaluates one JD task pack (成长 or 北极星) for one account at `now`. */
export function evaluateJdPack(
  pack: JdPack,
  acc: AccountHistory,
  settings: AccountSettings,
  today: DayNum,
  nowMs: number,
): JdPackResult {
  const cycle = cycleFor(pack, today);
  const gate = gateFor(pack, settings, cycle, today);
  const countFrom = gate.countFrom ?? today;
  const { verdicts, sub } = judgeSessions(pack, acc, Math.min(countFrom, today), today, nowMs);
  const liveIx = liveSession(acc, nowMs);
  const liveVerdict = verdicts.find((v) => v.ix === liveIx);
  const live = liveIx && !liveVerdict?.excluded ? liveIx : null;
  const sessionWarnings = verdicts.flatMap((v) =>
    v.warning && v.ix === liveIx ? [v.warning] : [],
  );
  const items: ItemResult[] = [];
  for (const item of pack.items) {
    const group = pack.groups.find((g) => g.id === item.group);
    const label = groupLabel(pack, item.group);
    let result: ItemResult;
    if (group?.period === 'cycle') {
      if (!cycle) continue;
      const to = Math.min(today, cycle.dataCutoff);
      const counted = rangeCounted(acc, sub, countFrom, to, item.metric);
      const ctx = { packId: pack.id, group: label, today, nowMs, cycle, countFrom, live };
      result = gateItem(cycleItem(ctx, item, counted), gate.cycle);
    } else {
      const ctx = { packId: pack.id, group: label, today, nowMs, live };
      result = gateItem(dailyItem(ctx, item, dayCounted(acc, sub, today, item.metric)), gate.daily);
    }
    result.warnings.push(...gate.warnings);
    if (gate.assumption) result.assumptions.push(gate.assumption);
    if (item.metric === 'durationSec') result.warnings.push(...sessionWarnings);
    items.push(result);
  }
  // Excluded sessions are shown, never silently dropped (only once: by the all-merchant pack).
  if (pack.audience === 'all') {
    const from = Math.min(countFrom, today);
    for (const v of verdicts)
      if (v.excluded && v.ix.startDay >= from - 1) items.push(excludedItem(pack, v));
  }
  if (pack.checks) items.push(...northstarChecks(pack, acc, settings, today, nowMs));
  return { items, cycle, assumptions: pack.assumptions };
}
