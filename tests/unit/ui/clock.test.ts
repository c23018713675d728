import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { beijingClock, dayOf } from '../../../src/time/calendar';
import { beijingDay, beijingHm, beijingHour } from '../../../src/time/beijing';

describe('light Beijing clock agrees with calendar.ts', () => {
  it('for any instant 2020–2035', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_577_836_800_000, max: 2_051_222_400_000 }), (t) => {
        expect(beijingHm(t)).toBe(beijingClock(t));
        expect(beijingDay(t)).toBe(dayOf(t));
      }),
    );
  });

  it('midnight edges', () => {
    expect(beijingDay('2026-01-20T15:59:59Z')).toBe('2026-01-20');
    expect(beijingDay('2026-01-20T16:00:00Z')).toBe('2026-01-21');
    expect(beijingHour('2026-01-20T12:00:00Z')).toBe(20);
  });
});
