import { fail, isEmptyMarker, normalize, ok } from './parse-number';
import type { Parsed, UnitHint } from './parse';

/**
 * Durations → whole seconds. Accepted: "04:12:30", "4:12" (h:mm — consoles print live
 * length in hours and minutes), "4小时12分(钟)(30秒)", "4h12m(30s)", "252分钟", "1.5h",
 * "90min", "45秒", and a bare number read with a unit hint from the label ("直播时长(分钟)").
 * Every result goes through ok(), so a huge or infinite figure is unreadable.
 */
const CLOCK = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/;
const PARTS =
  /^(?:(\d+(?:\.\d+)?)(?:小时|时|h|hr|hrs))?(?:(\d+(?:\.\d+)?)(?:分钟|分|m|min|mins))?(?:(\d+(?:\.\d+)?)(?:秒钟|秒|s|sec))?$/i;
const HINT_SECONDS: Partial<Record<UnitHint, number>> = { seconds: 1, minutes: 60, hours: 3600 };

export function parseDuration(raw: string, hint?: UnitHint): Parsed {
  if (isEmptyMarker(raw)) return fail('empty');
  const s = normalize(raw);
  if (s.startsWith('-')) return fail('negative');
  const clock = CLOCK.exec(s);
  if (clock) {
    const [, a, b, c] = clock;
    const sec = Number(a) * 3600 + Number(b) * 60 + Number(c ?? 0);
    return ok(sec, c === undefined ? 60 : 1);
  }
  if (/^\d+(?:\.\d+)?$/.test(s)) {
    const per = hint ? HINT_SECONDS[hint] : undefined;
    return per ? ok(Math.round(Number(s) * per), per) : fail('unreadable');
  }
  const m = PARTS.exec(s);
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) {
    return fail('unreadable');
  }
  const h = Number(m[1] ?? 0);
  const min = Number(m[2] ?? 0);
  const sec = Number(m[3] ?? 0);
  const step = m[3] !== undefined ? 1 : m[2] !== undefined ? 60 : m[1]?.includes('.') ? 360 : 3600;
  return ok(Math.round(h * 3600 + min * 60 + sec), step);
}
