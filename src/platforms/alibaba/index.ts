import alibabaAnchor from '../../../rules/alibaba-anchor.json';
import type { PlatformModule } from '../types';
import { ALIBABA_ADAPTERS } from './adapters';
import { alibabaMeta } from './meta';
import { checkAlibabaPack } from './pack-invariants';
import { AlibabaPackSchema, type AlibabaPack } from './pack-schema';
import { evaluateAlibaba } from './rules/evaluate';
import { alibabaAccountSettings } from './settings';

/** 1688 live: anchor levels (主播等级) over a rolling window (kind alibaba-levels). */
export const alibaba = {
  ...alibabaMeta,
  adapters: ALIBABA_ADAPTERS,
  pack: {
    kind: 'alibaba-levels',
    files: { 'rules/alibaba-anchor.json': alibabaAnchor },
    schema: AlibabaPackSchema,
    evaluate: (pack, acc, s, today, nowMs) => {
      const r = evaluateAlibaba(pack, acc, s, today, nowMs);
      return { items: r.items, assumptions: r.assumptions, extras: { level: r.level } };
    },
    check: checkAlibabaPack,
  },
  accountSettings: alibabaAccountSettings,
} satisfies PlatformModule<'alibaba', (typeof alibabaMeta.pageIds)[number], AlibabaPack>;
