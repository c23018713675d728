import { z } from 'zod';
import { METRIC_KEYS } from '../metric-keys';
import { PLATFORMS } from '../platforms/ids';
import { isDayKey, MAX_METRIC_VALUE, MAX_YEAR, MIN_YEAR } from './fields';
import { HistorySchema, type Day, type Session } from './model';

/**
 * A fast yes for the bulk of an import: sessions and days exactly as SessionSchema and DaySchema
 * (model.ts) accept them, checked by hand. zod cannot compile its checks under the extension's
 * CSP, and its interpreted checks took ~100 ms of a 2-year × 6-account import (issue #16). This
 * only ever says "valid as zod would parse it" or "ask zod": on false the caller runs the zod
 * schema, which also names the first bad field. `tests/unit/history/fast-validate.test.ts`
 * holds the two to the same verdict and the same output on valid and mutated records.
 */

/** The pattern z.iso.datetime({ offset: true }) checks (zod's own, not a copy). */
const ISO = z.regexes.datetime({ offset: true, local: false, precision: null });
const PLATFORM = new Set<unknown>(PLATFORMS);
const METRIC = new Set<string>(METRIC_KEYS);
const SOURCE = new Set<unknown>(['network', 'dom', 'backfill', 'manual']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export const isInstant = (v: unknown): boolean => {
  if (typeof v !== 'string' || !ISO.test(v)) return false;
  const y = Number(v.slice(0, 4));
  return y >= MIN_YEAR && y <= MAX_YEAR;
};
const isId = (v: unknown): boolean => typeof v === 'string' && v.length >= 1 && v.length <= 200;
const optBool = (v: unknown): boolean => v === undefined || typeof v === 'boolean';

const VALUE_KEYS = new Set(['value', 'source', 'at', 'estimated']);
function isValue(v: unknown): boolean {
  if (!isObj(v)) return false;
  for (const k in v) if (!VALUE_KEYS.has(k)) return false;
  const n = v.value;
  return (
    typeof n === 'number' &&
    Number.isFinite(n) &&
    n >= 0 &&
    n <= MAX_METRIC_VALUE &&
    SOURCE.has(v.source) &&
    isInstant(v.at) &&
    optBool(v.estimated)
  );
}

function isMetrics(v: unknown): boolean {
  if (!isObj(v)) return false;
  for (const k in v) if (!METRIC.has(k) || !isValue(v[k])) return false;
  return true;
}

const FLAG_KEYS = ['noCart', 'crossedMidnight', 'over24h', 'under15min', 'realPerson'];
const FLAGS = new Set(FLAG_KEYS);
function isFlags(v: unknown): boolean {
  if (!isObj(v)) return false;
  for (const k in v) if (!FLAGS.has(k) || typeof v[k] !== 'boolean') return false;
  return true;
}

const SESSION_KEYS = new Set([
  ...['platform', 'accountId', 'sessionId', 'start', 'end', 'live', 'metrics', 'flags'],
  'lastSeenAt',
]);
/** SessionSchema's verdict; a missing `flags` gets its default `{}` as zod would give it. */
export function isSession(v: unknown): boolean {
  if (!isObj(v)) return false;
  for (const k in v) if (!SESSION_KEYS.has(k)) return false;
  const ok =
    PLATFORM.has(v.platform) &&
    isId(v.accountId) &&
    isId(v.sessionId) &&
    isInstant(v.start) &&
    (v.end === null || isInstant(v.end)) &&
    typeof v.live === 'boolean' &&
    isMetrics(v.metrics) &&
    (v.flags === undefined || isFlags(v.flags)) &&
    isInstant(v.lastSeenAt);
  if (ok && v.flags === undefined) v.flags = {};
  return ok;
}

const DAY_KEYS = new Set(['platform', 'accountId', 'day', 'metrics', 'sessions']);
export function isDay(v: unknown): boolean {
  if (!isObj(v)) return false;
  for (const k in v) if (!DAY_KEYS.has(k)) return false;
  const n = v.sessions;
  return (
    PLATFORM.has(v.platform) &&
    isId(v.accountId) &&
    typeof v.day === 'string' &&
    isDayKey(v.day) &&
    isMetrics(v.metrics) &&
    (n === undefined || (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n <= 10_000))
  );
}

/**
 * HistorySchema's parse. The sessions and days (nearly all of a file) are checked by the fast
 * path when they pass it, the rest by zod; anything the fast path doubts goes through zod
 * whole, so the verdict, the output and the error message are zod's.
 */
export function validateHistory(file: unknown): ReturnType<typeof HistorySchema.safeParse> {
  const { sessions, days, ...rest } = file as { sessions?: unknown; days?: unknown };
  const fast =
    Array.isArray(sessions) &&
    Array.isArray(days) &&
    sessions.every(isSession) &&
    days.every(isDay);
  if (!fast) return HistorySchema.safeParse(file);
  const top = HistorySchema.safeParse({ ...rest, sessions: [], days: [] });
  if (!top.success) return top;
  return { ...top, data: { ...top.data, sessions: sessions as Session[], days: days as Day[] } };
}
