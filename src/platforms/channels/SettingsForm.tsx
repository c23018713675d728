import type { AccountSettings } from '../../history/model';
import { TargetRow } from '../../ui/options/TargetRow';
import { t, type Lang } from '../../ui/i18n/index';
import { numOrUndef } from '../../ui/options/Status';
import { dayOf } from '../../time/calendar';

type Props = { s: AccountSettings; set: (s: AccountSettings) => void; lang: Lang; now: Date };
const GT_METRICS = ['durationSec', 'dau', 'gmvFen', 'buyers', 'orders', 'fans'] as const;

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
          <TargetRow
            key={g.id}
            g={g}
            metrics={GT_METRICS}
            testId="growth-target"
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
