// npm run progress -- <export.json> [--at <ISO instant>] [--json]
// npm run progress -- --couch <url>/<db> [--at <ISO instant>] [--json]   (docs/team-sync.md)
// Thin wrapper: reading argv, files and the server lives here; the pure parts in scripts/lib/.
// The file is validated by the very function the options page's import uses (parseHistory),
// and the team's documents by the worker's validateDoc, so the CLI accepts and refuses the same.
import { readFileSync } from 'node:fs';
import { parseHistory } from '../src/history/import';
import type { History } from '../src/history/model';
import { evaluate } from '../src/rules/engine';
import { loadPacks } from '../src/rules/packs';
import { CouchFailure } from '../src/sync/couch';
import { teamView } from '../src/sync/team-view';
import { parseCouchTarget, readTeamDocs } from './lib/couch-read';
import { formatReport } from './lib/report';
import { formatTeamReport, parseProgressArgs, teamJson } from './lib/team-report';

function fail(msg: string): never {
  process.stderr.write(`错误 (error): ${msg}\n`);
  process.exit(1);
}

const args = parseProgressArgs(process.argv.slice(2));
if (!args.ok) fail(args.error);
const at = args.at ?? Date.now();
const packs = loadPacks();
const print = (text: string): boolean => process.stdout.write(text);

async function team(arg: string, json: boolean): Promise<void> {
  const target = parseCouchTarget(arg, process.env);
  if ('error' in target) fail(target.error);
  const read = await readTeamDocs(target).catch((e: unknown) =>
    fail(e instanceof CouchFailure ? `${e.text.zh} (${e.text.en})` : String(e)),
  );
  const machines = [...new Map(read.docs.map((d) => [d.machine.id, d.machine])).values()];
  const now = new Date(at);
  const view = teamView(
    read.docs,
    (h: History, n: Date) => evaluate(packs, h, h.settings, n),
    now,
    {
      state: 'idle',
      lastPushAt: null,
      lastPullAt: now.toISOString(),
      error: null,
      pending: 0,
      docs: read.docs.length,
      machines,
    },
  );
  const src = { server: target.url, db: target.db, docs: read.docs.length, invalid: read.invalid };
  print(json ? `${JSON.stringify(teamJson(view, src), null, 2)}\n` : formatTeamReport(view, src));
}

function file(path: string, json: boolean): void {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    fail(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const parsed = parseHistory(text);
  if (!parsed.ok) fail(`${path}: ${parsed.error}`);
  const history = parsed.value;
  const ev = evaluate(packs, history, history.settings, at);
  print(json ? `${JSON.stringify(ev, null, 2)}\n` : formatReport(ev));
}

if ('couch' in args.source) await team(args.source.couch, args.json);
else file(args.source.file, args.json);
