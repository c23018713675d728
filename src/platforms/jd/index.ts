import jdGrowth from '../../../rules/jd-growth.json';
import jdNorthstar from '../../../rules/jd-northstar.json';
import type { PlatformModule } from '../types';
import { JD_ADAPTERS } from './adapters';
import { jdMeta } from './meta';
import { checkJdPack } from './pack-invariants';
import { JdPackSchema, type JdPack } from './pack-schema';
import { cycleSummary } from './rules/cycles';
import { evaluateJdPack } from './rules/evaluate';
import { jdAccountSettings } from './settings';

/** JD live: 成长任务 and 北极星 packs (kind jd-tasks), the big screen and the live list. */
export const jd = {
  ...jdMeta,
  adapters: JD_ADAPTERS,
  pack: {
    kind: 'jd-tasks',
    files: { 'rules/jd-growth.json': jdGrowth, 'rules/jd-northstar.json': jdNorthstar },
    schema: JdPackSchema,
    evaluate: (pack, acc, s, today, nowMs) => {
      const r = evaluateJdPack(pack, acc, s, today, nowMs);
      const extras = r.cycle ? { cycle: cycleSummary(r.cycle, s.jdEnrolled?.[r.cycle.id]) } : {};
      return { items: r.items, assumptions: r.assumptions, extras };
    },
    check: checkJdPack,
  },
  accountSettings: jdAccountSettings,
} satisfies PlatformModule<'jd', (typeof jdMeta.pageIds)[number], JdPack>;
