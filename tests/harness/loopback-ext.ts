import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, assertBuilt } from './launch';

/**
 * A copy of the built extension whose manifest already lists the loopback origin in
 * host_permissions: the state after a seller accepted Chrome's prompt for a team server on
 * 127.0.0.1 (issue #12). Headless Chromium has no prompt UI to accept, so the team-sync e2e and
 * the bench load this copy; options then finds the origin granted (permissions.contains) and
 * skips the prompt. Everything else is the shipped build; the prompt path itself is unit-tested.
 */
export function extensionWithLoopbackGranted(from: string = EXTENSION_DIR): string {
  assertBuilt(from);
  const dir = mkdtempSync(join(tmpdir(), 'livepace-team-ext-'));
  cpSync(from, dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const m = JSON.parse(readFileSync(file, 'utf8')) as { host_permissions: string[] };
  m.host_permissions = [...m.host_permissions, 'http://127.0.0.1/*'];
  writeFileSync(file, JSON.stringify(m));
  return dir;
}
