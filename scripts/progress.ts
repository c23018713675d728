// npm run progress -- <export.json> [--at <ISO instant>] [--json]
// Thin wrapper: reading argv and files lives here. The file is validated by the very function
// the options page's import uses (parseHistory), so the CLI accepts and refuses the same files.
import { readFileSync } from 'node:fs';
import { parseHistory } from '../src/history/import';
import { evaluate } from '../src/rules/engine';
import { loadPacks } from '../src/rules/packs';
import { formatReport } from './lib/report';

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
const parsed = parseHistory(text);
if (!parsed.ok) fail(`${file}: ${parsed.error}`);
const history = parsed.value;
const ev = evaluate(loadPacks(), history, history.settings, at ?? Date.now());
process.stdout.write(json ? `${JSON.stringify(ev, null, 2)}\n` : formatReport(ev));
