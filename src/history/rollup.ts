import { dayOf, dayStart, splitByDay } from '../time/calendar';
import {
  conflictKey,
  dayRecKey,
  isAfter,
  manualKey,
  sessKey,
  sessionsOf,
  type Dirty,
  type Ledger,
} from './ledger';
import { METRIC_KIND } from './metric-kinds';
import type { Conflict, Day, DayKey, MetricKey, Metrics, Platform, Session, Value } from './model';
import { effectiveEnd } from './sessions';
import { contributed, lastContributionDay } from './tracks';

const newer = (a: Value | undefined, b: Value): Value => (!a || isAfter(b.at, a.at) ? b : a);

/**
 * What one session contributes to one Beijing day. Duration is split at midnight; flow
 * metrics are the increments observed during that day, with any difference between the
 * session's total (manual / backfill / imported) and the observed increments put on the last
 * day it was seen, so the days of a session always add up to the session.
 */
export function sessionDayContribution(l: Ledger, s: Session, day: DayKey): Metrics {
  const out: Metrics = {};
  const track = l.tracks[sessKey(s.platform, s.accountId, s.sessionId)];
  const dur = s.metrics.durationSec;
  const split = splitByDay(s.start, effectiveEnd(s)).find((p) => p.day === day);
  if (split && split.seconds > 0) {
    out.durationSec = {
      value: Math.round(split.seconds),
      source: dur?.source ?? 'network',
      at: dur?.at ?? s.lastSeenAt,
      ...(dur ? {} : { estimated: true }),
    };
  }
  for (const m of Object.keys(s.metrics) as MetricKey[]) {
    if (m === 'durationSec') continue;
    const total = s.metrics[m];
    if (!total) continue;
    if (METRIC_KIND[m] !== 'flow') {
      const v = track?.perDay[day]?.[m] ?? (dayOf(total.at) === day ? total : undefined);
      if (v) out[m] = v;
      continue;
    }
    const observed = track?.perDay[day]?.[m];
    let value = observed?.value ?? 0;
    const sum = track ? contributed(track, m) : 0;
    const lastDay = (track && lastContributionDay(track, m)) ?? dayOf(s.start);
    if (lastDay === day) value += total.value - sum;
    if (observed || lastDay === day) {
      out[m] = {
        value,
        source: lastDay === day ? total.source : observed!.source,
        at: observed?.at ?? total.at,
      };
    }
  }
  return out;
}

/** Recomputes one day record (and its conflicts) from sessions, console day figures and manual values. */
export function rollupDay(
  l: Ledger,
  platform: Platform,
  accountId: string,
  day: DayKey,
  dirty: Dirty,
): void {
  const derived: Metrics = {};
  let started = 0;
  // Instants, not Beijing day keys, per session: formatting a day per session of two years
  // made each observation cost ~0.1 s (issue #16). Same test as daysTouched(s).includes(day).
  const d0 = dayStart(day).getTime();
  const d1 = d0 + 24 * 3600_000; // Asia/Shanghai keeps no daylight saving
  for (const s of sessionsOf(l, platform, accountId)) {
    const st = Date.parse(s.start);
    if (st >= d0 && st < d1) started += 1;
    if (st >= d1 || Math.max(st, effectiveEnd(s) - 1) < d0) continue;
    const c = sessionDayContribution(l, s, day);
    for (const m of Object.keys(c) as MetricKey[]) {
      const v = c[m]!;
      const old = derived[m];
      const kind = METRIC_KIND[m];
      if (!old) derived[m] = { ...v };
      else if (kind === 'flow')
        derived[m] = {
          ...newer(old, v),
          value: old.value + v.value,
          ...(old.estimated || v.estimated ? { estimated: true } : {}),
        };
      else if (kind === 'peak') derived[m] = v.value > old.value ? v : old;
      else derived[m] = newer(old, v);
    }
  }
  if (derived.dau) derived.dau = { ...derived.dau, estimated: true };
  for (const v of Object.values(derived)) if (v) v.value = Math.max(0, v.value);

  const k = dayRecKey(platform, accountId, day);
  const report = l.reports[k];
  const manual = l.manual[manualKey(platform, accountId, 'day', day)];
  const scraped: Metrics = { ...derived, ...(report?.metrics ?? {}) };
  const metrics: Metrics = { ...scraped, ...(manual?.metrics ?? {}) };
  setConflicts(
    l,
    { platform, accountId, kind: 'day', key: day },
    manual?.metrics ?? {},
    scraped,
    dirty,
  );

  dirty.days.add(k);
  if (Object.keys(metrics).length === 0 && started === 0 && report?.sessions === undefined) {
    delete l.days[k];
    return;
  }
  const rec: Day = { platform, accountId, day, metrics };
  // An imported count (e.g. 1688 valid sessions) stands unless more sessions were seen since.
  const sessions = Math.max(report?.sessions ?? 0, started);
  if (sessions > 0 || report?.sessions !== undefined) rec.sessions = sessions;
  l.days[k] = rec;
}

/** Keeps one conflict per (record, metric) where a manual value and a scraped one disagree. */
export function setConflicts(
  l: Ledger,
  ref: Pick<Conflict, 'platform' | 'accountId' | 'kind' | 'key'>,
  manual: Metrics,
  scraped: Metrics,
  dirty: Dirty,
): void {
  for (const m of Object.keys(METRIC_KIND) as MetricKey[]) {
    const ck = conflictKey({ ...ref, metric: m });
    const man = manual[m];
    const scr = scraped[m];
    if (man && scr && scr.source !== 'manual' && scr.value !== man.value) {
      l.conflicts[ck] = { ...ref, metric: m, manual: man, scraped: scr };
      dirty.conflicts.add(ck);
    } else if (l.conflicts[ck]) {
      delete l.conflicts[ck];
      dirty.conflicts.add(ck);
    }
  }
}
