import type { MonthPlan as Plan } from '../../insight/month-plan';
import type { ItemUnit } from '../../rules/result';
import { t, type Lang } from '../i18n';
import { planTexts } from '../insight-format';

/**
 * A monthly item's plan on its card. The even plan is the card's own "每天需 …" line already, so
 * the card adds only the plan on the seller's usual weekdays: "或只在你常播的日子：周二、四、六各 6小时".
 */
export function MonthPlan({ plan, unit, lang }: { plan: Plan; unit: ItemUnit; lang: Lang }) {
  // A seller who streams every day has no "usual days" plan other than the even one.
  if (plan.usual && plan.even && plan.usual.days.length === plan.even.days.length) return null;
  const [usual] = planTexts({ even: null, usual: plan.usual }, unit, lang);
  if (!usual) return null;
  return (
    <div class="meta plan" data-testid="month-plan">
      {t(lang, 'ins.planUsualOnly', { x: usual })}
    </div>
  );
}
