import type { MetricKey, Platform } from '../../history/model';
import { closedValueAt } from '../../insight/series';
import type { SessionReview } from '../../messaging/schemas/insight';
import { beijingHm } from '../../time/beijing';
import type { Target } from '../charts/Frame';
import { LineChart } from '../charts/LineChart';
import { metricName } from '../format';
import type { Lang } from '../i18n';
import { formatMetric } from '../metrics';

/** Samples a chart draws at most: a long session is drawn every few minutes. */
const MAX_X = 240;
const MIN = 60_000;

/**
 * The session's curves, one chart per metric (one unit each), from its stored per-minute series,
 * with each target's line at what the session itself had to bring (threshold − the day's base).
 */
export function ReviewCharts(props: { r: SessionReview; lang: Lang; platform: Platform }) {
  const { r, lang } = props;
  const startMs = Date.parse(r.start);
  const endMs = Date.parse(r.end);
  const step = Math.max(1, Math.ceil((endMs - startMs) / MIN / MAX_X)) * MIN;
  const xs: number[] = [];
  for (let ms = startMs; ms <= endMs; ms += step) xs.push(ms);
  // Frame prints each x label from its 6th character (built for "YYYY-MM-DD" days): a minute
  // label gets the same 5-character lead so "20:05" is what shows.
  const labels = xs.map((ms) => `     ${beijingHm(ms)}`);
  const charts = (Object.keys(r.series) as MetricKey[]).flatMap((m) => {
    const points = r.series[m];
    if (!points || points.length === 0) return [];
    const s = { startMs, points: points.map(([a, b]) => [a, b] as const) };
    const values = xs.map((ms) => closedValueAt(s, ms));
    const targets: Target[] = r.targets
      .filter((x) => x.metric === m && x.threshold - x.base > 0)
      .map((x) => {
        const v = x.threshold - x.base;
        return { value: v, label: formatMetric(m, v, lang), tone: 'a' as const };
      });
    return [{ m, values, targets }];
  });
  return (
    <div class="review-charts">
      {charts.map(({ m, values, targets }) => {
        const name = metricName(m, lang, props.platform);
        return (
          <figure key={m} class="lp-chart-figure" data-testid={`review-chart-${m}`}>
            <h4>{name}</h4>
            <LineChart
              days={labels}
              series={[{ name, values, tone: 'a' }]}
              targets={targets}
              label={name}
              fmt={(v) => formatMetric(m, v, lang)}
              integer={m !== 'gmvFen'}
            />
          </figure>
        );
      })}
    </div>
  );
}
