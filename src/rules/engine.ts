import type { AccountSettings, History } from '../history/model';
import type { AccountEvaluation, Evaluation } from './result';
import type { LoadedPacks } from './packs';
import type { RulePack } from './schema';
import { packPartFor } from '../platforms';
import { indexHistory, liveSession, type AccountHistory } from './history-index';
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
    const r = packPartFor(pack).evaluate(pack, acc, s, today, nowMs);
    out.items.push(...r.items);
    out.assumptions.push(...r.assumptions);
    // The first pack that sets a summary (JD cycle, 1688 level, 视频号 cold start) keeps it.
    const { cycle, level, coldStart } = r.extras ?? {};
    if (cycle && !out.cycle) out.cycle = cycle;
    if (level && !out.level) out.level = level;
    if (coldStart && !out.coldStart) out.coldStart = coldStart;
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
