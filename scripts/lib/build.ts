import { spawnSync } from 'node:child_process';
import { findChromium, HOW_TO_GET_CHROMIUM, type FoundChromium } from './chromium';

/** Runs a command with inherited output; exits the script with its status when it fails. */
export function run(cmd: string, args: string[], what: string): void {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n✗ ${what} failed (${cmd} ${args.join(' ')})`);
    process.exit(r.status ?? 1);
  }
}

export const buildExtension = (): void => run('npx', ['wxt', 'build'], 'building the extension');

/**
 * A usable Chromium, installing Playwright's when none is found; exits with instructions
 * when that fails too (offline machine, unsupported distribution …).
 */
export function ensureChromium(): FoundChromium {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH) {
    console.error(
      `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.\n${HOW_TO_GET_CHROMIUM}`,
    );
    process.exit(1);
  }
  console.log('No Chromium found; trying `npx playwright install chromium` …');
  const r = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  const again = r.status === 0 ? findChromium() : null;
  if (again) return again;
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
