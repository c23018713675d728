import type { Page } from '@playwright/test';
import { rpc, type AccountRef } from './stream';

/**
 * What the popup's time-dependent lines must say, derived from the instants the background
 * used: the evaluation it hands out (`view` without `at` returns its cached evaluation, it does
 * not evaluate again) and the reading instants in it. The texts are written here from the zh
 * strings, not with the product's formatters, so a formatting or freshness bug fails.
 */

export interface ViewItem {
  packId: string;
  itemId: string;
  status: string;
  provenance?: { source: string; at: string };
}

interface ViewReply {
  evaluation: {
    now: string;
    accounts: Array<{ platform: string; accountId: string; items: ViewItem[] }>;
  } | null;
}

/** The background's current evaluation of one account: its instant and its items. */
export async function shownEvaluation(
  page: Page,
  account: AccountRef,
): Promise<{ nowMs: number; items: ViewItem[] }> {
  const r = (await rpc(page, 'view', {})) as ViewReply;
  const acc = r.evaluation?.accounts.find(
    (a) => a.platform === account.platform && a.accountId === account.accountId,
  );
  if (!r.evaluation || !acc) throw new Error(`no evaluation for ${account.accountId}`);
  return { nowMs: Date.parse(r.evaluation.now), items: acc.items };
}

const SOURCE_ZH: Record<string, string> = { network: '页面数据', dom: '页面显示' };

/**
 * The card's one freshness line, "数据 刚刚 · 页面数据": the freshest reading behind any item
 * (the first one on a tie), its age in whole minutes at the evaluation's instant.
 */
export function freshnessLine(items: readonly ViewItem[], nowMs: number): string {
  let best: { source: string; at: string } | null = null;
  for (const i of items) {
    const p = i.provenance;
    if (p && (!best || Date.parse(p.at) > Date.parse(best.at))) best = p;
  }
  if (!best) throw new Error('no item carries a reading');
  const min = Math.floor((nowMs - Date.parse(best.at)) / 60_000);
  if (min >= 60) throw new Error(`reading ${min} min old: not a mid-stream popup`);
  const source = SOURCE_ZH[best.source];
  if (!source) throw new Error(`unexpected source ${best.source}`);
  return `数据 ${min < 1 ? '刚刚' : `${min} 分钟前`} · ${source}`;
}

/** Below this much live time an average is no pace (a first reading): no ETA. */
const MIN_PACE_MS = 10 * 60_000;

/**
 * DOMAIN.md §1's "whether it is reached at the current pace" for a flow figure (GMV): the
 * session's average rate (value ÷ time since the live started, at the reading's instant)
 * carried forward; reached by Beijing midnight → on track, otherwise (or with no pace) behind.
 */
export function paceStatus(opts: {
  readAtMs: number;
  startedAt: number;
  current: number;
  target: number;
  midnightMs: number;
}): 'on_track' | 'behind' {
  const elapsed = opts.readAtMs - opts.startedAt;
  if (elapsed < MIN_PACE_MS || opts.current <= 0) return 'behind';
  const eta = opts.readAtMs + (opts.target - opts.current) / (opts.current / elapsed);
  return eta <= opts.midnightMs ? 'on_track' : 'behind';
}
