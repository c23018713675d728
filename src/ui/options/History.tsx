import { useEffect, useState } from 'preact/hooks';
import type { Day } from '../../history/model';
import { send } from '../../messaging-runtime';
import { addDays, dayOf, eachDay, monthOf } from '../../rules/calendar';
import type { AccountEvaluation } from '../../rules/result';
import { BarChart } from '../charts/BarChart';
import { LineChart } from '../charts/LineChart';
import { cumulative, dailySeries, rolling30 } from '../charts/series';
import { isEvaluation } from '../evaluation-guard';
import { pick, t, type Lang } from '../i18n';
import { EDITABLE_METRICS, formatMetric, UNIT_METRIC, type EditableMetric } from '../metrics';
import { AccountPicker } from './Accounts';
import { keyOf, refOf, type SettingsData } from './data';

const RANGES = [30, 90, 365] as const;

/** Target line for a metric from the engine's items (minutes → seconds for duration). */
function target(
  acc: AccountEvaluation | undefined,
  metric: EditableMetric,
  period: 'day' | 'cycle',
  lang: Lang,
) {
  const item = acc?.items.find(
    (i) => i.period === period && UNIT_METRIC[i.unit] === metric && i.status !== 'not_applicable',
  );
  if (!item) return undefined;
  return {
    value: item.unit === 'minutes' ? item.threshold * 60 : item.threshold,
    label: pick(lang, item.label),
  };
}

export function History({ data, lang }: { data: SettingsData; lang: Lang }) {
  const [key, setKey] = useState(data.accounts[0] ? keyOf(data.accounts[0]) : '');
  const [range, setRange] = useState<number>(30);
  const [metric, setMetric] = useState<EditableMetric>('durationSec');
  const [days, setDays] = useState<Day[]>([]);
  const [evalAcc, setEvalAcc] = useState<AccountEvaluation | undefined>();
  const account = data.accounts.find((a) => keyOf(a) === key);
  const today = dayOf(new Date());
  const from = addDays(today, -(range - 1));
  useEffect(() => {
    if (!account) return;
    const monthStart = `${monthOf(today)}-01`;
    const start = from < monthStart ? addDays(from, -30) : addDays(monthStart, -30);
    void send('historyOf', { account: refOf(account), from: start, to: today }).then(
      (r) => setDays(r.days),
      () => setDays([]),
    );
    void send('view', { platform: account.platform }).then(
      (v) =>
        setEvalAcc(
          isEvaluation(v.evaluation)
            ? v.evaluation.accounts.find((a) => a.accountId === account.accountId)
            : undefined,
        ),
      () => setEvalAcc(undefined),
    );
  }, [key, range]);
  if (!account) return <p class="muted">{t(lang, 'acc.none')}</p>;
  const fmt = (v: number): string => formatMetric(metric, v, lang);
  const span = eachDay(from, today);
  const values = dailySeries(days, metric, from, today);
  const month = eachDay(`${monthOf(today)}-01`, today);
  const level = evalAcc?.level;
  const levelTarget = (re: RegExp) =>
    level?.missing.find((r) => re.test(r.id) && typeof r.threshold === 'number')?.threshold as
      number | undefined;
  const roll = account.platform === 'alibaba' ? rolling30(days, from, today) : null;
  const thresholds = [
    { re: /session/i, name: t(lang, 'hist.rollingSessions'), cls: 'a' },
    { re: /buyer/i, name: t(lang, 'hist.rollingBuyers'), cls: 'b' },
  ].flatMap((x) => {
    const v = levelTarget(x.re);
    return v === undefined ? [] : [{ value: v, label: `${x.name} ≥ ${v}`, cls: x.cls }];
  });
  return (
    <div data-testid="history">
      <div class="row wrap left">
        <AccountPicker accounts={data.accounts} value={key} lang={lang} onChange={setKey} />
        <label class="field">
          <span>{t(lang, 'hist.range')}</span>
          <select
            data-testid="history-range"
            value={range}
            onChange={(e) => setRange(Number(e.currentTarget.value))}
          >
            {RANGES.map((r) => (
              <option key={r} value={r}>
                {t(lang, 'hist.days', { n: r })}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t(lang, 'gt.metric')}</span>
          <select
            data-testid="history-metric"
            value={metric}
            onChange={(e) => setMetric(e.currentTarget.value as EditableMetric)}
          >
            {EDITABLE_METRICS.map((m) => (
              <option key={m} value={m}>
                {t(lang, `metric.${m}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {days.length === 0 && <p class="muted">{t(lang, 'hist.noData')}</p>}
      <h3>{t(lang, 'hist.daily', { metric: t(lang, `metric.${metric}`) })}</h3>
      <BarChart
        days={span}
        values={values}
        target={target(evalAcc, metric, 'day', lang)}
        label={t(lang, 'hist.chartLabel', { metric: t(lang, `metric.${metric}`), n: span.length })}
        fmt={fmt}
        testId="chart-daily"
      />
      {roll && (
        <>
          <h3>
            {t(lang, 'hist.rolling', {
              level: level?.next ? t(lang, `level.${level.next}`) : t(lang, 'level.unknown'),
            })}
          </h3>
          <LineChart
            days={span}
            series={[
              { name: t(lang, 'hist.rollingSessions'), values: roll.sessions, cls: 'a' },
              { name: t(lang, 'hist.rollingBuyers'), values: roll.buyers, cls: 'b' },
            ]}
            thresholds={thresholds}
            label={t(lang, 'hist.rolling', { level: '' })}
            fmt={(v) => String(Math.round(v))}
            testId="chart-rolling"
          />
        </>
      )}
      {account.platform === 'jd' && (
        <>
          <h3>{t(lang, 'hist.month', { month: monthOf(today) })}</h3>
          <LineChart
            days={month}
            series={[
              {
                name: t(lang, `metric.${metric}`),
                values: cumulative(dailySeries(days, metric, month[0]!, today)),
                cls: 'a',
              },
            ]}
            thresholds={(() => {
              const tg = target(evalAcc, metric, 'cycle', lang);
              return tg
                ? [{ value: tg.value, label: `${tg.label} ${fmt(tg.value)}`, cls: 'a' }]
                : [];
            })()}
            label={t(lang, 'hist.month', { month: monthOf(today) })}
            fmt={fmt}
            testId="chart-cycle"
          />
        </>
      )}
    </div>
  );
}
