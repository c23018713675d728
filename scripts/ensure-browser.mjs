// node scripts/ensure-browser.mjs [--dry-run] [--verbose] [--assume key=value,…]
// Makes sure this machine has a Chromium and a CJK font, installing what is missing (apt on
// Debian/Ubuntu as root or with passwordless sudo, else Playwright's download), or exits 1 with
// one message saying what to run. Silent and quick (a few file checks) when all is present.
// Used by `npm run demo` / `npm run bench` (scripts/lib/build.ts), the e2e suite (Playwright
// globalSetup in playwright.config.ts) and therefore `npm test` and `.ci/run`.
//
// --dry-run prints the facts and the plan and runs nothing. --assume (implies --dry-run)
// overrides facts to try branches on a machine that has everything: chromium=missing,
// font=missing, distro=debian|ubuntu|other, privilege=root|sudo|none.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  findChromium,
  hasCjkFont,
  howToGetBrowser,
  planBrowserSetup,
  readDistro,
  readPrivilege,
} from '../tests/harness/browser.mjs';

/** The machine's facts; distro and privilege (a `sudo -n` call) only when something is missing. */
function readFacts(assume) {
  const chromium = assume.chromium === 'missing' ? null : findChromium();
  const font = assume.font === 'missing' ? false : hasCjkFont();
  const facts = { chromium, font, chromiumPathEnv: process.env.CHROMIUM_PATH || undefined };
  if (chromium && font) return { ...facts, distro: assume.distro, privilege: assume.privilege };
  return {
    ...facts,
    distro: assume.distro ?? readDistro(),
    privilege: assume.privilege ?? readPrivilege(),
  };
}

/** The facts and the plan, one line each (for --dry-run and --verbose). */
function describe(facts, plan) {
  const chromium = facts.chromium ? `${facts.chromium.path} (${facts.chromium.via})` : 'missing';
  const font = facts.font ? 'present' : 'missing';
  const who = `distro=${facts.distro ?? '-'} privilege=${facts.privilege ?? '-'}`;
  console.log(`chromium: ${chromium}; CJK font: ${font}; ${who}`);
  if (plan.steps.length === 0 && !plan.fatal) console.log('plan: nothing to install');
  for (const step of plan.steps) console.log(`plan: ${step.argv.join(' ')}`);
  for (const w of plan.warnings) console.log(`warning: ${w}`);
  if (plan.fatal) console.log(`fatal: ${plan.fatal}`);
}

/** Runs one step with its output shown; true when it succeeded. */
function runStep(argv) {
  console.log(`$ ${argv.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const r = spawnSync(argv[0], argv.slice(1), { stdio: 'inherit', env });
  return r.status === 0;
}

/**
 * Installs what is missing and returns the Chromium to use; throws with the one message when
 * there is none. When an apt step fails (offline mirror, broken sources) Playwright's download
 * is still tried before giving up.
 */
export function ensureBrowser({ dryRun = false, verbose = false, assume = {} } = {}) {
  const facts = readFacts(assume);
  const plan = planBrowserSetup(facts);
  if (verbose || dryRun) describe(facts, plan);
  if (plan.fatal) throw new Error(plan.fatal);
  if (dryRun) return facts.chromium;
  if (plan.steps.length > 0) console.log('准备浏览器 Installing what the browser tests need …');
  let triedPlaywright = false;
  for (const step of plan.steps) {
    triedPlaywright ||= step.kind === 'playwright';
    if (!runStep(step.argv)) break;
  }
  let chromium = findChromium();
  if (!chromium && !triedPlaywright) {
    runStep(['npx', 'playwright', 'install', 'chromium']);
    chromium = findChromium();
  }
  for (const w of plan.warnings) console.warn(w);
  if (!chromium) throw new Error(howToGetBrowser(facts.distro));
  return chromium;
}

/** Prints the one message and exits 1: a stack trace would bury what to run. */
function exitWith(e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}

/** Playwright globalSetup: the e2e suite gets its browser the same way. */
export default function globalSetup() {
  try {
    ensureBrowser();
  } catch (e) {
    exitWith(e);
  }
}

function parseCli(argv) {
  const assume = {};
  let dryRun = false;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dry-run') dryRun = true;
    else if (argv[i] === '--verbose') verbose = true;
    else if (argv[i] === '--assume') {
      for (const pair of (argv[++i] ?? '').split(',')) {
        const [k, v] = pair.split('=');
        if (k && v) assume[k] = v;
      }
    } else throw new Error(`unknown argument ${argv[i]}`);
  }
  // Made-up facts must never drive a real apt-get: --assume always means a dry run.
  if (Object.keys(assume).length > 0) dryRun = true;
  return { dryRun, verbose, assume };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    ensureBrowser(parseCli(process.argv.slice(2)));
  } catch (e) {
    exitWith(e);
  }
}
