import type { AccountSettings } from '../../../history/model';
import type { ItemResult, ItemStatus, Text } from '../../../rules/result';
import type { JdCheck, JdPack } from '../pack-schema';
import type { AccountHistory } from '../../../rules/history-index';
import { judgeSessions } from './exclusions';
import { liveDayStats, type LiveDayStats } from './northstar-days';
import { finishItem } from '../../../rules/item';
import { dayNumOfKey, monthKeyOfNum, type DayNum } from '../../../time/beijing';
import { t, tSetting } from '../../../rules/text';

function checkValue(
  check: JdCheck,
  st: LiveDayStats,
  from: DayNum,
  to: DayNum,
): { current: number | null; note?: Text } {
  switch (check.kind) {
    case 'live_days':
      return { current: check.realPersonOnly ? st.realPersonDays : st.liveDays };
    case 'duration_total':
      return { current: (check.realPersonOnly ? st.realPersonDurationSec : st.durationSec) / 60 };
    case 'monthly_live_days': {
      // Each calendar month of the period must reach the threshold: report the weakest month.
      const months: string[] = [];
      for (let d = from; d <= to; d++) {
        const m = monthKeyOfNum(d);
        if (months[months.length - 1] !== m) months.push(m);
      }
      const per = months.map((m) => `${m}: ${st.liveDaysByMonth.get(m) ?? 0}`).join(', ');
      const min = Math.min(...months.map((m) => st.liveDaysByMonth.get(m) ?? 0));
      return { current: min, note: t(`各月开播天数 ${per}`, `Live days per month ${per}`) };
    }
    case 'avg_duration_per_live_day':
      return { current: st.liveDays === 0 ? 0 : st.durationSec / 60 / st.liveDays };
    case 'avg_gmv_per_live_day':
      return { current: st.realPersonDays === 0 ? 0 : st.realPersonGmvFen / st.realPersonDays };
    case 'anchor_level':
      return { current: null };
  }
}

/** 北极星 pool-entry and registration checks: informational, evaluated over history. */
// eslint-disable-next-line max-lines-per-function -- one DOMAIN.md rule read top to bottom (pool entry, registration); kept whole so it can be checked against the text
export function northstarChecks(
  pack: JdPack,
  acc: AccountHistory,
  settings: AccountSettings,
  today: DayNum,
  nowMs: number,
): ItemResult[] {
  const out: ItemResult[] = [];
  // Checks share two reference periods: compute each period's stats once.
  const statsCache = new Map<string, LiveDayStats>();
  const statsFor = (from: DayNum, to: DayNum) => {
    const k = `${from}:${to}`;
    let st = statsCache.get(k);
    if (!st) {
      const { sub } = judgeSessions(pack, acc, from, to, nowMs);
      st = liveDayStats(acc, sub, from, to);
      statsCache.set(k, st);
    }
    return st;
  };
  for (const check of pack.checks ?? []) {
    const group = pack.checkGroups?.find((g) => g.id === check.group)?.label ?? pack.title;
    const assumptions = pack.assumptions.filter((a) => check.assumptions?.includes(a.id));
    let current: number | null;
    let status: ItemStatus;
    let reason: Text | undefined;
    if (check.kind === 'anchor_level') {
      current = settings.jdAnchorLevel ?? null;
      status = current === null ? 'unknown' : current >= check.threshold ? 'done' : 'behind';
      if (current === null) reason = tSetting('未填写主播等级', 'Anchor level not set');
    } else {
      const from = dayNumOfKey(check.from ?? '1970-01-01');
      const to = dayNumOfKey(check.to ?? '1970-01-01');
      const st = statsFor(from, to);
      const v = checkValue(check, st, from, to);
      current = st.hasData ? v.current : null;
      reason = v.note;
      if (current === null) {
        status = 'unknown';
        reason = t('历史中没有参考期数据', 'History has no data for the reference period');
      } else if (current >= check.threshold) status = 'done';
      else status = today > to ? 'behind' : 'on_track';
      if (current !== null && status === 'behind' && !reason)
        reason = t('参考期已结束，未达标', 'Reference period over: not met');
    }
    out.push(
      finishItem({
        packId: pack.id,
        itemId: check.id,
        group,
        label: check.label,
        period: 'window',
        unit: check.unit,
        current,
        threshold: check.threshold,
        status,
        ...(reason ? { reason } : {}),
        assumptions,
        warnings: [],
      }),
    );
  }
  return out;
}
