import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  beijingClock,
  beijingIso,
  dayOf,
  dayStart,
  monthEnd,
  splitByDay,
} from '../../../src/time/calendar';
import {
  clockBeijing,
  dayNumOf,
  dayNumOfKey,
  dayStartMs,
  isoBeijing,
  keyOfDayNum,
  monthEndNum,
  splitMsByDay,
} from '../../../src/time/beijing';

// The fast fixed-offset day math must agree with the date-fns/TZ calendar everywhere the product
// can see (1992 onward: no DST in China since 1991).
const instant = fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) });

describe('daymath agrees with calendar.ts', () => {
  it('day of an instant, day start, clock and ISO', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const n = dayNumOf(ms);
        expect(keyOfDayNum(n)).toBe(dayOf(ms));
        expect(dayStartMs(n)).toBe(dayStart(dayOf(ms)).getTime());
        expect(clockBeijing(ms)).toBe(beijingClock(ms));
        expect(isoBeijing(ms)).toBe(beijingIso(ms));
        expect(keyOfDayNum(n + 40)).toBe(addDays(dayOf(ms), 40));
        expect(keyOfDayNum(monthEndNum(n))).toBe(monthEnd(dayOf(ms)));
        expect(dayNumOfKey(dayOf(ms))).toBe(n);
      }),
      { numRuns: 300 },
    );
  });
  it('splitting at Beijing midnight', () => {
    const s = Date.parse('2026-01-20T22:00:00+08:00');
    const e = Date.parse('2026-01-21T03:00:00+08:00');
    expect(splitMsByDay(s, e).map((p) => [keyOfDayNum(p.day), p.seconds])).toEqual(
      splitByDay(s, e).map((p) => [p.day, p.seconds]),
    );
  });
});
