import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { makeHistory } from '../../harness/history-data';
import { openHistoryDb } from '../../../src/history/db';
import { exportHistory } from '../../../src/history/export';
import { parseHistory, planImport } from '../../../src/history/import';
import { loadLedger } from '../../../src/history/persist';
import type { Evaluation } from '../../../src/rules/result';
import { HistoryService } from '../../../src/background/service';
import { obs } from '../history/helpers';

const now = new Date('2026-02-01T12:00:00+08:00');
const evalStub = (): Evaluation => ({ now: '', packVersions: {}, accounts: [] });

async function make() {
  const db = await openHistoryDb({ name: `svc-imp-${Math.random()}` });
  const svc = await HistoryService.start({
    db,
    now: () => now.getTime(),
    evaluate: evalStub,
    onEvaluated: vi.fn(async () => undefined),
  });
  return { svc, db };
}

const fileOf = (seed: number) => {
  const p = parseHistory(JSON.stringify(makeHistory({ accounts: 1, days: 30, now, seed })));
  if (!p.ok) throw new Error(p.error);
  return p.value;
};

describe('applyImport', () => {
  it('leaves memory equal to disk without re-reading, and writes only changed rows', async () => {
    const { svc, db } = await make();
    const first = await svc.applyImport((cur) => {
      const p = planImport(cur, fileOf(1));
      return { next: p.next, written: p.written, result: p.written };
    });
    expect(first.sessions.size).toBeGreaterThan(20);
    const exportOf = (l: Parameters<typeof exportHistory>[0]) =>
      exportHistory(l, { format: 'json' }, now).text;
    expect(exportOf(svc.ledger)).toBe(exportOf(await loadLedger(db)));
    // The same file again: nothing differs, so nothing is written.
    const again = await svc.applyImport((cur) => {
      const p = planImport(cur, fileOf(1));
      return { next: p.next, written: p.written, result: p.written };
    });
    expect(Object.values(again).reduce((n, s) => n + s.size, 0)).toBe(0);
    // Another file merges on top; memory still equals disk.
    await svc.applyImport((cur) => {
      const p = planImport(cur, fileOf(2));
      return { next: p.next, written: p.written, result: p.summary };
    });
    expect(exportOf(svc.ledger)).toBe(exportOf(await loadLedger(db)));
    db.close();
  });

  it('refuses observations while an import runs (their tabs resend them)', async () => {
    const { svc, db } = await make();
    let during: Promise<string[]> | null = null;
    await svc.applyImport((cur) => {
      during = svc.observe([obs('2026-02-01T11:00:00+08:00', { gmvFen: 100 }, { id: 'o1' })]);
      during.catch(() => undefined); // asserted below, after the import
      const p = planImport(cur, fileOf(3));
      return { next: p.next, written: p.written, result: null };
    });
    await expect(during!).rejects.toThrow(/import/);
    expect(Object.keys(svc.ledger.processed)).not.toContain('o1');
    // After the import, the resend is applied normally.
    const acked = svc.observe([obs('2026-02-01T11:00:00+08:00', { gmvFen: 100 }, { id: 'o1' })]);
    await svc.flush();
    await expect(acked).resolves.toEqual(['o1']);
    db.close();
  });

  it('keeps memory and disk unchanged when the commit fails', async () => {
    const { svc, db } = await make();
    const before = exportHistory(svc.ledger, { format: 'json' }, now).text;
    await expect(
      svc.applyImport((cur) => {
        const p = planImport(cur, fileOf(4));
        // A session row without its key fields fails mid-transaction, after other puts.
        p.next.sessions = { ...p.next.sessions, bad: {} as never };
        p.written.sessions.add('bad');
        return { next: p.next, written: p.written, result: null };
      }),
    ).rejects.toThrow();
    expect(exportHistory(svc.ledger, { format: 'json' }, now).text).toBe(before);
    expect(exportHistory(await loadLedger(db), { format: 'json' }, now).text).toBe(before);
    db.close();
  });
});
