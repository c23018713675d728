import type { DataTable } from './Figure';

/** Column words of the daily table, in the page's language. */
export interface DailyWords {
  day: string;
  metric: string;
  target: string;
  status: string;
  met: string;
  notMet: string;
  unknown: string;
}

/**
 * The daily chart as rows, newest day first: value (or "no record", never 0), and when there is
 * a target, the target and met / not met in words, so status is not carried by colour alone.
 */
export function dailyTable(
  days: string[],
  values: (number | null)[],
  fmt: (v: number) => string,
  w: DailyWords,
  target?: number,
): DataTable {
  const head = target === undefined ? [w.day, w.metric] : [w.day, w.metric, w.target, w.status];
  const rows = days.map((d, i) => {
    const v = values[i] ?? null;
    const cells = [d, v === null ? w.unknown : fmt(v)];
    if (target !== undefined)
      cells.push(fmt(target), v === null ? w.unknown : v >= target ? w.met : w.notMet);
    return { key: d, cells };
  });
  return { head, rows: rows.reverse() };
}

/** Several same-day columns (e.g. 1688 sessions and buyers), newest day first. */
export function seriesTable(
  days: string[],
  dayWord: string,
  columns: { name: string; values: (number | null)[]; fmt: (v: number) => string }[],
  unknown: string,
): DataTable {
  const rows = days.map((d, i) => ({
    key: d,
    cells: [
      d,
      ...columns.map((c) => {
        const v = c.values[i] ?? null;
        return v === null ? unknown : c.fmt(v);
      }),
    ],
  }));
  return { head: [dayWord, ...columns.map((c) => c.name)], rows: rows.reverse() };
}
