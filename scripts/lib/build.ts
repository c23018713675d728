import { spawnSync } from 'node:child_process';
import { ensureBrowser } from '../ensure-browser.mjs';
import type { FoundChromium } from '../../tests/harness/chromium';

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
 * A usable Chromium (and a CJK font), installed by scripts/ensure-browser.mjs when missing;
 * exits with its one message when that is not possible (no root, offline, unknown system …).
 */
export function ensureChromium(): FoundChromium {
  try {
    const found = ensureBrowser();
    if (found) return found;
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
  }
  process.exit(1);
}
