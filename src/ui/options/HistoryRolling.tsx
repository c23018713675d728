import { Figure, type LegendItem } from '../charts/Figure';
import { LineChart } from '../charts/LineChart';
import { rolling30 } from '../charts/series';
import { seriesTable } from '../charts/table';
import { formatValue } from '../format';
import { t } from '../i18n';
import type { ChartsProps } from './HistoryCharts';

/** 1688: sessions and buyers have different units, so each gets its own panel and axis. */
// eslint-disable-next-line max-lines-per-function -- Preact component: its length is the JSX, one block per part of the view
export function Rolling(p: ChartsProps) {
  const { lang, span } = p;
  const level = p.evalAcc?.level;
  const next = level?.next ? t(lang, `level.${level.next}`) : t(lang, 'level.unknown');
  const roll = rolling30(p.days, span[0]!, p.today);
  const threshold = (re: RegExp): number | undefined => {
    const r = level?.missing.find((m) => re.test(m.id) && typeof m.threshold === 'number');
    return r?.threshold as number | undefined;
  };
  const panels = [
    {
      key: 'sessions',
      re: /session/i,
      values: roll.sessions,
      unit: 'sessions',
      tone: 'a',
    },
    { key: 'buyers', re: /buyer/i, values: roll.buyers, unit: 'buyers', tone: 'b' },
  ] as const;
  return (
    <>
      <h3>{t(lang, 'hist.rollingTitle', { level: next })}</h3>
      {panels.map((x) => {
        const name = t(
          lang,
          x.key === 'sessions' ? 'hist.rollingSessionsTitle' : 'hist.rollingBuyersTitle',
        );
        const fmt = (v: number): string => formatValue(Math.round(v), x.unit, lang);
        const th = threshold(x.re);
        const legend: LegendItem[] = [{ kind: 'line', tone: x.tone, label: name }];
        if (th !== undefined)
          legend.push({
            kind: 'target',
            tone: x.tone,
            label: t(lang, 'chart.legendThreshold', { level: next, x: fmt(th) }),
          });
        return (
          <Figure
            key={x.key}
            title={name}
            legend={legend}
            table={seriesTable(
              span,
              t(lang, 'chart.day'),
              [{ name, values: x.values, fmt }],
              t(lang, 'chart.unknownDay'),
            )}
            tableLabel={t(lang, 'chart.table')}
            testId={`figure-rolling-${x.key}`}
            level={4}
          >
            <LineChart
              days={span}
              series={[{ name, values: x.values, tone: x.tone }]}
              targets={th === undefined ? [] : [{ value: th, label: `≥ ${fmt(th)}`, tone: x.tone }]}
              label={name}
              fmt={fmt}
              integer
              testId={`chart-rolling-${x.key}`}
            />
          </Figure>
        );
      })}
    </>
  );
}
