import type { AccountSettings } from '../../../history/model';
import type { Assumption, ItemStatus, Text } from '../../../rules/result';
import type { JdPack } from '../pack-schema';
import type { Cycle } from './cycles';
import { dayNumOfKey, keyOfDayNum, type DayNum } from '../../../time/beijing';
import { t, tSetting } from '../../../rules/text';

export interface Gate {
  status: ItemStatus;
  reason: Text;
}

export interface GateResult {
  /** Overrides every item's status (numbers stay visible); null = counting normally. */
  daily: Gate | null;
  cycle: Gate | null;
  /** First counted day of the cycle. */
  countFrom: DayNum | null;
  warnings: Text[];
  /** Set when counting rests on a reading the seller has not confirmed (no enrolment date). */
  assumption: Assumption | null;
}

/** Who may do the tasks and from when: 北极星 membership, JD enrolment per cycle. */
// eslint-disable-next-line max-lines-per-function -- one DOMAIN.md rule read top to bottom (北极星 membership, enrolment per cycle); kept whole so it can be checked against the text
export function gateFor(
  pack: JdPack,
  settings: AccountSettings,
  cycle: Cycle | null,
  today: DayNum,
): GateResult {
  if (pack.audience === 'northstar_pool') {
    const m = settings.jdNorthstarMember;
    const gate: Gate | null =
      m === true
        ? null
        : m === false
          ? { status: 'not_applicable', reason: t('未入池北极星', 'Not a North Star pool member') }
          : {
              status: 'unknown',
              reason: tSetting('未设置是否已入池北极星', 'North Star membership not set'),
            };
    return { daily: gate, cycle: gate, countFrom: null, warnings: [], assumption: null };
  }
  if (!cycle) {
    const gate: Gate = {
      status: 'not_applicable',
      reason: t('本月没有成长任务周期', 'No growth-task cycle this month'),
    };
    return { daily: gate, cycle: gate, countFrom: null, warnings: [], assumption: null };
  }
  const warnings: Text[] = [];
  const enrolKey = pack.counting.fromEnrolment ? settings.jdEnrolled?.[cycle.id] : undefined;
  const enrol = enrolKey === undefined ? null : dayNumOfKey(enrolKey);
  const countFrom = Math.max(cycle.from, enrol ?? cycle.from);
  const afterCutoff: Gate | null =
    today > cycle.dataCutoff
      ? {
          status: 'not_applicable',
          reason: t(
            `本周期数据统计已于 ${keyOfDayNum(cycle.dataCutoff)} 截止`,
            `This cycle's data cutoff was ${keyOfDayNum(cycle.dataCutoff)}`,
          ),
        }
      : null;
  if (!pack.counting.fromEnrolment)
    return { daily: afterCutoff, cycle: null, countFrom, warnings, assumption: null };
  if (enrol === null) {
    if (today > cycle.enrolBy) {
      const gate: Gate = {
        status: 'not_applicable',
        reason: tSetting(
          `未填写报名日期，本周期报名已于 ${keyOfDayNum(cycle.enrolBy)} 截止`,
          `No enrolment date set; enrolment closed ${keyOfDayNum(cycle.enrolBy)}`,
        ),
      };
      return { daily: afterCutoff ?? gate, cycle: gate, countFrom, warnings, assumption: null };
    }
    // While enrolment is open, a seller who has not told us the date most likely enrolled (or
    // will): count from the cycle start and say so, rather than hiding every status.
    const assumption: Assumption = {
      id: 'jd-enrol-unset',
      text: t(
        `未填写 ${cycle.id} 报名日期：按周期首日起计算`,
        `No ${cycle.id} enrolment date set: counted from the cycle start`,
      ),
      alternative: t(
        `京东只从活动广场报名当天起计数（报名截止 ${keyOfDayNum(cycle.enrolBy)}），请在设置中填写报名日期`,
        `JD counts only from the day you enrolled (enrol by ${keyOfDayNum(cycle.enrolBy)}); set the date in settings`,
      ),
    };
    return { daily: afterCutoff, cycle: null, countFrom, warnings, assumption };
  }
  if (enrol > cycle.enrolBy)
    warnings.push(
      t(
        `报名日期晚于报名截止 ${keyOfDayNum(cycle.enrolBy)}`,
        `Enrolment date is after the enrol-by date ${keyOfDayNum(cycle.enrolBy)}`,
      ),
    );
  if (enrol > today) {
    const gate: Gate = {
      status: 'not_applicable',
      reason: t(`自报名日 ${enrolKey} 起计数`, `Counting starts on the enrolment day ${enrolKey}`),
    };
    return { daily: gate, cycle: gate, countFrom, warnings, assumption: null };
  }
  return { daily: afterCutoff, cycle: null, countFrom, warnings, assumption: null };
}
