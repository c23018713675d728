/**
 * A CouchDB-compatible test server: pouchdb-server in memory on 127.0.0.1, on a free port.
 * Used by the sync unit tests, the e2e team-sync specs and the bench. Plain Node, no vitest.
 *
 * - `restart()` keeps the port; an in-memory server comes back EMPTY (no databases, no users)
 *   unless `{ recreate: true }`, which makes the admin and the databases of `createDb` again.
 * - Admin user (optional): pouchdb-server implements CouchDB's `_config/admins` and per-db
 *   `_security` members, so `createDb(name, { members: true })` makes a database only the
 *   admin may read (401 without/with wrong credentials). Beware: once an admin exists, creating
 *   a database WITHOUT credentials crashes pouchdb-server 4.2.0; `createDb` always sends them.
 * - The server writes config.json and log.txt into its working directory: a temp directory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'node_modules/.bin/pouchdb-server');

export interface CouchAdmin {
  username: string;
  password: string;
}

export interface CouchServer {
  /** "http://127.0.0.1:<port>" (no trailing slash). */
  readonly url: string;
  readonly port: number;
  readonly admin: CouchAdmin | null;
  /** Creates a database (idempotent); `members` restricts it to the admin user. */
  createDb(name: string, opts?: { members?: boolean }): Promise<void>;
  /** Raw request to the server, with the admin's credentials if any. */
  request(path: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
  /** Stops and starts again on the same port (empty; `recreate` makes admin + dbs again). */
  restart(opts?: { recreate?: boolean }): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => ok(port));
    });
  });
}

const auth = (a: CouchAdmin | null): Record<string, string> =>
  a
    ? { authorization: `Basic ${Buffer.from(`${a.username}:${a.password}`).toString('base64')}` }
    : {};

/** Spawns the server and resolves once GET / answers; rejects with its output if it exits. */
async function launch(port: number, dir: string): Promise<ChildProcess> {
  const args = ['--in-memory', '--port', String(port), '--host', '127.0.0.1', '--no-stdout-logs'];
  const child = spawn(BIN, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`pouchdb-server exited (${child.exitCode}): ${out}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/`);
      if (r.ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`pouchdb-server did not answer on port ${port} within 20 s: ${out}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const t = setTimeout(() => child.kill('SIGKILL'), 3000);
  await gone;
  clearTimeout(t);
}

export async function startCouchServer(
  opts: { admin?: CouchAdmin; port?: number } = {},
): Promise<CouchServer> {
  const port = opts.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const admin = opts.admin ?? null;
  const dbs = new Map<string, { members?: boolean }>();
  let dir = mkdtempSync(join(tmpdir(), 'lp-couch-'));
  let child: ChildProcess | null = null;

  const request = (path: string, init: RequestInit = {}) =>
    fetch(url + path, {
      ...init,
      headers: { 'content-type': 'application/json', ...auth(admin), ...init.headers },
    });
  const must = async (path: string, init: RequestInit, okStatus: number[] = []) => {
    const r = await request(path, init);
    if (!r.ok && !okStatus.includes(r.status))
      throw new Error(`${init.method ?? 'GET'} ${path}: HTTP ${r.status} ${await r.text()}`);
  };
  const makeAdmin = async () => {
    if (!admin) return;
    const path = `/_config/admins/${encodeURIComponent(admin.username)}`;
    await fetch(url + path, { method: 'PUT', body: JSON.stringify(admin.password) });
  };
  const createDb = async (name: string, o: { members?: boolean } = {}) => {
    dbs.set(name, o);
    await must(`/${encodeURIComponent(name)}`, { method: 'PUT' }, [412]);
    if (!o.members || !admin) return;
    const none = { names: [], roles: [] };
    const security = { admins: none, members: { names: [admin.username], roles: [] } };
    await must(`/${encodeURIComponent(name)}/_security`, {
      method: 'PUT',
      body: JSON.stringify(security),
    });
  };
  const stop = async () => {
    if (child) await kill(child);
    child = null;
    rmSync(dir, { recursive: true, force: true });
  };

  child = await launch(port, dir);
  // A test run that dies without its afterAll must not leave the server behind.
  process.once('exit', () => child?.kill('SIGKILL'));
  await makeAdmin();
  return {
    url,
    port,
    admin,
    createDb,
    request,
    stop,
    async restart(o = {}) {
      await stop();
      dir = mkdtempSync(join(tmpdir(), 'lp-couch-'));
      child = await launch(port, dir);
      if (!o.recreate) return dbs.clear();
      await makeAdmin();
      for (const [name, d] of dbs) await createDb(name, d);
    },
  };
}
