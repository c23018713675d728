import { useState } from 'preact/hooks';
import type { MetricKey } from '../../history/model';
import { callChecked } from '../../messaging/checked';
import { dayOf } from '../../time/calendar';
import { t, type Key, type Lang } from '../i18n';
import { EDITABLE_METRICS, fromInput } from '../metrics';
import { AccountPicker } from './Accounts';
import { keyOf, useAction, type SettingsData } from './data';
import { numOrUndef, Status } from './Status';
import { NoAccounts } from './NoAccounts';

const LABEL: Record<(typeof EDITABLE_METRICS)[number], Key> = {
  durationSec: 'manual.durationMin',
  dau: 'metric.dau',
  gmvFen: 'manual.gmvYuan',
  buyers: 'metric.buyers',
  orders: 'metric.orders',
  fans: 'metric.fans',
};

/** "2026-01-20T14:00" typed in a datetime-local box is Beijing time, whatever the PC's zone. */
const beijingInput = (v: string): string | undefined => (v ? `${v}:00+08:00` : undefined);

// eslint-disable-next-line max-lines-per-function -- Preact component: its length is the JSX, one block per part of the view
export function ManualEntry({
  data,
  lang,
  reload,
}: {
  data: SettingsData;
  lang: Lang;
  reload: () => Promise<void>;
}) {
  const [key, setKey] = useState(data.accounts[0] ? keyOf(data.accounts[0]) : '');
  const [kind, setKind] = useState<'day' | 'session'>('day');
  const [entryKey, setEntryKey] = useState(dayOf(new Date()));
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [values, setValues] = useState<Partial<Record<MetricKey, string>>>({});
  const [status, run] = useAction();
  const account = data.accounts.find((a) => keyOf(a) === key);
  if (!account) return <NoAccounts lang={lang} manual />;
  const submit = (e: Event): void => {
    e.preventDefault();
    const metrics: Partial<Record<MetricKey, number>> = {};
    for (const m of EDITABLE_METRICS) {
      const v = numOrUndef(values[m] ?? '');
      if (v !== undefined && v >= 0) metrics[m] = fromInput(m, v);
    }
    void run(async () => {
      await callChecked('manualEntry', {
        platform: account.platform,
        accountId: account.accountId,
        kind,
        key: entryKey,
        start: kind === 'session' ? beijingInput(start) : undefined,
        end: kind === 'session' ? beijingInput(end) : undefined,
        metrics,
      });
      await reload();
    });
  };
  return (
    <form data-testid="manual-entry" onSubmit={submit}>
      <p class="muted">{t(lang, 'manual.hint')}</p>
      <AccountPicker accounts={data.accounts} value={key} lang={lang} onChange={setKey} />
      <label class="field">
        <span>{t(lang, 'manual.kind')}</span>
        <select
          data-testid="manual-kind"
          value={kind}
          onChange={(e) => {
            const k = e.currentTarget.value === 'session' ? 'session' : 'day';
            setKind(k);
            setEntryKey(k === 'day' ? dayOf(new Date()) : '');
          }}
        >
          <option value="day">{t(lang, 'manual.kind.day')}</option>
          <option value="session">{t(lang, 'manual.kind.session')}</option>
        </select>
      </label>
      <label class="field">
        <span>{t(lang, kind === 'day' ? 'manual.day' : 'manual.session')}</span>
        <input
          data-testid="manual-key"
          type={kind === 'day' ? 'date' : 'text'}
          required
          value={entryKey}
          onInput={(e) => setEntryKey(e.currentTarget.value)}
        />
      </label>
      {kind === 'session' && (
        <>
          <label class="field">
            <span>{t(lang, 'manual.start')}</span>
            <input
              type="datetime-local"
              data-testid="manual-start"
              value={start}
              onInput={(e) => setStart(e.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span>{t(lang, 'manual.end')}</span>
            <input
              type="datetime-local"
              data-testid="manual-end"
              value={end}
              onInput={(e) => setEnd(e.currentTarget.value)}
            />
          </label>
        </>
      )}
      {EDITABLE_METRICS.map((m) => (
        <label class="field" key={m}>
          <span>{t(lang, LABEL[m])}</span>
          <input
            type="number"
            min={0}
            step="any"
            data-testid={`manual-${m}`}
            value={values[m] ?? ''}
            onInput={(e) => setValues({ ...values, [m]: e.currentTarget.value })}
          />
        </label>
      ))}
      <button type="submit" class="primary" data-testid="manual-submit">
        {t(lang, 'manual.submit')}
      </button>
      <Status status={status} lang={lang} />
    </form>
  );
}
