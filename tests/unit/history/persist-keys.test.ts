import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openHistoryDb } from '../../../src/history/db';
import { ingest, pruneProcessed } from '../../../src/history/ingest';
import { emptyDirty, emptyLedger } from '../../../src/history/ledger';
import { loadLedger, saveDirty } from '../../../src/history/persist';
import { obs } from './helpers';

const IDS = ['__proto__', 'constructor', 'toString'];
const at = '2026-03-02T11:00:00+08:00';

describe('ids that are Object.prototype names survive IndexedDB', () => {
  it.each(IDS)(
    '%s: saved, reloaded as an own record, still a duplicate after reload',
    async (id) => {
      const db = await openHistoryDb({ name: `persist-keys-${Math.random()}` });
      const l = emptyLedger();
      const dirty = emptyDirty();
      expect(ingest(l, obs(at, { gmvFen: 700 }, { id }), dirty).duplicate).toBe(false);
      await saveDirty(db, l, dirty);

      // What IndexedDB holds, read directly.
      expect(await db.getAllKeys('processed')).toEqual([id]);

      const back = await loadLedger(db);
      expect(Object.keys(back.processed)).toEqual([id]);
      expect(Object.getOwnPropertyDescriptor(back.processed, id)?.value).toEqual({ id, at });
      // Nothing became the store object's prototype.
      expect(Object.getPrototypeOf(back.processed)).toBe(Object.prototype);
      // The reloaded ledger still knows the id: a resend is not applied twice.
      const again = ingest(back, obs(at, { gmvFen: 900 }, { id }), emptyDirty());
      expect(again.duplicate).toBe(true);
      expect(Object.values(back.sessions).map((s) => s.metrics.gmvFen?.value)).toEqual([700]);
      db.close();
    },
  );

  it('pruning such ids deletes them from IndexedDB (an absent key is not the inherited value)', async () => {
    const db = await openHistoryDb({ name: `persist-keys-${Math.random()}` });
    const l = emptyLedger();
    const dirty = emptyDirty();
    for (const id of IDS) ingest(l, obs(at, { gmvFen: 700 }, { id }), dirty);
    await saveDirty(db, l, dirty);
    expect((await db.getAllKeys('processed')).sort()).toEqual([...IDS].sort());

    const back = await loadLedger(db);
    const pruned = emptyDirty();
    // Long after the TTL, every id is forgotten.
    expect(pruneProcessed(back, new Date('2027-01-01T00:00:00+08:00'), pruned)).toBe(3);
    await saveDirty(db, back, pruned);
    expect(await db.getAllKeys('processed')).toEqual([]);
    expect(Object.keys((await loadLedger(db)).processed)).toEqual([]);
    db.close();
  });
});
