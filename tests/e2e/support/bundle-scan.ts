import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(m?js|html)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

/**
 * Places where code would load or talk to a remote URL: script imports, workers, fetches,
 * sockets, beacons, script/link tags. Plain URL strings (library error messages pointing at
 * docs, XML namespaces) are inert and deliberately not matched; the network guard in the e2e
 * fixture catches anything that actually goes out at run time.
 */
const REMOTE_SINKS = [
  /\b(?:importScripts|import|fetch|Worker|SharedWorker|WebSocket|EventSource|sendBeacon)\s*\(\s*["'`](?:https?|wss?):\/\//g,
  /\bfrom\s*["'`](?:https?:)?\/\//g,
  /<(?:script|link|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//gi,
  /\.src\s*=\s*["'`](?:https?:)?\/\//g,
];

/** Every remote-code or remote-request sink found in the given files, as "match in file". */
export function remoteSinksIn(files: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const re of REMOTE_SINKS) {
      for (const m of text.matchAll(re)) found.push(`${m[0]} in ${file}`);
    }
  }
  return found.sort();
}
