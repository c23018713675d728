import type {
  AccountSettings,
  Day,
  History,
  Metrics,
  Platform,
  Session,
} from '../../../src/history/model';
import { emptyHistory } from '../../../src/history/model';
import { evaluate } from '../../../src/rules/engine';
import { loadPacks } from '../../../src/rules/packs';
import type { AccountEvaluation, ItemResult } from '../../../src/rules/result';

export const packs = loadPacks();

/** Metrics from plain numbers, observed at `at`. */
export function m(values: Partial<Record<keyof Metrics, number>>, at: string): Metrics {
  const out: Metrics = {};
  for (const [k, v] of Object.entries(values) as Array<[keyof Metrics, number]>)
    out[k] = { value: v, source: 'network', at };
  return out;
}

export const H = (h: number, min = 0) => h * 3600 + min * 60;

export function day(platform: Platform, d: string, metrics: Metrics, sessions?: number): Day {
  return {
    platform,
    accountId: 'a1',
    day: d,
    metrics,
    ...(sessions !== undefined ? { sessions } : {}),
  };
}

export function session(
  platform: Platform,
  id: string,
  start: string,
  end: string | null,
  metrics: Metrics = {},
  flags: Session['flags'] = {},
): Session {
  return {
    platform,
    accountId: 'a1',
    sessionId: id,
    start,
    end,
    live: end === null,
    metrics,
    flags,
    lastSeenAt: end ?? start,
  };
}

export function history(platform: Platform, days: Day[], sessions: Session[] = []): History {
  return {
    ...emptyHistory('2026-01-20T15:00:00+08:00'),
    accounts: [{ platform, accountId: 'a1', displayName: '测试' }],
    days,
    sessions,
  };
}

export function run(h: History, settings: AccountSettings, now: string): AccountEvaluation {
  const key = `${h.accounts[0]?.platform}:a1`;
  const ev = evaluate(packs, h, { [key]: settings }, now);
  const acc = ev.accounts[0];
  if (!acc) throw new Error('no account evaluated');
  return acc;
}

export function item(acc: AccountEvaluation, packId: string, itemId: string): ItemResult {
  const it = acc.items.find((i) => i.packId === packId && i.itemId === itemId);
  if (!it) throw new Error(`no item ${packId}/${itemId}`);
  return it;
}
