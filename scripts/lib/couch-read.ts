/**
 * `npm run progress -- --couch <url>/<db>`: where the team's CouchDB is, and every document of
 * it read through the extension's own client (src/sync/couch.ts: `_all_docs?include_docs=true`
 * in pages) and checked by the same validateDoc the worker applies to what it pulls.
 */
import { allDocsPages, couchClient } from '../../src/sync/couch';
import { validateDoc } from '../../src/sync/docs';
import { isDocError } from '../../src/sync/docs-check';
import type { TeamDoc } from '../../src/sync/types';

export interface CouchTarget {
  /** Server origin plus path prefix, no credentials, no trailing slash. */
  url: string;
  db: string;
  username: string;
  password: string;
}

export type Env = Partial<Record<'COUCH_USER' | 'COUCH_PASSWORD', string>>;

/**
 * "https://op:pw@couch.example.com/prefix/team-a" → server "https://couch.example.com/prefix",
 * database "team-a"; credentials from the URL, else from COUCH_USER / COUCH_PASSWORD.
 */
export function parseCouchTarget(arg: string, env: Env): CouchTarget | { error: string } {
  let u: URL;
  try {
    u = new URL(arg);
  } catch {
    return { error: `--couch: not a URL: ${arg} (expected <url>/<db>)` };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    return { error: `--couch: expected an http(s) URL, got ${u.protocol}` };
  if (u.search || u.hash) return { error: '--couch: no query or fragment (expected <url>/<db>)' };
  const parts = u.pathname.replace(/\/+$/, '').split('/');
  const db = decodeURIComponent(parts.pop() ?? '');
  if (!db)
    return { error: `--couch: no database in ${u.origin}${u.pathname} (expected <url>/<db>)` };
  const fromUrl = u.username !== '';
  return {
    url: `${u.origin}${parts.join('/')}`,
    db,
    username: fromUrl ? decodeURIComponent(u.username) : (env.COUCH_USER ?? ''),
    password: fromUrl ? decodeURIComponent(u.password) : (env.COUCH_PASSWORD ?? ''),
  };
}

export interface TeamDocs {
  docs: TeamDoc[];
  /** Documents validateDoc refused, each "id: path: problem"; never silently dropped. */
  invalid: string[];
}

/** Every LivePace document of the database (ids `lp.…`: design documents are not read). */
export async function readTeamDocs(
  t: CouchTarget,
  fetchFn: typeof fetch = fetch,
  pageSize = 500,
): Promise<TeamDocs> {
  const client = couchClient({ ...t, fetch: fetchFn, timeoutMs: 60_000 });
  const out: TeamDocs = { docs: [], invalid: [] };
  for await (const rows of allDocsPages(client, 'lp.', pageSize)) {
    for (const row of rows) {
      const r = validateDoc(row.doc);
      if (isDocError(r)) out.invalid.push(r.error);
      else out.docs.push(r);
    }
  }
  return out;
}
