// npx tsx scripts/bench-median.ts bench/run1.json bench/run2.json bench/run3.json
// The medians of several `npm run bench` result files, row by row (issue #16 asks for three
// runs): each row's value per run, its median beside the target, and the baseline ratio.
import { readFileSync } from 'node:fs';
import { median, printTable, round, type Figure } from './lib/bench/figure';

interface Results {
  at: string;
  machine?: { load?: { start: number[]; end: number[] } };
  figures: Figure[];
}

const files = process.argv.slice(2);
if (files.length === 0) throw new Error('usage: bench-median.ts <results.json>…');
const runs = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Results);
const names = [...new Set(runs.flatMap((r) => r.figures.map((f) => f.name)))];
const rows: Figure[] = names.map((name) => {
  const each = runs.map((r) => r.figures.find((f) => f.name === name));
  const first = each.find((f) => f !== undefined)!;
  const values = each.map((f) => f?.value).filter((v): v is number => typeof v === 'number');
  const bases = each.map((f) => f?.baseline?.value).filter((v): v is number => v !== undefined);
  return {
    ...first,
    value: values.length ? round(median(values)) : null,
    runs: values,
    note: `medians of ${values.length} runs: ${values.join(' / ')}`,
    baseline:
      bases.length && first.baseline ? { ...first.baseline, value: median(bases) } : undefined,
  };
});
for (const r of runs) {
  const load = r.machine?.load;
  const l = load ? `load ${load.start[0]} → ${load.end[0]}` : 'load not recorded';
  console.log(`run ${r.at}: ${l}`);
}
printTable(rows);
for (const r of rows) console.log(`${r.name}: ${r.note}`);
