import 'fake-indexeddb/auto';
import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openHistoryDb, type DB } from '../../../src/history/db';
import { MIGRATIONS } from '../../../src/history/migrations';
import { emptyDirty, STORE_NAMES, type Ledger } from '../../../src/history/ledger';
import type { Session } from '../../../src/history/model';
import { loadLedger, saveDirty } from '../../../src/history/persist';
import { historyToLedger } from '../../../src/history/to-history';
import { makeHistory } from '../../harness/history-data';

/** An older version's handle: its stores are not the latest typed schema. */
const old = (db: DB): IDBPDatabase => db as unknown as IDBPDatabase;

let n = 0;
const fresh = () => `mig-${(n += 1)}-${Math.random()}`;
const session: Session = {
  platform: 'jd',
  accountId: 'shop1',
  sessionId: 'L1',
  start: '2026-01-20T10:00:00+08:00',
  end: null,
  live: true,
  metrics: { gmvFen: { value: 100, source: 'network', at: '2026-01-20T10:05:00+08:00' } },
  flags: {},
  lastSeenAt: '2026-01-20T10:05:00+08:00',
};

describe('IndexedDB migrations', () => {
  it('has one step per version and opens at the latest', async () => {
    const db = await openHistoryDb({ name: fresh() });
    // Written out, not DB_VERSION against itself: adding a step must come with this test's
    // update and a test of that step below.
    expect(MIGRATIONS).toHaveLength(3);
    expect(DB_VERSION).toBe(3);
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual([
      'accounts',
      'buckets',
      'conflicts',
      'health',
      'manual',
      'processed',
      'settings',
    ]);
    db.close();
  });

  it('v1 → v2: sessions and processed ids written under v1 survive and are indexed', async () => {
    const name = fresh();
    const v1 = old(await openHistoryDb({ name, upTo: 1 }));
    await v1.put('sessions', session);
    await v1.put('processed', { id: 'tab:1', at: '2026-01-20T10:05:00+08:00' });
    await v1.put('accounts', { platform: 'jd', accountId: 'shop1', displayName: '小店' });
    expect(v1.transaction('sessions').store.indexNames.contains('byAccountStart')).toBe(false);
    v1.close();

    const v2 = old(await openHistoryDb({ name, upTo: 2 }));
    expect(await v2.get('sessions', ['jd', 'shop1', 'L1'])).toEqual(session);
    const byStart = await v2.getAllFromIndex(
      'sessions',
      'byAccountStart',
      IDBKeyRange.bound(['jd', 'shop1', '2026-01-20'], ['jd', 'shop1', '2026-01-21']),
    );
    expect(byStart.map((s) => (s as Session).sessionId)).toEqual(['L1']);
    expect(await v2.getAllFromIndex('processed', 'byAt')).toHaveLength(1);
    expect(await v2.get('accounts', ['jd', 'shop1'])).toMatchObject({ displayName: '小店' });
    v2.close();
  });

  it('v2 → v3: every record of a five-month v2 database is in the ledger after the upgrade', async () => {
    const name = fresh();
    const now = new Date('2026-02-01T12:00:00+08:00');
    const l = historyToLedger(makeHistory({ accounts: 2, days: 150, now, seed: 11 }));
    // An id that is an Object.prototype name survives the move as an own record.
    const odd = { ...session, accountId: 'shop1', sessionId: '__proto__' };
    Object.defineProperty(l.sessions, `jd\u001fshop1\u001f__proto__`, {
      value: odd,
      enumerable: true,
    });
    const v2 = old(await openHistoryDb({ name, upTo: 2 }));
    const tx = v2.transaction([...STORE_NAMES], 'readwrite');
    for (const store of STORE_NAMES) {
      const os = tx.objectStore(store);
      for (const [k, v] of Object.entries(l[store] as Record<string, unknown>)) {
        if (store === 'settings' || store === 'health') void os.put(v, k);
        else void os.put(v);
      }
    }
    await tx.done;
    const counts = Object.fromEntries(
      STORE_NAMES.map((s) => [s, Object.keys(l[s]).length]),
    ) as Record<(typeof STORE_NAMES)[number], number>;
    expect(counts.sessions).toBeGreaterThan(150);
    expect(counts.tracks).toBe(counts.sessions - 1); // the odd one has none
    expect(counts.days).toBeGreaterThan(250);
    v2.close();

    const v3 = await openHistoryDb({ name, upTo: 3 });
    const back: Ledger = await loadLedger(v3);
    for (const s of STORE_NAMES) expect(back[s], s).toEqual(l[s]);
    expect(
      Object.getOwnPropertyDescriptor(back.sessions, `jd\u001fshop1\u001f__proto__`)?.value,
    ).toEqual(odd);
    // Many records a row: a few hundred rows, not one per record.
    const rows = await v3.count('buckets');
    expect(rows).toBeLessThan((counts.sessions + counts.days) / 10);
    // Two accounts × four stores × at least five Beijing months.
    expect(rows).toBeGreaterThanOrEqual(2 * 4 * 5);
    v3.close();
  });

  it('v3: a live write after the upgrade rewrites one small bucket, and a delete reaches disk', async () => {
    const name = fresh();
    const db = await openHistoryDb({ name });
    const l = await loadLedger(db);
    const k = 'jd\u001fshop1\u001fL1';
    l.sessions[k] = session;
    const d = emptyDirty();
    d.sessions.add(k);
    await saveDirty(db, l, d);
    expect(await db.getAllKeys('buckets')).toEqual([['sessions', 'jd', 'shop1', '=L1']]);
    const again = await openHistoryDb({ name });
    expect((await loadLedger(again)).sessions[k]).toEqual(session);
    delete l.sessions[k];
    await saveDirty(db, l, d);
    expect(await db.count('buckets')).toBe(0);
    // A handle that never loaded finds the record's bucket on disk too.
    expect(Object.keys((await loadLedger(again)).sessions)).toEqual([]);
    db.close();
    again.close();
  });
});
