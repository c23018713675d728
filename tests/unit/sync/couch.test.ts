import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allDocsPages,
  couchClient,
  CouchFailure,
  type CouchOptions,
} from '../../../src/sync/couch';
import { startCouchServer, type CouchServer } from '../../harness/couch-server';
import { accountDoc, recordingFetch, type Recorded } from './replicator-fixtures';

const ADMIN = { username: 'admin', password: 's3cret' };
let server: CouchServer;
let dbn = 0;

beforeAll(async () => {
  server = await startCouchServer({ admin: ADMIN });
}, 30_000);
afterAll(() => server?.stop());

async function freshDb(o: { members?: boolean } = {}): Promise<string> {
  const name = `couch-${++dbn}`;
  await server.createDb(name, o);
  return name;
}
const client = (db: string, o: Partial<CouchOptions> = {}) =>
  couchClient({ url: server.url, db, ...ADMIN, fetch, ...o });

async function failureOf(p: Promise<unknown>): Promise<CouchFailure> {
  try {
    await p;
  } catch (e) {
    if (e instanceof CouchFailure) return e;
    throw e;
  }
  throw new Error('expected a CouchFailure');
}

describe('CouchDB client against pouchdb-server', () => {
  it('bulk_docs writes, rev reads the current rev, a second write without rev is a conflict', async () => {
    const c = client(await freshDb());
    const docs = [accountDoc('m1', 'a'), accountDoc('m1', 'b')];
    const res = await c.bulkDocs(docs);
    expect(res.map((r) => [r.id, r.rev?.slice(0, 2), r.error])).toEqual([
      [docs[0]!._id, '1-', undefined],
      [docs[1]!._id, '1-', undefined],
    ]);
    expect(await c.rev(docs[0]!._id)).toBe(res[0]!.rev);
    expect(await c.rev('lp.a|nobody|jd|x')).toBeNull();
    const again = await c.bulkDocs([docs[0]!]);
    expect(again[0]!.error).toBe('conflict');
    const ok = await c.bulkDocs([{ ...docs[0]!, _rev: res[0]!.rev }]);
    expect(ok[0]!.rev?.slice(0, 2)).toBe('2-');
    expect((await c.info()).doc_count).toBe(2);
  });

  it('changes pages with since/limit and include_docs; all_docs pages by prefix', async () => {
    const c = client(await freshDb());
    const docs = ['a', 'b', 'c', 'd', 'e'].map((a) => accountDoc('m1', a));
    await c.bulkDocs([...docs, accountDoc('m2', 'z')]);
    const first = await c.changes(0, 4);
    expect(first.results).toHaveLength(4);
    expect(first.results[0]!.doc).toMatchObject({ _id: docs[0]!._id, kind: 'account' });
    const rest = await c.changes(first.last_seq, 4);
    expect(rest.results.map((r) => r.id)).toEqual([docs[4]!._id, accountDoc('m2', 'z')._id]);
    expect((await c.changes(rest.last_seq, 4)).results).toEqual([]);

    const pages: string[][] = [];
    for await (const rows of allDocsPages(c, 'lp.a|m1|', 2)) pages.push(rows.map((r) => r.id));
    expect(pages).toEqual([
      [docs[0]!._id, docs[1]!._id],
      [docs[2]!._id, docs[3]!._id],
      [docs[4]!._id],
    ]);
    const all = await c.allDocs({ limit: 10 });
    expect(all.rows.map((r) => r.id)).toHaveLength(6);
    expect(all.rows[0]!.rev.slice(0, 2)).toBe('1-');
    expect(all.next).toBeNull();
  });

  it('_local docs: missing → null; put, read back (same id), overwrite with their rev', async () => {
    const c = client(await freshDb());
    expect(await c.getLocal('livepace-m1')).toBeNull();
    const rev = await c.putLocal({ _id: 'livepace-m1', token: 't1' });
    expect(await c.getLocal('livepace-m1')).toEqual({ _id: 'livepace-m1', token: 't1', _rev: rev });
    await c.putLocal({ _id: 'livepace-m1', _rev: rev, token: 't2' });
    expect((await c.getLocal('livepace-m1'))?.token).toBe('t2');
    // _local docs are not documents: neither counted nor in the changes feed.
    expect((await c.info()).doc_count).toBe(0);
    expect((await c.changes(0, 10)).results).toEqual([]);
  });

  it('maps failures: missing db, auth (none / wrong password), server error', async () => {
    const missing = await failureOf(client('no-such-db').info());
    expect([missing.kind, missing.text.zh]).toEqual([
      'missing_db',
      '服务器上没有数据库“no-such-db”',
    ]);
    const db = await freshDb({ members: true });
    const anon = await failureOf(client(db, { username: '', password: '' }).info());
    expect([anon.kind, anon.status]).toEqual(['auth', 401]);
    expect(anon.text.zh).toContain('用户名或密码错误');
    const wrong = await failureOf(client(db, { password: 'nope' }).changes(0, 1));
    expect(wrong.kind).toBe('auth');
    expect((await client(db).info()).db_name).toBe(db);
    const boom: typeof fetch = () =>
      Promise.resolve(new Response('{"error":"internal","reason":"boom"}', { status: 500 }));
    const bad = await failureOf(client(db, { fetch: boom }).changes(0, 1));
    expect([bad.kind, bad.status, bad.text.en]).toEqual([
      'server',
      500,
      'Server error: HTTP 500 internal boom',
    ]);
  });

  it('offline: nothing listening, and a server that never answers (timeout)', async () => {
    const down = await failureOf(
      couchClient({ url: 'http://127.0.0.1:9', db: 'x', username: '', password: '', fetch }).info(),
    );
    expect(down.kind).toBe('offline');
    const hang: typeof fetch = (_u, init) =>
      new Promise((_ok, fail) =>
        init?.signal?.addEventListener('abort', () =>
          fail(Object.assign(new Error('aborted'), { name: 'AbortError' })),
        ),
      );
    const t0 = Date.now();
    const slow = await failureOf(client('x', { fetch: hang, timeoutMs: 200 }).info());
    expect(slow.kind).toBe('offline');
    expect(slow.text.en).toContain('timeout');
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('basic auth is UTF-8 (a Chinese user name), JSON body, ids URL-encoded', async () => {
    const log: Recorded[] = [];
    const headers: Record<string, string>[] = [];
    const spy: typeof fetch = (u, init) => {
      headers.push(init?.headers as Record<string, string>);
      return recordingFetch(log)(u, init);
    };
    const c = couchClient({
      url: server.url,
      db: 'x',
      username: '店长',
      password: '密码',
      fetch: spy,
    });
    await c.rev('lp.a|m1|jd|a b').catch(() => undefined);
    await c.bulkDocs([accountDoc('m1', 'a')]).catch(() => undefined);
    const expected = `Basic ${Buffer.from('店长:密码', 'utf8').toString('base64')}`;
    expect(headers.map((h) => h.authorization)).toEqual([expected, expected]);
    expect(log[0]!.path).toBe('/x/lp.a%7Cm1%7Cjd%7Ca%20b');
    expect(headers[1]!['content-type']).toBe('application/json');
    expect(log[1]!.body).toEqual({ docs: [accountDoc('m1', 'a')] });
  });
});
