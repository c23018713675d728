import type { JdPack } from '../pack-schema';
import type { Text } from '../../../rules/result';
import {
  sessionEndMs,
  sessionsIn,
  type AccountHistory,
  type IndexedSession,
} from '../../../rules/history-index';
import { cycleFor } from './cycles';
import { dayEndMs, dayNumOf, isoBeijing, splitMsByDay, type DayNum } from '../../../time/beijing';
import { fmtMinutes, t } from '../../../rules/text';

export interface SessionVerdict {
  ix: IndexedSession;
  minutes: number;
  excluded: Text | null;
  warning: Text | null;
}

/** Per-day amounts to subtract from the day totals for excluded sessions. */
export interface Subtractions {
  durationSec: Map<DayNum, number>;
  dau: Map<DayNum, number>;
  gmvFen: Map<DayNum, number>;
}

function judge(pack: JdPack, ix: IndexedSession, nowMs: number): SessionVerdict {
  const { counting } = pack;
  const endMs = sessionEndMs(ix, nowMs);
  const minutes = (endMs - ix.startMs) / 60_000;
  const v: SessionVerdict = { ix, minutes, excluded: null, warning: null };
  if (counting.excludeNoCart && ix.s.flags.noCart === true) {
    v.excluded = t('购物车未挂袋，不计入', 'No shopping cart attached: not counted');
  } else if (minutes >= counting.excludeSessionHours * 60) {
    v.excluded = t(
      `单场 ${fmtMinutes(minutes)} ≥ ${counting.excludeSessionHours}h，不计入`,
      `Session of ${fmtMinutes(minutes)} ≥ ${counting.excludeSessionHours} h: not counted`,
    );
  } else if (minutes >= counting.warnSessionHours * 60) {
    const limit = isoBeijing(ix.startMs + counting.excludeSessionHours * 3_600_000);
    v.warning = t(
      `单场已 ${fmtMinutes(minutes)}，须在 ${limit} 前下播，否则整场不计`,
      `Session at ${fmtMinutes(minutes)}: end before ${limit} or it will not count at all`,
    );
  }
  if (!v.excluded && counting.sessionMustEndByCutoff) {
    const cycle = cycleFor(pack, ix.startDay);
    if (cycle && ix.startDay <= cycle.dataCutoff) {
      const cutoffMs = dayEndMs(cycle.dataCutoff);
      if (endMs > cutoffMs && (ix.endMs !== null || nowMs > cutoffMs)) {
        v.excluded = t('数据统计截止后才下播，不计入', 'Ended after the data cutoff: not counted');
      } else if (ix.endMs === null && ix.s.live && dayNumOf(nowMs) >= cycle.dataCutoff) {
        // Only on the cutoff day itself: earlier it would be noise on every live session.
        v.warning ??= t(
          `数据统计截止 ${isoBeijing(cutoffMs)} 前须下播`,
          `End the session before the data cutoff ${isoBeijing(cutoffMs)}`,
        );
      }
    }
  }
  return v;
}

const add = (m: Map<DayNum, number>, day: DayNum, v: number) => m.set(day, (m.get(day) ?? 0) + v);

/**
 * Judges the sessions that touch [fromDay, toDay] and collects what excluded ones contributed.
 * Duration is split exactly at Beijing midnights; GMV and DAU are attributed to the start day
 * (pack assumption `excluded-session-start-day`).
 */
export function judgeSessions(
  pack: JdPack,
  acc: AccountHistory,
  fromDay: DayNum,
  toDay: DayNum,
  nowMs: number,
): { verdicts: SessionVerdict[]; sub: Subtractions } {
  const sub: Subtractions = { durationSec: new Map(), dau: new Map(), gmvFen: new Map() };
  const verdicts: SessionVerdict[] = [];
  // A session ≥ 24 h can start up to a day before the window and still touch it.
  for (const ix of sessionsIn(acc, fromDay - 2, toDay)) {
    const v = judge(pack, ix, nowMs);
    verdicts.push(v);
    if (!v.excluded) continue;
    for (const part of splitMsByDay(ix.startMs, sessionEndMs(ix, nowMs)))
      add(sub.durationSec, part.day, part.seconds);
    const dau = ix.s.metrics.dau?.value;
    const gmv = ix.s.metrics.gmvFen?.value;
    if (dau !== undefined) add(sub.dau, ix.startDay, dau);
    if (gmv !== undefined) add(sub.gmvFen, ix.startDay, gmv);
  }
  return { verdicts, sub };
}
