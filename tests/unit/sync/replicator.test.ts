import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTeamStore } from '../../../src/sync/store';
import { startCouchServer, type CouchServer } from '../../harness/couch-server';
import {
  accountDoc,
  bulkSizes,
  machineOn,
  monthDoc,
  serverDocs,
  storeDocs,
} from './replicator-fixtures';

let server: CouchServer;
let dbn = 0;
beforeAll(async () => {
  server = await startCouchServer();
}, 30_000);
afterAll(() => server?.stop());

async function freshDb(): Promise<string> {
  const name = `rep-${++dbn}`;
  await server.createDb(name);
  return name;
}
const ids = (m: Map<string, unknown>) => [...m.keys()].sort();

// Rounds against a real server on a shared 2-core machine: generous per-test time.
describe('replicator against pouchdb-server', { timeout: 60_000 }, () => {
  it('push then pull: a second replica gets every doc once, contents equal', async () => {
    const db = await freshDb();
    const a = await machineOn(server, db, 'ma', {
      docs: [
        accountDoc('ma', 's1', '京东一号店'),
        monthDoc('ma', 's1', '2026-05'),
        accountDoc('ma', 's2'),
      ],
    });
    const b = await machineOn(server, db, 'mb', { docs: [accountDoc('mb', 's3')] });
    const sa = await a.rep.round();
    expect([sa.state, sa.pending, sa.error]).toEqual(['idle', 0, null]);
    expect(a.rep.last.sent).toBe(3);
    const sb = await b.rep.round();
    expect(b.rep.last).toMatchObject({ sent: 1, received: 4, refused: 0 });
    await a.rep.round();
    expect(a.rep.last).toMatchObject({ sent: 0, received: 1 });

    const onServer = await serverDocs(server, db);
    expect(onServer.size).toBe(4);
    for (const m of [a, b]) {
      const held = await storeDocs(m.store);
      expect(ids(held)).toEqual(ids(onServer));
      expect(held).toEqual(onServer);
      expect(await m.store.countDocs()).toBe(4);
    }
    expect(onServer.get(accountDoc('ma', 's1')._id)).toEqual(accountDoc('ma', 's1', '京东一号店'));
    const st = a.rep.status();
    expect([st.docs, st.machines.map((x) => x.id), st.lastPushAt, st.lastPullAt]).toEqual([
      4,
      ['ma', 'mb'],
      '2026-05-10T04:00:02.000Z',
      '2026-05-10T04:00:04.000Z', // round 2 pushed nothing: lastPushAt stays
    ]);
    expect(sb.docs).toBe(4);
  });

  it('unchanged docs are not re-pushed; a changed one alone is; updatedAt alone is no change', async () => {
    const db = await freshDb();
    const a = await machineOn(server, db, 'ma', {
      docs: ['s1', 's2', 's3'].map((s) => accountDoc('ma', s)),
    });
    await a.rep.round();
    expect(bulkSizes(a.log)).toEqual([3]);
    a.rep.markDirty(['*']);
    await a.rep.round();
    expect(bulkSizes(a.log)).toEqual([3]);
    a.write({ ...accountDoc('ma', 's2'), updatedAt: '2026-05-10T13:00:00+08:00' });
    await a.rep.round();
    expect(bulkSizes(a.log)).toEqual([3]);
    a.write({ ...accountDoc('ma', 's2'), live: true });
    const st = await a.rep.round();
    expect(bulkSizes(a.log)).toEqual([3, 1]);
    const sent = a.log.filter((r) => r.path.endsWith('/_bulk_docs'))[1]!.body as {
      docs: { _id: string; _rev?: string; live: boolean }[];
    };
    expect(sent.docs.map((d) => [d._id, d._rev?.slice(0, 2), d.live])).toEqual([
      [accountDoc('ma', 's2')._id, '1-', true],
    ]);
    expect([st.state, st.pending]).toEqual(['idle', 0]);
    expect((await serverDocs(server, db)).get(accountDoc('ma', 's2')._id)).toMatchObject({
      live: true,
    });
  });

  it('batches: 501 docs go in _bulk_docs of 200 and come back in _changes of 500', async () => {
    const db = await freshDb();
    const docs = Array.from({ length: 501 }, (_, i) =>
      accountDoc('ma', `s${String(i).padStart(4, '0')}`),
    );
    const a = await machineOn(server, db, 'ma', { docs });
    const b = await machineOn(server, db, 'mb');
    await a.rep.round();
    expect(bulkSizes(a.log)).toEqual([200, 200, 101]);
    await b.rep.round();
    const changes = b.log.filter((r) => r.path.endsWith('/_changes'));
    expect(changes.map((r) => r.query.get('limit'))).toEqual(['500', '500']);
    expect(b.rep.last.received).toBe(501);
    expect(await b.store.countDocs()).toBe(501);
  });

  it('a stopped server: offline, no throw, pending counted; then everything lands', async () => {
    const db = await freshDb();
    const a = await machineOn(server, db, 'ma', { docs: [accountDoc('ma', 's1')] });
    await a.rep.round();
    await server.stop();
    a.write({ ...accountDoc('ma', 's1'), live: true });
    a.write(accountDoc('ma', 's2'));
    const off = await a.rep.round();
    expect([off.state, off.pending, off.error?.zh.startsWith('服务器没有响应')]).toEqual([
      'offline',
      2,
      true,
    ]);
    await server.restart({ recreate: true }); // an in-memory server comes back empty
    const back = await a.rep.round();
    expect([back.state, back.pending, back.error]).toEqual(['idle', 0, null]);
    const onServer = await serverDocs(server, db);
    expect(ids(onServer)).toEqual([accountDoc('ma', 's1')._id, accountDoc('ma', 's2')._id]);
    expect(onServer.get(accountDoc('ma', 's1')._id)).toMatchObject({ live: true });
  });

  it('the server restarted empty mid-way: afterwards both replicas and the server hold every doc once', async () => {
    const db = await freshDb();
    const a = await machineOn(server, db, 'ma', {
      docs: [accountDoc('ma', 's1'), monthDoc('ma', 's1', '2026-04')],
    });
    const b = await machineOn(server, db, 'mb', { docs: [accountDoc('mb', 's2')] });
    await a.rep.round();
    await b.rep.round();
    await server.restart({ recreate: true });
    a.write({ ...monthDoc('ma', 's1', '2026-04'), days: [], conflicts: [] });
    b.write(monthDoc('mb', 's2', '2026-05'));
    await a.rep.round();
    expect(a.rep.last.sent).toBe(2); // the server is new: every own doc is pushed again
    await b.rep.round();
    expect(b.rep.last.sent).toBe(2);
    await a.rep.round();
    const onServer = await serverDocs(server, db);
    expect(ids(onServer)).toEqual([
      accountDoc('ma', 's1')._id,
      accountDoc('mb', 's2')._id,
      monthDoc('ma', 's1', '2026-04')._id,
      monthDoc('mb', 's2', '2026-05')._id,
    ]);
    for (const m of [a, b]) expect(await storeDocs(m.store)).toEqual(onServer);
    expect((await a.couch.info()).doc_count).toBe(4);
  });

  it('a bad doc on the server is refused, counted and not stored; the others are', async () => {
    const db = await freshDb();
    const bad = { ...accountDoc('mx', 'evil'), _id: accountDoc('ma', 'evil')._id }; // id lies
    const good = accountDoc('mc', 's9');
    await server.request(`/${db}/_bulk_docs`, {
      method: 'POST',
      body: JSON.stringify({ docs: [bad, good, { _id: 'junk', kind: 'nope' }] }),
    });
    const a = await machineOn(server, db, 'ma');
    const st = await a.rep.round();
    expect(a.rep.last).toMatchObject({ received: 1, refused: 2 });
    expect(a.rep.last.refusedErrors[0]).toContain(bad._id);
    expect(a.rep.refused).toBe(2);
    expect(ids(await storeDocs(a.store))).toEqual([good._id]);
    expect([st.state, st.docs]).toEqual(['idle', 1]);
  });

  it('resumes from the checkpoint: a new replicator on the same store pulls only new changes', async () => {
    const db = await freshDb();
    const a = await machineOn(server, db, 'ma', {
      docs: ['s1', 's2', 's3'].map((s) => accountDoc('ma', s)),
    });
    await a.rep.round();
    const name = `resume-${Math.random()}`;
    const b = await machineOn(server, db, 'mb', { store: await openTeamStore({ name }) });
    await b.rep.round();
    expect(b.rep.last.received).toBe(3);
    b.store.close();
    a.write(accountDoc('ma', 's4'));
    a.write({ ...accountDoc('ma', 's1'), live: true });
    await a.rep.round();
    const b2 = await machineOn(server, db, 'mb', { store: await openTeamStore({ name }) });
    await b2.rep.round();
    expect(b2.rep.last.received).toBe(2);
    expect(b2.log.find((r) => r.path.endsWith('/_changes'))?.query.get('since')).not.toBe('0');
    expect(await b2.store.countDocs()).toBe(4);
    expect((await storeDocs(b2.store)).get(accountDoc('ma', 's1')._id)).toMatchObject({
      live: true,
    });
  });

  it('own docs already on the server (local state lost): conflicts, then the next round lands them', async () => {
    const db = await freshDb();
    const docs = [accountDoc('ma', 's1'), accountDoc('ma', 's2')];
    const first = await machineOn(server, db, 'ma', { docs });
    await first.rep.round();
    await first.store.clear();
    const a = await machineOn(server, db, 'ma', { docs: docs.map((d) => ({ ...d, live: true })) });
    const r1 = await a.rep.round();
    expect([r1.state, r1.pending, a.rep.last.sent]).toEqual(['idle', 2, 0]);
    const r2 = await a.rep.round();
    expect([r2.state, r2.pending, a.rep.last.sent]).toEqual(['idle', 0, 2]);
    const revs = (await a.store.allDocs()).map((d) => d._rev?.slice(0, 2));
    expect(revs).toEqual(['2-', '2-']);
    expect(bulkSizes(a.log)).toEqual([2, 2]);
  });

  it('a missing database is an error (not offline) with its name; forget(remote) deletes own docs', async () => {
    const a = await machineOn(server, 'no-such-db', 'ma', { docs: [accountDoc('ma', 's1')] });
    const st = await a.rep.round();
    expect([st.state, st.pending, st.error?.zh]).toEqual([
      'error',
      1,
      '服务器上没有数据库“no-such-db”',
    ]);

    const db = await freshDb();
    const b = await machineOn(server, db, 'mb', {
      docs: [accountDoc('mb', 's1'), monthDoc('mb', 's1', '2026-05')],
    });
    const c = await machineOn(server, db, 'mc', { docs: [accountDoc('mc', 's2')] });
    await b.rep.round();
    await c.rep.round();
    await b.rep.forget(true);
    expect(ids(await serverDocs(server, db))).toEqual([accountDoc('mc', 's2')._id]);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(b.store.name);
  });
});
