import type { MonthPlan as Plan } from '../../insight/month-plan';
import type { ItemUnit } from '../../rules/result';
import { t, type Lang } from '../i18n';
import { planTexts } from '../insight-format';

/** A monthly item's plan: "每天 4小时27分 到 01-28 · 或 周二、四、六各 6小时". */
export function MonthPlan({ plan, unit, lang }: { plan: Plan; unit: ItemUnit; lang: Lang }) {
  const texts = planTexts(plan, unit, lang);
  if (texts.length === 0) return null;
  return (
    <div class="meta plan" data-testid="month-plan">
      {texts.join(` · ${t(lang, 'ins.planOr')} `)}
    </div>
  );
}
