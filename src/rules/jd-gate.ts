import type { AccountSettings } from '../history/model';
import type { ItemStatus, Text } from './result';
import type { JdPack } from './schema';
import type { Cycle } from './cycles';
import { dayNumOfKey, keyOfDayNum, type DayNum } from './daymath';
import { t } from './text';

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
}

/** Who may do the tasks and from when: 北极星 membership, JD enrolment per cycle. */
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
              reason: t('未设置是否已入池北极星', 'North Star membership not set'),
            };
    return { daily: gate, cycle: gate, countFrom: null, warnings: [] };
  }
  if (!cycle) {
    const gate: Gate = {
      status: 'not_applicable',
      reason: t('本月没有成长任务周期', 'No growth-task cycle this month'),
    };
    return { daily: gate, cycle: gate, countFrom: null, warnings: [] };
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
  if (!pack.counting.fromEnrolment) return { daily: afterCutoff, cycle: null, countFrom, warnings };
  if (enrol === null) {
    const late = today > cycle.enrolBy;
    const gate: Gate = {
      status: late ? 'not_applicable' : 'unknown',
      reason: late
        ? t(
            `未填写报名日期，本周期报名已于 ${keyOfDayNum(cycle.enrolBy)} 截止`,
            `No enrolment date set; enrolment closed ${keyOfDayNum(cycle.enrolBy)}`,
          )
        : t(
            `未填写 ${cycle.id} 周期报名日期（报名截止 ${keyOfDayNum(cycle.enrolBy)}）`,
            `Enrolment date for ${cycle.id} not set (enrol by ${keyOfDayNum(cycle.enrolBy)})`,
          ),
    };
    return { daily: afterCutoff ?? gate, cycle: gate, countFrom, warnings };
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
    return { daily: gate, cycle: gate, countFrom, warnings };
  }
  return { daily: afterCutoff, cycle: null, countFrom, warnings };
}
