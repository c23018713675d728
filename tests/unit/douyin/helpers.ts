import type { Day, History, Metrics, Session } from '../../../src/history/model';
import { emptyHistory } from '../../../src/history/model';

/** Records for the Douyin rule tests (one account, dy1). */
export const P = 'douyin' as const;

export function m(values: Partial<Record<keyof Metrics, number>>, at: string): Metrics {
  const out: Metrics = {};
  for (const [k, v] of Object.entries(values) as Array<[keyof Metrics, number]>)
    out[k] = { value: v, source: 'network', at };
  return out;
}

export const day = (d: string, metrics: Metrics): Day => ({
  platform: P,
  accountId: 'dy1',
  day: d,
  metrics,
});

export const liveSession = (id: string, start: string, metrics: Metrics): Session => ({
  platform: P,
  accountId: 'dy1',
  sessionId: id,
  start,
  end: null,
  live: true,
  metrics,
  flags: {},
  lastSeenAt: start,
});

export const history = (days: Day[], sessions: Session[] = []): History => ({
  ...emptyHistory('2026-03-10T12:00:00+08:00'),
  accounts: [{ platform: P, accountId: 'dy1', displayName: '小象好物' }],
  days,
  sessions,
});
