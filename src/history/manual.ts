import type { z } from 'zod';
import type { ManualEntrySchema } from '../messaging';
import { manualKey, putSession, sessKey, type Dirty, type Ledger } from './ledger';
import { DayKeySchema, type MetricKey, type Metrics } from './model';
import { ensureAccount } from './ingest';
import { rollupDay, setConflicts } from './rollup';
import { daysTouched, newSession, refreshFlags, refreshSessionMetrics } from './sessions';
import { newTrack } from './tracks';

export type ManualEntry = z.infer<typeof ManualEntrySchema>;

/**
 * Records values the seller typed in (streamed from the phone app, console down, a wrong
 * reading). They win over scraped values forever; a disagreeing scraped value is kept as a
 * conflict so the UI can show both.
 */
export function applyManual(l: Ledger, e: ManualEntry, now: Date, dirty: Dirty): void {
  const at = now.toISOString();
  const { platform, accountId } = e;
  ensureAccount(l, platform, accountId, undefined, dirty);
  const mk = manualKey(platform, accountId, e.kind, e.key);
  const rec = (l.manual[mk] ??= { platform, accountId, kind: e.kind, key: e.key, metrics: {} });
  const metrics: Metrics = {};
  for (const [m, v] of Object.entries(e.metrics) as [MetricKey, number][]) {
    metrics[m] = { value: v, source: 'manual', at };
  }
  Object.assign(rec.metrics, metrics);
  dirty.manual.add(mk);

  if (e.kind === 'day') {
    const day = DayKeySchema.parse(e.key);
    rollupDay(l, platform, accountId, day, dirty);
    return;
  }
  const sk = sessKey(platform, accountId, e.key);
  let s = l.sessions[sk];
  const daysBefore = s ? daysTouched(s) : [];
  if (!s) {
    if (!e.start) throw new Error('新场次需要开始时间 / a new session needs a start time');
    s = newSession(platform, accountId, e.key, e.start, at);
    putSession(l, sk, s);
  }
  if (e.start) s.start = e.start;
  if (e.end) {
    s.end = e.end;
    s.live = false;
  }
  const track = (l.tracks[sk] ??= newTrack(platform, accountId, e.key));
  refreshSessionMetrics(l, s);
  refreshFlags(s);
  setConflicts(
    l,
    { platform, accountId, kind: 'session', key: e.key },
    rec.metrics,
    track.scraped,
    dirty,
  );
  dirty.sessions.add(sk);
  dirty.tracks.add(sk);
  for (const d of new Set([...daysBefore, ...daysTouched(s)]))
    rollupDay(l, platform, accountId, d, dirty);
}
