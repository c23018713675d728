import { t, type Lang } from '../../../ui/i18n/index';
import { IntimacyCalc } from './IntimacyCalc';

/** The popup card's Douyin line: the intimacy calculator, folded until the seller opens it. */
export function DouyinCardExtra({ lang }: { lang: Lang }) {
  return (
    <details class="dy-calc-line" data-testid="douyin-calc-line">
      <summary>{t(lang, 'dy.calc')}</summary>
      <IntimacyCalc lang={lang} />
    </details>
  );
}
