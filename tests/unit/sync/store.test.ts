import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openTeamStore, TEAM_DB_NAME } from '../../../src/sync/store';
import type { TeamDoc } from '../../../src/sync/types';
import { accountDoc, monthDoc } from './replicator-fixtures';

const fresh = () => openTeamStore({ name: `store-${Math.random()}` });

describe('team store (IndexedDB livepace-team)', () => {
  it('the default database is livepace-team, never the history DB livepace', async () => {
    const s = await openTeamStore();
    expect(s.name).toBe('livepace-team');
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).toContain(TEAM_DB_NAME);
    expect(names).not.toContain('livepace');
    await s.clear();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(TEAM_DB_NAME);
  });

  it('putPulled stores docs, deletions, checkpoint and the machines list together', async () => {
    const s = await fresh();
    expect(await s.checkpoint()).toBeNull();
    const a = { ...accountDoc('m2', 'a'), _rev: '1-x' };
    const m = { ...monthDoc('m1', 'a', '2026-05'), _rev: '1-y' };
    await s.putPulled([a, m], { since: 2, serverKey: 'k1' });
    expect(await s.countDocs()).toBe(2);
    expect((await s.allDocs()).map((d) => [d._id, d._rev])).toEqual([
      [a._id, '1-x'],
      [m._id, '1-y'],
    ]);
    expect(await s.checkpoint()).toEqual({ since: 2, serverKey: 'k1' });
    expect((await s.machines()).map((x) => x.id)).toEqual(['m1', 'm2']);

    // A newer rev replaces, a deletion removes, the machine list is patched, not replaced.
    const a2 = { ...a, _rev: '2-x', live: true };
    await s.putPulled([a2, accountDoc('m0', 'b')], { since: '5-abc', serverKey: 'k1' }, [m._id]);
    expect((await s.allDocs()).map((d) => [d._id, d._rev ?? null])).toEqual([
      [accountDoc('m0', 'b')._id, null],
      [a._id, '2-x'],
    ]);
    expect((await s.allDocs()).find((d) => d._id === a._id)).toEqual(a2);
    expect(await s.checkpoint()).toEqual({ since: '5-abc', serverKey: 'k1' });
    expect((await s.machines()).map((x) => x.id)).toEqual(['m0', 'm1', 'm2']);
    await s.clear();
  });

  it('a batch that fails leaves neither its docs nor its checkpoint (resumable)', async () => {
    const s = await fresh();
    await s.putPulled([accountDoc('m1', 'a')], { since: 1, serverKey: 'k' });
    const broken = { ...accountDoc('m1', 'b'), _id: undefined } as unknown as TeamDoc;
    await expect(
      s.putPulled([accountDoc('m1', 'c'), broken], { since: 3, serverKey: 'k' }),
    ).rejects.toThrow();
    expect((await s.allDocs()).map((d) => d._id)).toEqual([accountDoc('m1', 'a')._id]);
    expect(await s.checkpoint()).toEqual({ since: 1, serverKey: 'k' });
    await s.clear();
  });

  it('pushed entries are patched per doc; resetServer clears them and restarts the pull', async () => {
    const s = await fresh();
    await s.setPushed([
      { id: 'a', rev: '1-a', hash: 'h1' },
      { id: 'b', rev: '1-b', hash: 'h2' },
    ]);
    await s.setPushed([{ id: 'b', rev: '2-b', hash: 'h3' }]);
    expect([...(await s.pushed()).values()]).toEqual([
      { id: 'a', rev: '1-a', hash: 'h1' },
      { id: 'b', rev: '2-b', hash: 'h3' },
    ]);
    await s.putPulled([accountDoc('m1', 'a')], { since: 9, serverKey: 'old' });
    await s.resetServer('new');
    expect((await s.pushed()).size).toBe(0);
    expect(await s.checkpoint()).toEqual({ since: 0, serverKey: 'new' });
    expect(await s.countDocs()).toBe(1); // pulled docs stay until newer ones arrive
    await s.clear();
  });

  it('times are patched field by field and survive a reopen', async () => {
    const name = `store-times-${Math.random()}`;
    const s = await openTeamStore({ name });
    expect(await s.times()).toEqual({ lastPushAt: null, lastPullAt: null });
    await s.setTimes({ lastPushAt: '2026-05-10T04:00:00.000Z' });
    await s.setTimes({ lastPullAt: '2026-05-10T04:01:00.000Z' });
    s.close();
    const again = await openTeamStore({ name });
    expect(await again.times()).toEqual({
      lastPushAt: '2026-05-10T04:00:00.000Z',
      lastPullAt: '2026-05-10T04:01:00.000Z',
    });
    await again.clear();
  });
});
