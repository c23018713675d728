import type { DayNum } from '../time/beijing';
import type { DayLookup, IndexedSession } from './history-index';

// Lookups by day over records already in order (./account-history.ts builds them).

/** Last index whose key is ≤ `n` in an ascending array, or -1 (binary search). */
function lastAtMost(nums: DayNum[], n: DayNum): number {
  let lo = 0;
  let hi = nums.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid]! <= n) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * A lookup by day over records already in day order, instead of a Map built per evaluation: a
 * dense array over the days spanned (made on the first lookup), or a binary search when the days
 * are too sparse for one. Equal days (two records for one day) answer with the later one, as
 * Map.set did.
 */
export class SortedDays<T> implements DayLookup<T> {
  private slots?: Array<T | undefined> | null;

  constructor(
    private nums: DayNum[],
    private values: T[],
  ) {}

  get(n: DayNum): T | undefined {
    const slots = (this.slots ??= this.spread());
    if (slots) {
      const i = n - (this.nums[0] as DayNum);
      return i >= 0 && i < slots.length ? slots[i] : undefined;
    }
    const i = lastAtMost(this.nums, n);
    return i >= 0 && this.nums[i] === n ? this.values[i] : undefined;
  }

  private spread(): Array<T | undefined> | null {
    const { nums, values } = this;
    if (nums.length === 0) return null;
    const first = nums[0] as DayNum;
    const span = (nums[nums.length - 1] as DayNum) - first + 1;
    if (span > 4 * nums.length + 64) return null;
    const slots = new Array<T | undefined>(span);
    for (let i = 0; i < nums.length; i++) slots[(nums[i] as DayNum) - first] = values[i];
    return slots;
  }

  *[Symbol.iterator](): Iterator<[DayNum, T]> {
    const { nums, values } = this;
    for (let i = 0; i < nums.length; i++)
      if (nums[i + 1] !== nums[i]) yield [nums[i] as DayNum, values[i] as T];
  }
}

/** Sessions by start day, from sessions in start order that are also in record order. */
export class SessionRuns implements DayLookup<IndexedSession[]> {
  private starts?: DayNum[];

  constructor(private sessions: IndexedSession[]) {}

  private get days(): DayNum[] {
    return (this.starts ??= this.sessions.map((ix) => ix.startDay));
  }

  get(n: DayNum): IndexedSession[] | undefined {
    const hi = lastAtMost(this.days, n) + 1;
    let lo = hi;
    while (lo > 0 && this.days[lo - 1] === n) lo--;
    return lo < hi ? this.sessions.slice(lo, hi) : undefined;
  }

  *[Symbol.iterator](): Iterator<[DayNum, IndexedSession[]]> {
    for (let lo = 0, hi = 0; lo < this.days.length; lo = hi) {
      const n = this.days[lo] as DayNum;
      while (hi < this.days.length && this.days[hi] === n) hi++;
      yield [n, this.sessions.slice(lo, hi)];
    }
  }
}
