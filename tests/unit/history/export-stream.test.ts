import { describe, expect, it } from 'vitest';
import { makeHistory } from '../../harness/history-data';
import { exportHistory } from '../../../src/history/export';
import { exportStream, type Piece } from '../../../src/history/export-stream';
import { historyToLedger } from '../../../src/history/to-history';
import type { History } from '../../../src/history/model';

const now = new Date('2026-02-01T12:00:00+08:00');

function drain(it: Iterator<Piece>): Piece[] {
  const out: Piece[] = [];
  for (let r = it.next(); !r.done; r = it.next()) out.push(r.value);
  return out;
}

/** Two sellers (four accounts, Chinese names), a manual value in conflict, settings. */
function ledger() {
  const h: History = makeHistory({ accounts: 2, days: 40, now, seed: 5 });
  const d = h.days[3]!;
  h.conflicts.push({
    platform: d.platform,
    accountId: d.accountId,
    kind: 'day',
    key: d.day,
    metric: 'gmvFen',
    manual: { value: 5, source: 'manual', at: '2026-01-20T10:00:00+08:00' },
    scraped: { value: 7, source: 'network', at: '2026-01-20T10:00:00+08:00' },
  });
  return historyToLedger(h);
}

describe('streamed export', () => {
  it('is byte for byte the one-string export, whole, per account and per range', () => {
    const l = ledger();
    const acc = Object.values(l.accounts)[1]!;
    for (const q of [
      { format: 'json' as const },
      { format: 'json' as const, account: acc },
      { format: 'json' as const, account: acc, from: '2026-01-10', to: '2026-01-20' },
      { format: 'json' as const, from: '2026-01-25' },
    ]) {
      const one = exportHistory(l, q, now);
      const s = exportStream(l, q, now, 4096);
      const pieces = drain(s.pieces);
      expect(pieces.map((p) => p.text).join('')).toBe(one.text);
      expect(s.filename).toBe(one.filename);
      expect(pieces.filter((p) => p.last)).toEqual([pieces.at(-1)]);
      const h = JSON.parse(one.text) as History;
      const records = h.accounts.length + h.sessions.length + h.days.length + h.conflicts.length;
      expect([s.total, pieces.at(-1)!.done]).toEqual([records, records]);
    }
    const whole = JSON.parse(exportHistory(l, { format: 'json' }, now).text) as History;
    expect(whole.conflicts).toHaveLength(1);
    expect(whole.accounts[0]!.displayName).toMatch(/^店铺/);
  });

  it('renders one piece at a time, each closing at the first record past the size', () => {
    const s = exportStream(ledger(), { format: 'json' }, now, 10_000);
    const first = s.pieces.next();
    expect(first.done).toBe(false);
    const p = first.value as Piece;
    expect(p.last).toBe(false);
    expect(p.text.length).toBeGreaterThanOrEqual(10_000);
    expect(p.text.length).toBeLessThan(11_000);
    expect(p.text.startsWith('{"format":"livepace-history","version":2,"exportedAt":')).toBe(true);
  });

  it('cuts a CSV export into pieces of the size, counted in characters', () => {
    const l = ledger();
    const one = exportHistory(l, { format: 'csv' }, now);
    const s = exportStream(l, { format: 'csv' }, now, 1000);
    const pieces = drain(s.pieces);
    expect(pieces.map((p) => p.text).join('')).toBe(one.text);
    expect(s.mime).toBe('text/csv;charset=utf-8');
    expect(pieces.at(-1)).toMatchObject({ done: one.text.length, last: true });
    expect(pieces.length).toBe(Math.ceil(one.text.length / 1000));
  });
});
