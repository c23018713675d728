import type { AccountInsight } from '../messaging/schemas/insight';

/**
 * Light structural check of the `view` reply's insights for the zod-free popup and badge (the
 * options page parses them with the protocol's zod schema). A wrong shape drops the insights —
 * the cards still show the evaluation — rather than showing a wrong delta.
 */
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isInsight(v: unknown): v is AccountInsight {
  if (!isObj(v) || typeof v.platform !== 'string' || typeof v.accountId !== 'string') return false;
  if (!isObj(v.plans)) return false;
  if (v.live === null) return true;
  return isObj(v.live) && isObj(v.live.deltas) && isObj(v.live.pace);
}

export const isInsightList = (v: unknown): v is AccountInsight[] =>
  Array.isArray(v) && v.every(isInsight);

/** The insight of one account, if the reply has it. */
export const insightOf = (
  list: readonly AccountInsight[] | undefined,
  acc: { platform: string; accountId: string },
): AccountInsight | undefined =>
  list?.find((i) => i.platform === acc.platform && i.accountId === acc.accountId);
