import type { AccountSettings, History } from '../history/model';
import type { AccountEvaluation, Evaluation } from './result';
import type { LoadedPacks } from './packs';
import type { RulePack } from './schema';
import { indexHistory, liveSession, type AccountHistory } from './history-index';
import { evaluateJdPack } from '../platforms/jd/rules/evaluate';
import { evaluateAlibaba } from '../platforms/alibaba/rules/evaluate';
import { evaluateChannels } from '../platforms/channels/rules/evaluate';
import { cycleSummary } from '../platforms/jd/rules/cycles';
import { dayNumOf, isoBeijing } from '../time/beijing';

function evaluateAccount(
  packs: RulePack[],
  acc: AccountHistory,
  s: AccountSettings,
  nowMs: number,
): AccountEvaluation {
  const today = dayNumOf(nowMs);
  const { platform, accountId, displayName } = acc.account;
  const out: AccountEvaluation = {
    platform,
    accountId,
    displayName,
    provisional: acc.account.provisional === true,
    live: liveSession(acc, nowMs) !== null,
    items: [],
    assumptions: [],
  };
  for (const pack of packs) {
    if (pack.platform !== platform) continue;
    if (pack.kind === 'jd-tasks') {
      const r = evaluateJdPack(pack, acc, s, today, nowMs);
      out.items.push(...r.items);
      out.assumptions.push(...r.assumptions);
      if (r.cycle && !out.cycle) out.cycle = cycleSummary(r.cycle);
    } else if (pack.kind === 'alibaba-levels') {
      const r = evaluateAlibaba(pack, acc, s, today, nowMs);
      out.items.push(...r.items);
      out.assumptions.push(...r.assumptions);
      out.level = r.level;
    } else {
      const r = evaluateChannels(pack, acc, s, today, nowMs);
      out.items.push(...r.items);
      out.assumptions.push(...r.assumptions);
      out.coldStart = r.coldStart;
    }
  }
  return out;
}

/**
 * Pure: the same packs, history, settings and `now` always give the same evaluation, whatever
 * the machine's time zone (all day math is Beijing days, see src/time/beijing.ts).
 */
export function evaluate(
  packs: LoadedPacks,
  history: History,
  settings: Record<string, AccountSettings>,
  now: Date | string | number,
): Evaluation {
  const nowMs = new Date(now).getTime();
  // A merged provisional account's tombstone holds no history; it only routes readings.
  const accounts = indexHistory(history)
    .filter((acc) => !acc.account.mergedInto)
    .map((acc) => evaluateAccount(packs.packs, acc, settings[acc.key] ?? {}, nowMs));
  return { now: isoBeijing(nowMs), packVersions: packs.versions, accounts };
}
