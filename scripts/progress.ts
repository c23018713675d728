// npm run progress -- <export.json> [--at <ISO instant>] [--json]
// Thin wrapper: reading argv and files lives here, everything else in src/rules/report.ts.
import { readFileSync } from 'node:fs';
import { evaluate } from '../src/rules/engine';
import { loadPacks } from '../src/rules/packs';
import { formatReport, parseExport } from '../src/rules/report';

function fail(msg: string): never {
  process.stderr.write(`错误 (error): ${msg}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const atIx = args.indexOf('--at');
const at = atIx >= 0 ? args[atIx + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && (atIx < 0 || i !== atIx + 1));
if (!file) fail('usage: npm run progress -- <export.json> [--at <ISO instant>] [--json]');
if (atIx >= 0 && (!at || Number.isNaN(Date.parse(at))))
  fail(`--at: not an ISO instant: ${at ?? ''}`);

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  fail(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
}
const parsed = parseExport(text, file);
if (!parsed.ok) fail(parsed.error);
const ev = evaluate(loadPacks(), parsed.history, parsed.history.settings, at ?? Date.now());
process.stdout.write(json ? `${JSON.stringify(ev, null, 2)}\n` : formatReport(ev));
