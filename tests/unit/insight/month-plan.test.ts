import { describe, expect, it } from 'vitest';
import { monthPlan, usualWeekdays, weekdayOf } from '../../../src/insight/month-plan';
import { dayNumOfKey, keyOfDayNum } from '../../../src/time/beijing';

const d = dayNumOfKey;
const keys = (ns: number[]) => ns.map(keyOfDayNum);

describe('weekdayOf', () => {
  it('knows the calendar', () => {
    expect(weekdayOf(d('2026-12-01'))).toBe(2); // Tuesday
    expect(weekdayOf(d('2026-12-06'))).toBe(0); // Sunday
    expect(weekdayOf(d('1969-12-31'))).toBe(3); // Wednesday, before day 0
  });
});

describe('usualWeekdays', () => {
  const today = d('2026-12-15'); // Tuesday
  it('a weekday streamed in at least two of the last four weeks', () => {
    // Tue 12-01, Tue 12-08, Thu 12-03, Sat 12-05 + Sat 12-12, one Monday.
    const live = [
      '2026-12-01',
      '2026-12-08',
      '2026-12-03',
      '2026-12-05',
      '2026-12-12',
      '2026-11-30',
    ].map(d);
    expect(usualWeekdays(live, today)).toEqual([2, 6]);
  });
  it('ignores days older than four weeks, today and later, and repeats of one day', () => {
    const live = [
      '2026-11-10',
      '2026-11-16',
      '2026-12-15',
      '2026-12-22',
      '2026-12-08',
      '2026-12-08',
    ].map(d);
    expect(usualWeekdays(live, today)).toEqual([]);
    // 11-17 is the first day of the four weeks before 12-15.
    expect(usualWeekdays(['2026-11-17', '2026-12-08'].map(d), today)).toEqual([2]);
    expect(usualWeekdays(['2026-11-10', '2026-12-08'].map(d), today)).toEqual([]);
  });
});

describe('monthPlan', () => {
  const tueThuSat = [
    '2026-12-01',
    '2026-12-03',
    '2026-12-05',
    '2026-12-08',
    '2026-12-10',
    '2026-12-12',
  ].map(d);

  it('evenly over the days left to the cutoff, today included, rounded up', () => {
    // JD cycle 11-28 … data cutoff 12-27 (DOMAIN.md §1); 2,000 minutes left on 12-14.
    const plan = monthPlan({
      remaining: 2_000,
      today: d('2026-12-14'),
      from: d('2026-11-28'),
      to: d('2026-12-27'),
      liveDays: tueThuSat,
    })!;
    expect(plan.even!.days).toHaveLength(14);
    expect(plan.even!.perDay).toBe(143);
    expect(keyOfDayNum(plan.even!.days.at(-1)!)).toBe('2026-12-27');
  });

  it('on the usual weekdays only', () => {
    const plan = monthPlan({
      remaining: 2_000,
      today: d('2026-12-14'),
      from: d('2026-11-28'),
      to: d('2026-12-27'),
      liveDays: tueThuSat,
    })!;
    expect(plan.usual!.weekdays).toEqual([2, 4, 6]);
    expect(keys(plan.usual!.days)).toEqual([
      '2026-12-15',
      '2026-12-17',
      '2026-12-19',
      '2026-12-22',
      '2026-12-24',
      '2026-12-26',
    ]);
    expect(plan.usual!.perDay).toBe(334);
  });

  it('never plans days before enrolment', () => {
    const plan = monthPlan({
      remaining: 600,
      today: d('2026-12-01'),
      from: d('2026-12-20'),
      to: d('2026-12-27'),
      liveDays: [],
    })!;
    expect(keys(plan.even!.days)).toEqual([
      '2026-12-20',
      '2026-12-21',
      '2026-12-22',
      '2026-12-23',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-12-27',
    ]);
    expect(plan.even!.perDay).toBe(75);
    expect(plan.usual).toBeNull();
  });

  it('on the cutoff day: the whole rest today; after it: nothing to plan', () => {
    const last = monthPlan({
      remaining: 90,
      today: d('2026-12-27'),
      from: d('2026-11-28'),
      to: d('2026-12-27'),
      liveDays: [],
    })!;
    expect(last.even).toEqual({ days: [d('2026-12-27')], perDay: 90 });
    const after = monthPlan({
      remaining: 90,
      today: d('2026-12-28'),
      from: d('2026-11-28'),
      to: d('2026-12-27'),
      liveDays: [],
    })!;
    expect(after.even).toBeNull();
    expect(after.usual).toBeNull();
  });

  it('nothing left, nothing to plan', () => {
    expect(monthPlan({ remaining: 0, today: 1, from: 0, to: 9, liveDays: [] })).toBeNull();
    expect(monthPlan({ remaining: NaN, today: 1, from: 0, to: 9, liveDays: [] })).toBeNull();
  });
});
