import type { MetricKey } from '../../history/model';
import { t, type Lang } from '../i18n/index';
import { fromInput, toInput } from '../metrics';
import { numOrUndef } from './Status';

/** A seller-defined target (视频号 growth targets, Douyin targets): same fields, own metric list. */
export interface TargetFields {
  id: string;
  label: string;
  metric: MetricKey;
  threshold: number;
  period: 'session' | 'day' | 'week' | 'month';
  reward: string;
}

const PERIODS = ['session', 'day', 'week', 'month'] as const;
const UNIT_HINT: Partial<Record<MetricKey, Record<Lang, string>>> = {
  durationSec: { zh: ' (分钟)', en: ' (min)' },
  gmvFen: { zh: ' (¥)', en: ' (¥)' },
};

/** One seller target: label, metric, threshold (typed in minutes / yuan), period, reward. */
// eslint-disable-next-line max-lines-per-function -- Preact form row: its length is the JSX, one labelled field per block
export function TargetRow<G extends TargetFields>({
  g,
  metrics,
  testId,
  lang,
  onChange,
  onRemove,
}: {
  g: G;
  metrics: readonly G['metric'][];
  testId: string;
  lang: Lang;
  onChange: (g: G) => void;
  onRemove: () => void;
}) {
  return (
    <li class="row wrap" data-testid={testId}>
      <input
        aria-label={t(lang, 'gt.label')}
        placeholder={t(lang, 'gt.label')}
        value={g.label}
        onInput={(e) => onChange({ ...g, label: e.currentTarget.value })}
      />
      <select
        aria-label={t(lang, 'gt.metric')}
        value={g.metric}
        onChange={(e) => onChange({ ...g, metric: e.currentTarget.value as G['metric'] })}
      >
        {metrics.map((m) => (
          <option key={m} value={m}>
            {t(lang, `metric.${m}`)}
            {UNIT_HINT[m]?.[lang] ?? ''}
          </option>
        ))}
      </select>
      <input
        type="number"
        min={0}
        aria-label={t(lang, 'gt.threshold')}
        value={toInput(g.metric, g.threshold)}
        onInput={(e) => {
          const v = numOrUndef(e.currentTarget.value);
          if (v !== undefined && v > 0) onChange({ ...g, threshold: fromInput(g.metric, v) });
        }}
      />
      <select
        aria-label={t(lang, 'gt.period')}
        value={g.period}
        onChange={(e) => onChange({ ...g, period: e.currentTarget.value as G['period'] })}
      >
        {PERIODS.map((p) => (
          <option key={p} value={p}>
            {t(lang, `period.${p}`)}
          </option>
        ))}
      </select>
      <input
        aria-label={t(lang, 'gt.reward')}
        placeholder={t(lang, 'gt.reward')}
        value={g.reward}
        onInput={(e) => onChange({ ...g, reward: e.currentTarget.value })}
      />
      <button type="button" onClick={onRemove}>
        {t(lang, 'common.remove')}
      </button>
    </li>
  );
}
