import type { MetricKey } from '../history/model';
import type { IndexedSession } from './history-index';
import { parseInstant } from './instant';

/**
 * Pace of the live session. Duration grows in real time, so its ETA counts from the instant the
 * duration was observed; other metrics grow at the session's average rate so far (value gained in
 * the live session ÷ its elapsed time).
 */
/** Below this much observed live time an average rate is noise (a first reading, a restart). */
export const MIN_PACE_MS = 10 * 60_000;

export function etaMs(
  metric: MetricKey,
  remainingNative: number,
  live: IndexedSession,
  observedAtMs: number,
): number | null {
  if (remainingNative <= 0) return observedAtMs;
  if (metric === 'durationSec') return observedAtMs + remainingNative * 1000;
  const v = live.s.metrics[metric];
  if (!v) return null;
  const at = parseInstant(v.at);
  const elapsed = at - live.startMs;
  if (elapsed < MIN_PACE_MS || v.value <= 0) return null;
  const rate = v.value / elapsed;
  return at + remainingNative / rate;
}
