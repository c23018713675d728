import { useState } from 'preact/hooks';
import { call } from '../../../messaging/client';
import type { AccountEvaluation } from '../../../rules/result';
import { t, type Lang } from '../../../ui/i18n/index';
import type { DouyinLevel } from '../settings';
import { IntimacyCalc } from './IntimacyCalc';

/**
 * The popup card's Douyin line: the intimacy calculator, folded until the seller opens it. On
 * the first open it reads this account's entered levels (getSettings), so a viewer level applies
 * the seller's daily e-commerce cap here as in Options; until then, and if the read fails, the
 * calculator works on the pack's rates alone.
 */
export function DouyinCardExtra({ lang, acc }: { lang: Lang; acc: AccountEvaluation }) {
  const [levels, setLevels] = useState<readonly DouyinLevel[] | undefined>(undefined);
  const load = () => {
    if (levels !== undefined) return;
    setLevels([]);
    call('getSettings', {})
      // Keyed as accountKey() (src/history/model.ts) spells it; model stays out of the popup.
      .then((r) =>
        setLevels(
          r.accountSettings[`${acc.platform}:${acc.accountId}`]?.douyinLevels?.levels ?? [],
        ),
      )
      .catch(() => undefined);
  };
  return (
    <details
      class="dy-calc-line"
      data-testid="douyin-calc-line"
      onToggle={(e) => (e.currentTarget.open ? load() : undefined)}
    >
      <summary>{t(lang, 'dy.calc')}</summary>
      <IntimacyCalc lang={lang} levels={levels} />
    </details>
  );
}
