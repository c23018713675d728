import type { AccountSettings } from '../../history/model';
import { t } from '../../ui/i18n/index';
import type { SettingsFormProps } from '../types';
import { DOUYIN_TARGET_METRICS, type DouyinTarget } from './settings';
import { IntimacyCalc } from './ui/IntimacyCalc';
import { DouyinLevels } from './ui/Levels';
import { TargetRow } from '../../ui/options/TargetRow';

const newTarget = (): DouyinTarget => ({
  id: `dy-${Date.now().toString(36)}`,
  label: '',
  metric: 'clubLive',
  threshold: 100,
  period: 'session',
  reward: '',
});

/** Options → 平台设置 for a Douyin account: targets, seller-entered levels, the calculator. */
export function PlatformDouyin({ s, set, lang }: SettingsFormProps) {
  const targets = s.douyinTargets ?? [];
  const put = (p: Partial<AccountSettings>) => set({ ...s, ...p });
  return (
    <fieldset>
      <h3>{t(lang, 'dy.targets')}</h3>
      <ul>
        {targets.map((g, i) => (
          <TargetRow
            key={g.id}
            g={g}
            metrics={DOUYIN_TARGET_METRICS}
            testId="douyin-target"
            lang={lang}
            onChange={(ng) => put({ douyinTargets: targets.map((x, j) => (j === i ? ng : x)) })}
            onRemove={() => put({ douyinTargets: targets.filter((_, j) => j !== i) })}
          />
        ))}
      </ul>
      <button
        type="button"
        data-testid="add-douyin-target"
        onClick={() => put({ douyinTargets: [...targets, newTarget()] })}
      >
        {t(lang, 'common.add')}
      </button>
      <DouyinLevels value={s.douyinLevels} lang={lang} onChange={(v) => put({ douyinLevels: v })} />
      <h3>{t(lang, 'dy.calc')}</h3>
      <IntimacyCalc lang={lang} levels={s.douyinLevels?.levels} />
    </fieldset>
  );
}
