import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openHistoryDb } from '../../../src/history/db';
import { MIGRATIONS } from '../../../src/history/migrations';
import type { Session } from '../../../src/history/model';

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
    expect(MIGRATIONS).toHaveLength(2);
    expect(DB_VERSION).toBe(2);
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual([
      'accounts',
      'conflicts',
      'days',
      'health',
      'manual',
      'processed',
      'reports',
      'sessions',
      'settings',
      'tracks',
    ]);
    db.close();
  });

  it('v1 → v2: sessions and processed ids written under v1 survive and are indexed', async () => {
    const name = fresh();
    const v1 = await openHistoryDb({ name, upTo: 1 });
    await v1.put('sessions', session);
    await v1.put('processed', { id: 'tab:1', at: '2026-01-20T10:05:00+08:00' });
    await v1.put('accounts', { platform: 'jd', accountId: 'shop1', displayName: '小店' });
    expect(v1.transaction('sessions').store.indexNames.contains('byAccountStart')).toBe(false);
    v1.close();

    const v2 = await openHistoryDb({ name, upTo: 2 });
    expect(await v2.get('sessions', ['jd', 'shop1', 'L1'])).toEqual(session);
    const byStart = await v2.getAllFromIndex(
      'sessions',
      'byAccountStart',
      IDBKeyRange.bound(['jd', 'shop1', '2026-01-20'], ['jd', 'shop1', '2026-01-21']),
    );
    expect(byStart.map((s) => s.sessionId)).toEqual(['L1']);
    expect(await v2.getAllFromIndex('processed', 'byAt')).toHaveLength(1);
    expect((await v2.get('accounts', ['jd', 'shop1']))?.displayName).toBe('小店');
    v2.close();
  });
});
