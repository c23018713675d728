import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeHistory } from '../../harness/history-data';
import { openHistoryDb } from '../../../src/history/db';
import { applyRetention } from '../../../src/history/housekeeping';
import { planImport } from '../../../src/history/import';
import { ingest } from '../../../src/history/ingest';
import { emptyDirty, emptyLedger, STORE_NAMES } from '../../../src/history/ledger';
import { loadLedger, saveDirty } from '../../../src/history/persist';
import { obs } from './helpers';

const now = new Date('2026-03-01T12:00:00+08:00');

describe('history stored many records a row', () => {
  it('an import through saveDirty packs by account × month; live writes and deletes stay exact', async () => {
    const db = await openHistoryDb({ name: `buckets-${Math.random()}` });
    const h = makeHistory({ accounts: 2, days: 90, now, seed: 3 });
    const plan = planImport(emptyLedger(), h);
    await saveDirty(db, plan.next, plan.written);
    const records = plan.written.sessions.size + plan.written.days.size;
    expect(records).toBeGreaterThan(300);
    const rows = await db.getAllKeys('buckets');
    // 4 accounts × 4 stores × 4 Beijing months (Dec–Mar) at most, not one row per record.
    expect(rows.length).toBeLessThanOrEqual(4 * 4 * 4);
    expect(rows.every((k) => /^\d{4}-\d{2}$/.test(k[3]))).toBe(true);
    const back = await loadLedger(db);
    for (const s of STORE_NAMES) expect(back[s], s).toEqual(plan.next[s]);

    // A live session after the import: its own small row, rewritten in place each minute.
    const acc = h.accounts[0]!;
    const live = { ...acc, sessionId: 'LIVE' };
    for (const [i, at] of ['2026-03-01T10:00:00+08:00', '2026-03-01T10:01:00+08:00'].entries()) {
      const d = emptyDirty();
      ingest(back, obs(at, { gmvFen: 100 * (i + 1) }, live), d);
      await saveDirty(db, back, d);
    }
    const own = await db.get('buckets', ['sessions', acc.platform, acc.accountId, '=LIVE']);
    expect([...own!.keys()]).toEqual(['LIVE']);
    const track = await db.get('buckets', ['tracks', acc.platform, acc.accountId, '=LIVE']);
    expect([...track!.keys()]).toEqual(['LIVE']);
    // Its day went into the account's March row of days, not a row of its own.
    const rowsNow = (await db.getAllKeys('buckets')).filter((k) => k[0] === 'days');
    expect(
      rowsNow.filter((k) => k[1] === acc.platform && k[2] === acc.accountId).map((k) => k[3]),
    ).toContain('2026-03');
    expect(rowsNow.every((k) => /^\d{4}-\d{2}$/.test(k[3]))).toBe(true);
    const again = await loadLedger(db);
    for (const s of STORE_NAMES) expect(again[s], s).toEqual(back[s]);

    // Retention deletes records out of their month rows; the rest of each row stays.
    const d = emptyDirty();
    expect(applyRetention(back, 30, now, d)).toBeGreaterThan(100);
    await saveDirty(db, back, d);
    const pruned = await loadLedger(db);
    for (const s of STORE_NAMES) expect(pruned[s], s).toEqual(back[s]);
    db.close();
  });
});

describe('an import put without reading its rows (saveDirty whole)', () => {
  /** Every bucket row of a database, keyed and in its stored order. */
  const dump = async (db: Awaited<ReturnType<typeof openHistoryDb>>) => {
    const keys = await db.getAllKeys('buckets');
    const rows = await db.getAll('buckets');
    return keys.map((k, i) => [k.join('|'), [...(rows[i] as Map<string, unknown>)]]);
  };

  it('writes the same rows as read-modify-write: records already in a bucket are kept', async () => {
    const [a, b] = await Promise.all(
      ['a', 'b'].map((n) => openHistoryDb({ name: `whole-${n}-${Math.random()}` })),
    );
    const first = planImport(emptyLedger(), makeHistory({ accounts: 2, days: 60, now, seed: 1 }));
    for (const db of [a!, b!]) await saveDirty(db, first.next, first.written);
    // A second file: other sessions in the same months (new records join existing rows), the
    // same days changed, and one record deleted by retention afterwards.
    const again = planImport(first.next, makeHistory({ accounts: 2, days: 60, now, seed: 2 }));
    expect(again.summary.added).toBeGreaterThan(0);
    expect(again.summary.changed).toBeGreaterThan(0);
    await saveDirty(a!, again.next, again.written, { whole: true });
    await saveDirty(b!, again.next, again.written);
    expect(await dump(a!)).toEqual(await dump(b!));
    const d = emptyDirty();
    expect(applyRetention(again.next, 20, now, d)).toBeGreaterThan(10);
    await saveDirty(a!, again.next, d, { whole: true });
    await saveDirty(b!, again.next, d);
    expect(await dump(a!)).toEqual(await dump(b!));
    const back = await loadLedger(a!);
    for (const s of STORE_NAMES) expect(back[s], s).toEqual(again.next[s]);
    a!.close();
    b!.close();
  });
});
