import type { MetricKey } from '../history/model';
import type { Delta } from '../insight/deltas';
import type { ItemPace, WhatIf } from '../insight/live';
import type { MonthPlan } from '../insight/month-plan';
import type { ItemResult, ItemUnit } from '../rules/result';
import { beijingDay, beijingHm, keyOfDayNum } from '../time/beijing';
import { pick, t, type Lang } from './i18n';
import { formatValue } from './format-number';

/**
 * Texts of the seller's-edge figures (issue #11) for the popup and options. Unknown is "—",
 * never 0; each projection says which basis it used.
 */
export const METRIC_UNIT: Partial<Record<MetricKey, ItemUnit>> = {
  gmvFen: 'fen',
  buyers: 'buyers',
  dau: 'viewers',
  orders: 'orders',
  newFans: 'fans',
  clubLive: 'members',
  clubShop: 'members',
  durationSec: 'minutes',
};

/** A metric's native value in its display unit (duration is stored in seconds). */
export function metricText(m: MetricKey, v: number, lang: Lang): string {
  const unit = METRIC_UNIT[m];
  if (!unit) return String(v);
  return formatValue(m === 'durationSec' ? v / 60 : v, unit, lang);
}

/** "+¥2,310" / "−3 人"; "—" when unknown. */
export function signed(m: MetricKey, v: number | null, lang: Lang): string {
  if (v === null) return '—';
  return `${v < 0 ? '−' : '+'}${metricText(m, Math.abs(v), lang)}`;
}

const ARROW = { up: ' ↑', down: ' ↓', flat: ' →' } as const;

/** "近10分钟 +¥2,310 ↑ / 前10分钟 +¥1,120". */
export function deltaText(m: MetricKey, d: Delta, lang: Lang): string {
  const last = signed(m, d.last, lang) + (d.trend ? ARROW[d.trend] : '');
  return `${t(lang, 'ins.last', { x: last })} / ${t(lang, 'ins.prev', { x: signed(m, d.prev, lang) })}`;
}

/** "按你以往的节奏 ≈ 21:40"; null when the curve did not price this item (use the line). */
export function curveEtaText(p: ItemPace | undefined, lang: Lang, now: string): string | null {
  if (!p || p.basis !== 'curve') return null;
  if (p.etaMs === null) return t(lang, 'ins.etaCurveNone');
  const tm = beijingHm(p.etaMs);
  const d = beijingDay(p.etaMs);
  return d === beijingDay(now)
    ? t(lang, 'ins.etaCurve', { t: tm })
    : t(lang, 'ins.etaCurveDay', { d: d.slice(5), t: tm });
}

/** The metric the what-if line leads with: GMV when known, else the first projected. */
const HEADLINE: MetricKey[] = ['gmvFen', 'buyers', 'dau', 'orders', 'newFans'];

/** "再播 1 小时 → 预计 ¥3.2万，日成交任务 达成 · 按你以往的节奏"; null with nothing projected. */
export function whatIfText(w: WhatIf, items: readonly ItemResult[], lang: Lang): string | null {
  const m = HEADLINE.find((k) => w.values[k]) ?? (Object.keys(w.values)[0] as MetricKey);
  const v = m ? w.values[m] : undefined;
  if (!m || !v) return null;
  const sep = lang === 'zh' ? '，' : ', ';
  let out = t(lang, 'ins.whatIf', { x: metricText(m, v.value, lang) });
  const names = w.reaches
    .map((id) => items.find((i) => i.itemId === id))
    .filter((i): i is ItemResult => !!i)
    .map((i) => pick(lang, i.label));
  if (names.length > 0) out += sep + t(lang, 'ins.whatIfReach', { items: names.join('、') });
  return `${out} · ${t(lang, `ins.basis.${v.basis}`)}`;
}

/** "周二、四、六" / "Tue, Thu, Sat". */
export function weekdaysText(days: readonly number[], lang: Lang): string {
  const long = t(lang, 'ins.weekdays').split(',');
  const short = t(lang, 'ins.weekdaysShort').split(',');
  if (lang === 'en') return days.map((d) => long[d]).join(', ');
  return days.map((d, i) => (i === 0 ? long[d] : short[d])).join('、');
}

/** ["每天 4小时27分 到 01-28", "周二、四、六各 6小时"]: even first, usual days second. */
export function planTexts(p: MonthPlan, unit: ItemUnit, lang: Lang): string[] {
  const out: string[] = [];
  const x = (n: number) => formatValue(n, unit, lang, 'up');
  if (p.even) {
    const last = keyOfDayNum(p.even.days[p.even.days.length - 1]!).slice(5);
    out.push(t(lang, 'ins.planEven', { x: x(p.even.perDay), d: last }));
  }
  if (p.usual && p.usual.weekdays.length > 0) {
    out.push(
      t(lang, 'ins.planUsual', {
        days: weekdaysText(p.usual.weekdays, lang),
        x: x(p.usual.perDay),
      }),
    );
  }
  return out;
}
