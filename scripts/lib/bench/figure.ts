/** One benchmark figure beside its target; `value: null` means it could not be measured. */
export interface Figure {
  name: string;
  unit: string;
  value: number | null;
  /** null: reported for information, no target in the issue. */
  target: number | null;
  /** 'max' = value must be ≤ target. */
  kind: 'max';
  /** Why the value is null, or how it was measured. */
  note: string;
  runs?: number[];
  /**
   * What the same machine does in the same run as a reference (a blank extension page opening,
   * JSON.parse of the same file …), in the figure's unit: `value ÷ baseline.value` is the figure
   * in units of this machine's speed, comparable across machines.
   */
  baseline?: { name: string; value: number };
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export const round = (x: number, digits = 2): number => Number(x.toFixed(digits));

/** Runs a measurement; any failure becomes an honest "n/a (reason)" instead of a number. */
export async function measure(
  name: string,
  unit: string,
  target: number | null,
  fn: () => Promise<{
    value: number;
    note: string;
    runs?: number[];
    baseline?: Figure['baseline'];
  }>,
): Promise<Figure> {
  try {
    const r = await fn();
    const { value, note, runs, baseline } = r;
    return { name, unit, target, kind: 'max', value: round(value), note, runs, baseline };
  } catch (e) {
    const reason = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? 'failed';
    return { name, unit, target, kind: 'max', value: null, note: reason.slice(0, 160) };
  }
}

export function printTable(figures: Figure[]): void {
  const rows = figures.map((f) => [
    f.name,
    f.value === null ? `n/a (${f.note})` : `${f.value} ${f.unit}`,
    f.target === null ? '—' : `≤ ${f.target} ${f.unit}`,
    f.value === null || f.target === null ? '' : f.value <= f.target ? 'ok' : 'OVER',
    f.baseline && f.value !== null && f.baseline.value > 0
      ? `${round(f.value / f.baseline.value)} × ${f.baseline.name} (${round(f.baseline.value)} ${f.unit})`
      : '',
  ]);
  const head = [
    'figure',
    'measured (median)',
    'target',
    '',
    'ratio to the baseline of the same run',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(line(r));
}
