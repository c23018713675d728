import type { SessionReview } from '../messaging/schemas/insight';
import { beijingDay, beijingHm } from '../time/beijing';
import { pick, t, type Lang } from './i18n';
import { formatDuration } from './format-number';
import { metricName } from './format';
import { formatMetric } from './metrics';
import type { Platform } from '../history/model';

/** Texts of the post-live review (复盘); unknown says so, never 0. */
type Target = SessionReview['targets'][number];
type Comparison = SessionReview['comparisons'][number];

/** "01-20 20:00–22:15 · 2小时15分". */
export function sessionTitle(s: { start: string; end: string }, lang: Lang): string {
  const mins = (Date.parse(s.end) - Date.parse(s.start)) / 60_000;
  const day = beijingDay(s.start).slice(5);
  return `${day} ${beijingHm(s.start)}–${beijingHm(s.end)} · ${formatDuration(mins, lang)}`;
}

/** "21:40 达成" / "差 ¥3,200" / "开播前已达成" / "未知". */
export function outcomeText(x: Target, startMs: number, lang: Lang): string {
  if (x.missedBy === null) return t(lang, 'rev.unknown');
  if (x.missedBy > 0)
    return t(lang, 'rev.missedBy', { x: formatMetric(x.metric, x.missedBy, lang) });
  if (x.reachedAtMs === null) return t(lang, 'rev.reachedUnknown');
  if (x.base >= x.threshold && x.reachedAtMs === startMs) return t(lang, 'rev.reachedBefore');
  return t(lang, 'rev.reachedAt', { t: beijingHm(x.reachedAtMs) });
}

/** "日成交GMV ≥ ¥1.5万：21:40 达成". */
export function targetLine(x: Target, startMs: number, lang: Lang): string {
  const colon = lang === 'zh' ? '：' : ': ';
  const own = pick(lang, x.label);
  // A pack label that already states its target ("日成交GMV≥1.5w") is not restated.
  const label = own.includes('≥') ? own : `${own} ≥ ${formatMetric(x.metric, x.threshold, lang)}`;
  return `${label}${colon}${outcomeText(x, startMs, lang)}`;
}

/** "成交金额 ¥1.2万 · 中位数 ¥1万 · +20%". */
export function comparisonLine(c: Comparison, lang: Lang, platform?: Platform): string {
  const name = metricName(c.metric, lang, platform);
  // English metric names are lower case mid-sentence; this one starts the line.
  const cap = lang === 'en' ? name.charAt(0).toUpperCase() + name.slice(1) : name;
  const head = `${cap} ${formatMetric(c.metric, c.value, lang)}`;
  if (c.median === null) return `${head} · ${t(lang, 'rev.noMedian')}`;
  const parts = [head, t(lang, 'rev.median', { x: formatMetric(c.metric, c.median, lang) })];
  if (c.change !== null) {
    const p = Math.round(c.change * 100);
    parts.push(t(lang, 'rev.change', { sign: p > 0 ? '+' : p < 0 ? '−' : '±', p: Math.abs(p) }));
  }
  return parts.join(' · ');
}
