import type { AccountSettings, GrowthTarget } from '../../history/model';
import { t, type Lang } from '../../ui/i18n/index';
import { fromInput, toInput } from '../../ui/metrics';
import { numOrUndef } from '../../ui/options/Status';
import { dayOf } from '../../time/calendar';

type Props = { s: AccountSettings; set: (s: AccountSettings) => void; lang: Lang; now: Date };
const GT_METRICS = ['durationSec', 'dau', 'gmvFen', 'buyers', 'orders', 'fans'] as const;
const PERIODS = ['session', 'day', 'week', 'month'] as const;

// eslint-disable-next-line max-lines-per-function -- Preact form: its length is the JSX, one labelled field per block
function GrowthRow({
  g,
  lang,
  onChange,
  onRemove,
}: {
  g: GrowthTarget;
  lang: Lang;
  onChange: (g: GrowthTarget) => void;
  onRemove: () => void;
}) {
  return (
    <li class="row wrap" data-testid="growth-target">
      <input
        aria-label={t(lang, 'gt.label')}
        placeholder={t(lang, 'gt.label')}
        value={g.label}
        onInput={(e) => onChange({ ...g, label: e.currentTarget.value })}
      />
      <select
        aria-label={t(lang, 'gt.metric')}
        value={g.metric}
        onChange={(e) =>
          onChange({ ...g, metric: e.currentTarget.value as GrowthTarget['metric'] })
        }
      >
        {GT_METRICS.map((m) => (
          <option key={m} value={m}>
            {t(lang, `metric.${m}`)}
            {m === 'durationSec'
              ? ` (${lang === 'zh' ? '分钟' : 'min'})`
              : m === 'gmvFen'
                ? ' (¥)'
                : ''}
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
        onChange={(e) =>
          onChange({ ...g, period: e.currentTarget.value as GrowthTarget['period'] })
        }
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

// eslint-disable-next-line max-lines-per-function -- Preact form: its length is the JSX, one labelled field per block
export function PlatformChannels({ s, set, lang, now }: Props) {
  const bench = s.channelsBenchmark ?? [];
  const growth = s.channelsGrowthTargets ?? [];
  const today = dayOf(now);
  return (
    <fieldset>
      <label class="field">
        <span>{t(lang, 'ch.firstLive')}</span>
        <input
          type="date"
          value={s.channelsFirstLiveDay ?? ''}
          onInput={(e) => set({ ...s, channelsFirstLiveDay: e.currentTarget.value || undefined })}
        />
      </label>
      <h3>{t(lang, 'ch.benchmark')}</h3>
      <ul>
        {bench.map((b, i) => (
          <li class="row wrap" key={i} data-testid="benchmark-row">
            <input
              type="date"
              aria-label={t(lang, 'ch.day')}
              value={b.day}
              onInput={(e) =>
                set({
                  ...s,
                  channelsBenchmark: bench.map((x, j) =>
                    j === i ? { ...x, day: e.currentTarget.value } : x,
                  ),
                })
              }
            />
            <input
              type="number"
              min={1}
              aria-label={t(lang, 'ch.gmvTarget')}
              value={b.gmvTargetFen / 100}
              onInput={(e) => {
                const v = numOrUndef(e.currentTarget.value);
                if (v && v > 0)
                  set({
                    ...s,
                    channelsBenchmark: bench.map((x, j) =>
                      j === i ? { ...x, gmvTargetFen: Math.round(v * 100) } : x,
                    ),
                  });
              }}
            />
            <button
              type="button"
              onClick={() => set({ ...s, channelsBenchmark: bench.filter((_, j) => j !== i) })}
            >
              {t(lang, 'common.remove')}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        data-testid="add-benchmark"
        onClick={() =>
          set({ ...s, channelsBenchmark: [...bench, { day: today, gmvTargetFen: 1_000_000 }] })
        }
      >
        {t(lang, 'common.add')}
      </button>
      <h3>{t(lang, 'ch.growth')}</h3>
      <ul>
        {growth.map((g, i) => (
          <GrowthRow
            key={g.id}
            g={g}
            lang={lang}
            onChange={(ng) =>
              set({ ...s, channelsGrowthTargets: growth.map((x, j) => (j === i ? ng : x)) })
            }
            onRemove={() => set({ ...s, channelsGrowthTargets: growth.filter((_, j) => j !== i) })}
          />
        ))}
      </ul>
      <button
        type="button"
        data-testid="add-growth-target"
        onClick={() =>
          set({
            ...s,
            channelsGrowthTargets: [
              ...growth,
              {
                id: `gt-${Date.now().toString(36)}`,
                label: '',
                metric: 'dau',
                threshold: 1000,
                period: 'session',
                reward: '',
              },
            ],
          })
        }
      >
        {t(lang, 'common.add')}
      </button>
    </fieldset>
  );
}
