import type { Day, MetricKey, Platform } from '../../history/model';
import { eachDay, monthOf } from '../../time/calendar';
import type { AccountEvaluation } from '../../rules/result';
import { BarChart } from '../charts/BarChart';
import { Figure, type LegendItem } from '../charts/Figure';
import type { Target } from '../charts/Frame';
import { LineChart } from '../charts/LineChart';
import { cumulative, dailySeries } from '../charts/series';
import { maxOf, tickBase } from '../charts/scale';
import { dailyTable, seriesTable } from '../charts/table';
import { t, type Lang } from '../i18n';
import { formatMetric, UNIT_METRIC } from '../metrics';
import { Rolling } from './HistoryRolling';

export interface ChartsProps {
  platform: Platform;
  days: Day[];
  span: string[];
  today: string;
  metric: MetricKey;
  evalAcc: AccountEvaluation | undefined;
  lang: Lang;
}

/** The engine's target for a metric (minutes → seconds for duration). */
function targetOf(p: ChartsProps, period: 'day' | 'cycle') {
  const item = p.evalAcc?.items.find(
    (i) => i.period === period && UNIT_METRIC[i.unit] === p.metric && i.status !== 'not_applicable',
  );
  if (!item) return undefined;
  const value = item.unit === 'minutes' ? item.threshold * 60 : item.threshold;
  return { value };
}

/** Legend and table rows of a chart with one target line. */
function withTarget(p: ChartsProps, tg: { value: number } | undefined) {
  const fmt = (v: number): string => formatMetric(p.metric, v, p.lang);
  const target: Target | undefined = tg && { value: tg.value, label: fmt(tg.value), tone: 'a' };
  const legend: LegendItem[] = tg
    ? [
        {
          kind: 'target',
          tone: 'a',
          label: t(p.lang, 'chart.legendTarget', { x: fmt(tg.value) }),
        },
      ]
    : [];
  return { fmt, target, legend };
}

function Daily(p: ChartsProps) {
  const { lang, metric, span } = p;
  const name = t(lang, `metric.${metric}`);
  const { fmt, target, legend } = withTarget(p, targetOf(p, 'day'));
  const values = dailySeries(p.days, metric, span[0]!, p.today);
  const marks: LegendItem[] = target
    ? [
        { kind: 'bar-met', label: t(lang, 'chart.met') },
        { kind: 'bar', label: t(lang, 'chart.notMet') },
      ]
    : [{ kind: 'bar', label: name }];
  if (values.includes(null)) marks.push({ kind: 'unknown', label: t(lang, 'chart.unknownDay') });
  const words = {
    day: t(lang, 'chart.day'),
    metric: name,
    target: t(lang, 'chart.target'),
    status: t(lang, 'chart.status'),
    met: t(lang, 'chart.met'),
    notMet: t(lang, 'chart.notMet'),
    unknown: t(lang, 'chart.unknownDay'),
  };
  return (
    <Figure
      title={t(lang, 'hist.dailyTitle', { metric: name })}
      legend={[...marks, ...legend]}
      table={dailyTable(span, values, fmt, words, target?.value)}
      tableLabel={t(lang, 'chart.table')}
      testId="figure-daily"
    >
      <BarChart
        days={span}
        values={values}
        target={target}
        label={t(lang, 'hist.chartLabel', { metric: name, n: span.length })}
        fmt={fmt}
        base={tickBase(metric, maxOf(values, target ? [target.value] : []))}
        unknownText={words.unknown}
        testId="chart-daily"
      />
    </Figure>
  );
}

/** JD: the month's running total against the cycle target. */
function Cycle(p: ChartsProps) {
  const { lang, metric, today } = p;
  const month = eachDay(`${monthOf(today)}-01`, today);
  const name = t(lang, 'hist.cumulative', { metric: t(lang, `metric.${metric}`) });
  const { fmt, target, legend } = withTarget(p, targetOf(p, 'cycle'));
  const values = cumulative(dailySeries(p.days, metric, month[0]!, today));
  return (
    <Figure
      title={t(lang, 'hist.month', { month: monthOf(today) })}
      legend={[
        { kind: 'line', tone: 'a', label: name },
        ...legend,
        // A month with nothing recorded draws no line; say so rather than leave a blank.
        ...(values.every((v) => v === null)
          ? [{ kind: 'unknown' as const, label: t(lang, 'hist.monthEmpty') }]
          : []),
      ]}
      table={seriesTable(
        month,
        t(lang, 'chart.day'),
        [{ name, values, fmt }],
        t(lang, 'chart.unknownDay'),
      )}
      tableLabel={t(lang, 'chart.table')}
      testId="figure-cycle"
    >
      <LineChart
        days={month}
        series={[{ name, values, tone: 'a' }]}
        targets={target ? [target] : []}
        label={name}
        fmt={fmt}
        base={tickBase(metric, maxOf(values, target ? [target.value] : []))}
        testId="chart-cycle"
      />
    </Figure>
  );
}

/** Every chart of one account's history. */
export function HistoryCharts(p: ChartsProps) {
  return (
    <>
      <Daily {...p} />
      {p.platform === 'alibaba' && <Rolling {...p} />}
      {p.platform === 'jd' && <Cycle {...p} />}
    </>
  );
}
