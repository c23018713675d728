import type { AccountSettings } from '../../../history/model';
import type { ItemResult, ItemStatus, Text } from '../../../rules/result';
import type { ChannelsPack } from '../pack-schema';
import { liveSession, type AccountHistory } from '../../../rules/history-index';
import { sessionOfToday, sessionValue } from './targets';
import { finishItem, freshest } from '../../../rules/item';
import { etaMs } from '../../../rules/pace';
import { dayNumOfKey, type DayNum } from '../../../time/beijing';
import { isoBeijing } from '../../../time/beijing';
import { t } from '../../../rules/text';

/**
 * 标杆案例: one session ≥ 5 h plus the GMV target agreed with the platform. Tracks today's plan
 * (live: hours and GMV remaining, pace) or announces the next planned one.
 */
// eslint-disable-next-line max-lines-per-function -- one DOMAIN.md rule read top to bottom (live plan vs next plan); kept whole so it can be checked against the text
export function benchmarkItems(
  pack: ChannelsPack,
  acc: AccountHistory,
  s: AccountSettings,
  today: DayNum,
  nowMs: number,
): ItemResult[] {
  const plans = (s.channelsBenchmark ?? [])
    .map((p) => ({ ...p, n: dayNumOfKey(p.day) }))
    .filter((p) => p.n >= today)
    .sort((a, b) => a.n - b.n);
  const plan = plans[0];
  if (!plan) return [];
  const b = pack.benchmark;
  const isToday = plan.n === today;
  const ix = isToday ? sessionOfToday(acc, today, nowMs) : null;
  const live = liveSession(acc, nowMs);
  const specs = [
    {
      id: `${b.id}-duration`,
      metric: 'durationSec' as const,
      unit: 'minutes' as const,
      threshold: b.minDurationMinutes,
      label: t(
        `单场时长≥${b.minDurationMinutes / 60}小时`,
        `Session ≥ ${b.minDurationMinutes / 60} h`,
      ),
    },
    {
      id: `${b.id}-gmv`,
      metric: 'gmvFen' as const,
      unit: 'fen' as const,
      threshold: plan.gmvTargetFen,
      label: t('单场 GMV 目标', 'Session GMV target'),
    },
  ];
  return specs.map((spec) => {
    const v = ix ? sessionValue(ix, spec.metric, nowMs) : undefined;
    const current = !isToday
      ? null
      : !ix
        ? 0
        : v
          ? spec.metric === 'durationSec'
            ? v.value / 60
            : v.value
          : null;
    let status: ItemStatus = 'behind';
    let reason: Text | undefined;
    let eta: string | undefined;
    const warnings: Text[] = [];
    if (!isToday) {
      status = 'not_applicable';
      reason = t(`计划于 ${plan.day}`, `Planned for ${plan.day}`);
      if (plan.n - today < b.applyDaysAhead)
        warnings.push(
          t(`须提前 ${b.applyDaysAhead} 天申请`, `Apply ${b.applyDaysAhead} days ahead`),
        );
    } else if (current !== null && current >= spec.threshold) status = 'done';
    else if (current !== null && ix && live === ix) {
      const native =
        spec.metric === 'durationSec' ? (spec.threshold - current) * 60 : spec.threshold - current;
      const observed = Math.min(nowMs, Date.parse(v?.at ?? '') || nowMs);
      const at = etaMs(spec.metric, native, live, observed);
      if (at !== null) {
        status = 'on_track';
        eta = isoBeijing(at);
      }
    } else reason = t('未在直播', 'Not live');
    return finishItem({
      packId: pack.id,
      itemId: spec.id,
      group: t(`${b.label.zh} ${plan.day}`, `${b.label.en} ${plan.day}`),
      label: spec.label,
      period: 'session',
      unit: spec.unit,
      current,
      threshold: spec.threshold,
      status,
      ...(reason ? { reason } : {}),
      ...(eta ? { eta } : {}),
      reward: { text: t('平台私信发放流量券', 'Coupons by private message after the live') },
      assumptions: [],
      warnings,
      provenance: freshest(v ? [v] : []),
    });
  });
}
