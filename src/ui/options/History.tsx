import { useEffect, useState } from 'preact/hooks';
import type { Day, MetricKey } from '../../history/model';
import { callChecked } from '../../messaging/checked';
import { addDays, dayOf, eachDay, monthOf } from '../../time/calendar';
import type { AccountEvaluation } from '../../rules/result';
import { t, type Lang } from '../i18n';
import { chartMetrics } from '../metrics';
import { AccountPicker } from './Accounts';
import { keyOf, refOf, type SettingsData } from './data';
import { HistoryCharts } from './HistoryCharts';
import { NoAccounts } from './NoAccounts';
import { Review, reviewAccountKey } from './Review';

const RANGES = [30, 90, 365] as const;

/** Days and the engine's view of one account, refetched when the account or range changes. */
function useAccountHistory(account: SettingsData['accounts'][number] | undefined, from: string) {
  const [days, setDays] = useState<Day[]>([]);
  const [evalAcc, setEvalAcc] = useState<AccountEvaluation | undefined>();
  const today = dayOf(new Date());
  useEffect(() => {
    if (!account) return;
    // Rolling 30-day sums need the 30 days before the first day shown (and before the month).
    const monthStart = `${monthOf(today)}-01`;
    const start = addDays(from < monthStart ? from : monthStart, -30);
    void callChecked('historyOf', { account: refOf(account), from: start, to: today }).then(
      (r) => setDays(r.days),
      () => setDays([]),
    );
    void callChecked('view', { platform: account.platform }).then(
      // The reply's evaluation is already checked (src/messaging/protocol.ts).
      (v) => setEvalAcc(v.evaluation.accounts.find((a) => a.accountId === account.accountId)),
      () => setEvalAcc(undefined),
    );
  }, [account && keyOf(account), from]);
  return { days, evalAcc, today };
}

export function History({ data, lang }: { data: SettingsData; lang: Lang }) {
  // A session-ended notification links here naming its account (options.html?review=…).
  const linked = data.accounts.find((a) => keyOf(a) === reviewAccountKey(location.search));
  const first = linked ?? data.accounts[0];
  const [key, setKey] = useState(first ? keyOf(first) : '');
  const [range, setRange] = useState<number>(30);
  const [metric, setMetric] = useState<MetricKey>('durationSec');
  const account = data.accounts.find((a) => keyOf(a) === key);
  const from = addDays(dayOf(new Date()), -(range - 1));
  const { days, evalAcc, today } = useAccountHistory(account, from);
  if (!account) return <NoAccounts lang={lang} />;
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
            onChange={(e) => setMetric(e.currentTarget.value as MetricKey)}
          >
            {chartMetrics(account.platform).map((m) => (
              <option key={m} value={m}>
                {t(lang, `metric.${m}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {days.length === 0 && <p class="muted">{t(lang, 'hist.noData')}</p>}
      <HistoryCharts
        key={key}
        platform={account.platform}
        days={days}
        span={eachDay(from, today)}
        today={today}
        metric={metric}
        evalAcc={evalAcc}
        lang={lang}
      />
      <Review key={key} account={refOf(account)} lang={lang} />
    </div>
  );
}
