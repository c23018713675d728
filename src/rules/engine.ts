import type { AccountSettings, History } from '../history/model';
import type { AccountEvaluation, Evaluation } from './result';
import type { LoadedPacks } from './packs';
import type { RulePack } from './schema';
import { packPartFor } from '../platforms';
import { indexHistory, liveSession, type AccountHistory } from './history-index';
import { preparedIndexOf } from './prepared';
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

/** Settings of an account that has none: one object, so the evaluation cache can match it. */
const NO_SETTINGS: AccountSettings = Object.freeze({});

/**
 * Pure: the same packs, history, settings and `now` always give the same evaluation, whatever
 * the machine's time zone (all day math is Beijing days, see src/time/beijing.ts). A history
 * built by the worker's incremental input (src/history/history-input.ts) carries its index,
 * kept up to date per account, and an evaluation cache: then an account whose records,
 * settings and packs are unchanged may get its result from earlier in the same Beijing minute
 * (the rule, and what it costs in exactness: src/rules/eval-cache.ts).
 */
export function evaluate(
  packs: LoadedPacks,
  history: History,
  settings: Record<string, AccountSettings>,
  now: Date | string | number,
): Evaluation {
  const nowMs = new Date(now).getTime();
  const prepared = preparedIndexOf(history);
  // A merged provisional account's tombstone holds no history; it only routes readings.
  const accounts = (prepared?.accounts ?? indexHistory(history))
    .filter((acc) => !acc.account.mergedInto)
    .map((acc) => {
      const s = settings[acc.key] ?? NO_SETTINGS;
      const run = () => evaluateAccount(packs.packs, acc, s, nowMs);
      return prepared ? prepared.cache.evaluate(acc, s, packs, nowMs, run) : run();
    });
  return { now: isoBeijing(nowMs), packVersions: packs.versions, accounts };
}
