import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONSOLE_HOST_PATTERNS, hostMatches } from '../../../scripts/lib/network-guard';

/**
 * Hosts that may appear as plain strings in a bundle without being fetched: XML namespaces
 * Preact uses to create SVG/MathML elements, and JSON Schema ids zod may embed.
 */
const INERT_HOSTS = ['www.w3.org', 'json-schema.org'];

export function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(m?js|html)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

/** Every http(s)/ws(s) URL in the given files whose host is neither a console nor inert. */
export function remoteUrlsIn(files: string[]): string[] {
  const found = new Set<string>();
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\b(?:https?|wss?):\/\/([^/"'`\s)\\]+)/g)) {
      const host = (m[1] ?? '').replace(/:\d+$/, '');
      const ok = [...CONSOLE_HOST_PATTERNS, ...INERT_HOSTS].some((p) => hostMatches(host, p));
      if (!ok) found.add(`${m[0]} in ${file}`);
    }
  }
  return [...found].sort();
}
