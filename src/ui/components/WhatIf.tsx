import type { WhatIf as WhatIfData } from '../../insight/live';
import type { ItemResult } from '../../rules/result';
import type { Lang } from '../i18n';
import { whatIfText } from '../insight-format';

/** "再播 1 小时 → 预计 ¥3.2万，日成交任务 达成 · 按你以往的节奏" for a live session. */
export function WhatIf({
  whatIf,
  items,
  lang,
}: {
  whatIf: WhatIfData;
  items: readonly ItemResult[];
  lang: Lang;
}) {
  const text = whatIfText(whatIf, items, lang);
  if (!text) return null;
  return (
    <div class="what-if muted" data-testid="what-if">
      {text}
    </div>
  );
}
