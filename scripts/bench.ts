// npm run bench — real Chromium, medians over several runs, each figure beside its target.
// Writes bench/results.json. Not part of CI's pass/fail: machines differ.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from './lib/args';
import { ensureChromium, run } from './lib/build';
import { consoleUrlList, loadConsoles } from './lib/consoles';
import { badgeLagFigure, overheadFigures } from './lib/bench/consoles';
import { historyFigures } from './lib/bench/browser';
import { printTable, round, type Figure } from './lib/bench/figure';
import { rulesFigure } from './lib/bench/rules';
import { observeFigure } from './lib/bench/evaluate';
import { sizeFigures } from './lib/bench/sizes';
import { writesFigure } from './lib/bench/writes';
import { teamFigures } from './lib/bench/team';
import { nodeBaseline, withBaseline } from './lib/bench/reference';
import { extensionIdOf, extensionWorker, launchWithExtension } from '../tests/harness/launch';
import { letExtensionUrlsThrough } from '../tests/harness/network-guard';
import { buildDemoHistory } from '../tests/harness/history-data';
import { extensionPage, sendToBackground } from './lib/extension-rpc';

const na = (name: string, unit: string, target: number, reason: string): Figure => ({
  name,
  unit,
  target,
  kind: 'max',
  value: null,
  note: reason,
});

async function main(): Promise<void> {
  // --no-build: measure the build already at LIVEPACE_EXTENSION_DIR (or .output); sizes then
  // come from whatever `wxt zip` last wrote.
  // --only pagecost | team | history: only the console page-cost rows (CPU profile +
  // ScriptDuration), the team sync rows, or the import / export / popup rows; printed,
  // bench/results.json left as it is.
  const args = parseArgs(process.argv.slice(2), { 'no-build': false, only: '' });
  const now = new Date();
  const loadAtStart = loadavg().map((x) => round(x));
  // The browser first: on a bare machine this installs it, and fails fast before a build.
  const chromium = ensureChromium().path;
  if (!args['no-build']) {
    console.log('Building and zipping (wxt zip) …');
    run('npx', ['wxt', 'zip'], 'wxt zip');
    // The same extension plus the worker's write counter (bench builds only): .output/bench.
    console.log('Building the bench copy (LIVEPACE_BENCH=1) …');
    process.env.LIVEPACE_BENCH = '1';
    run('npx', ['wxt', 'build'], 'the bench build');
    delete process.env.LIVEPACE_BENCH;
  }
  const extensionDir = args['no-build'] ? undefined : resolve('.output/bench/chrome-mv3');
  if (args.only === 'pagecost') return pageCostOnly(chromium);
  if (args.only === 'team')
    return printTable(teamWithBaseline(await teamFigures(chromium, extensionDir, now)));
  if (args.only === 'history') return historyOnly(chromium, extensionDir, now);
  if (args.only) throw new Error(`--only ${args.only}: known: pagecost, team, history`);
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  const sizes = await sizeFigures(resolve('.output'), version);
  const node: Figure[] = [await rulesFigure(now)];
  // The whole per-batch work of the worker (ingest + engine input + engine), by account count.
  for (const n of [6, 60, 120]) node.push(await observeFigure(n, now));
  const figures: Figure[] = [...sizes, ...withBaseline(node, [''], nodeBaseline(now))];

  const context = await launchWithExtension({
    executablePath: chromium,
    headless: true,
    extensionDir,
  });
  const extensionId = extensionIdOf(await extensionWorker(context));
  figures.push(...(await historyFigures(context, extensionId, now)));
  // Team sync (issue #12): 50 shops × 1 year replicated into a fresh profile, the 团队 tab.
  figures.push(...teamWithBaseline(await teamFigures(chromium, extensionDir, now)));

  const consoles = await loadConsoles();
  if (consoles.ok) {
    const urls = Object.fromEntries(consoleUrlList(consoles.mod.CONSOLE_URLS));
    const live = [urls.jdBigScreen, urls.channelsLive].filter((u): u is string => Boolean(u));
    await context.close();
    // A fresh profile: the live path should not wait behind the 2-year imports above.
    const live1 = await launchWithExtension({
      executablePath: chromium,
      headless: true,
      extensionDir,
    });
    const sim = await consoles.mod.serveConsoles(live1, { pollMs: 1000 });
    await letExtensionUrlsThrough(live1);
    // The JD items need an enrolment date to apply; the demo history carries one.
    const jdAccount = { platform: 'jd' as const, accountId: 'jd_7f3a9c21', displayName: 'JD' };
    const seed = await extensionPage(live1, extensionIdOf(await extensionWorker(live1)));
    const text = JSON.stringify(buildDemoHistory([jdAccount], now));
    await sendToBackground(seed, 'importApply', { text });
    const jd = sim.jd as Parameters<typeof badgeLagFigure>[1];
    figures.push(await badgeLagFigure(live1, jd, urls.jdBigScreen ?? ''));
    const worker = await extensionWorker(live1);
    figures.push(await writesFigure(live1, worker, sim, urls.jdBigScreen ?? ''));
    await live1.close();
    figures.push(...(await overheadFigures(consoles.mod, chromium, live)));
  } else {
    await context.close();
    figures.push(na('value change → stored → badge', 'ms', 1000, consoles.reason));
    figures.push(na('console script time with / without LivePace', '×', 1.03, consoles.reason));
    figures.push(
      na('history writes per minute while live, per account', 'writes/min', 6, consoles.reason),
    );
  }

  printTable(figures);
  mkdirSync('bench', { recursive: true });
  const out = join('bench', 'results.json');
  const machine = {
    cpus: cpus().length,
    model: cpus()[0]?.model ?? '?',
    node: process.version,
    // 1/5/15-minute load averages when the run started and ended (figures inflate under load).
    load: { start: loadAtStart, end: loadavg().map((x) => round(x)) },
  };
  writeFileSync(out, `${JSON.stringify({ at: now.toISOString(), machine, figures }, null, 2)}\n`);
  console.log(`\nWrote ${out}`);
}

/** The 团队 tab's open in units of the options page's own open, measured by team.ts. */
function teamWithBaseline(figures: Figure[]): Figure[] {
  const own = figures.find((f) => f.name.startsWith('options page open'));
  if (!own || own.value === null) return figures;
  const baseline = { name: 'options page open', value: own.value };
  return withBaseline(figures, ['team view open'], baseline);
}

async function historyOnly(chromium: string, extensionDir: string | undefined, now: Date) {
  const context = await launchWithExtension({
    executablePath: chromium,
    headless: true,
    extensionDir,
  });
  try {
    const id = extensionIdOf(await extensionWorker(context));
    const figures = await historyFigures(context, id, now);
    printTable(figures);
    for (const f of figures)
      if (f.runs) console.log(`${f.name}: runs ${f.runs.map(Math.round).join(' ')}`);
  } finally {
    await context.close();
  }
}

async function pageCostOnly(chromium: string): Promise<void> {
  const consoles = await loadConsoles();
  if (!consoles.ok) throw new Error(consoles.reason);
  const urls = Object.fromEntries(consoleUrlList(consoles.mod.CONSOLE_URLS));
  const live = [urls.jdBigScreen, urls.channelsLive].filter((u): u is string => Boolean(u));
  const figures = await overheadFigures(consoles.mod, chromium, live);
  printTable(figures);
  for (const f of figures) console.log(`${f.name}: ${f.note}; runs ${JSON.stringify(f.runs)}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
