import 'fake-indexeddb/auto';
import type { Browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import { HistoryService } from '../../../src/background/service';
import { TransferSession } from '../../../src/background/transfer';
import { makeHistory } from '../../harness/history-data';
import { openHistoryDb } from '../../../src/history/db';
import { historyToLedger } from '../../../src/history/to-history';
import { loadLedger } from '../../../src/history/persist';
import { chunksOf } from '../../../src/history/transfer-protocol';
import { TransferClient } from '../../../src/ui/options/transfer-client';

const NOW = Date.parse('2026-03-01T12:00:00+08:00');
let n = 0;

async function service() {
  const db = await openHistoryDb({ name: `transfer-${(n += 1)}-${Math.random()}` });
  const svc = await HistoryService.start({
    db,
    now: () => NOW,
    evaluate: () => ({ now: '', packVersions: {}, accounts: [] }),
    onEvaluated: async () => undefined,
  });
  return { svc, db };
}

/** A Port pair in memory; every message goes through JSON, as a runtime message does. */
function connect(session: TransferSession) {
  const listeners: Array<(m: unknown) => void> = [];
  const sent: unknown[] = [];
  const port = {
    postMessage: (m: unknown) => {
      sent.push(m);
      void session.handle(JSON.parse(JSON.stringify(m))).then((r) => {
        for (const l of listeners) l(JSON.parse(JSON.stringify(r)));
      });
    },
    onMessage: { addListener: (l: (m: unknown) => void) => listeners.push(l) },
    onDisconnect: { addListener: () => undefined },
    disconnect: () => undefined,
  };
  return { port: port as unknown as Browser.runtime.Port, sent };
}

const CHUNK = 50_000;

describe('export and import in chunks over a Port', () => {
  it('round-trips a history larger than the chunk limit, never sending more than a chunk', async () => {
    const src = await service();
    src.svc.ledger = historyToLedger(makeHistory({ accounts: 2, days: 60, now: new Date(NOW) }));
    const out = new TransferClient(connect(new TransferSession(src.svc, CHUNK)).port, CHUNK);
    const seen: number[] = [];
    const file = await out.exportFile({ format: 'json' }, (done) => seen.push(done));
    const text = file.parts.join('');
    expect(text.length).toBeGreaterThan(4 * CHUNK);
    expect(file.parts.length).toBe(Math.ceil(text.length / CHUNK));
    expect(seen).toEqual(file.parts.map((_, i) => i + 1));
    expect(file.filename).toMatch(/^livepace-all-2026-03-01\.json$/);

    const dst = await service();
    const link = connect(new TransferSession(dst.svc, CHUNK));
    const into = new TransferClient(link.port, CHUNK);
    await into.upload(text);
    const uploads = link.sent.filter((m) => (m as { op: string }).op === 'upload');
    expect(uploads.length).toBe(file.parts.length);
    for (const u of uploads) expect((u as { text: string }).text.length).toBeLessThanOrEqual(CHUNK);
    const dry = await into.importUploaded(false);
    expect(dry).toMatchObject({ ok: true, unchanged: 0, changed: 0 });
    expect(Object.keys(dst.svc.ledger.sessions)).toHaveLength(0); // a dry run writes nothing
    const applied = await into.importUploaded(true);
    expect(applied.added).toBe(dry.added);
    // What the second profile exports (memory) and holds on disk equals the original.
    const back = await new TransferClient(
      connect(new TransferSession(dst.svc, CHUNK)).port,
      CHUNK,
    ).exportFile({ format: 'json' });
    expect(back.parts.join('')).toBe(text);
    expect(Object.keys((await loadLedger(dst.db)).sessions).sort()).toEqual(
      Object.keys(src.svc.ledger.sessions).sort(),
    );
  });

  it('changes nothing when a chunk is missing, out of order or damaged', async () => {
    const src = await service();
    src.svc.ledger = historyToLedger(makeHistory({ accounts: 1, days: 60, now: new Date(NOW) }));
    const text = (
      await new TransferClient(connect(new TransferSession(src.svc, CHUNK)).port, CHUNK).exportFile(
        { format: 'json' },
      )
    ).parts.join('');
    const parts = chunksOf(text, CHUNK);
    expect(parts.length).toBeGreaterThan(2);
    const dst = await service();
    const session = new TransferSession(dst.svc, CHUNK);
    const up = (index: number, t: string, total = parts.length) =>
      session.handle({ op: 'upload', id: index + 1, index, total, text: t });
    // Chunk 1 never arrives: the upload is refused at once and apply finds nothing to apply.
    expect(await up(0, parts[0]!)).toMatchObject({ op: 'uploaded', index: 0 });
    expect(await up(2, parts[2]!)).toMatchObject({ op: 'error' });
    expect(await session.handle({ op: 'apply', id: 9 })).toMatchObject({
      op: 'summary',
      summary: { ok: false, error: 'incomplete upload: 0/0 chunks' },
    });
    // Every chunk arrives but one is damaged: the file does not parse and nothing is written.
    for (const [i, p] of parts.entries()) await up(i, i === 1 ? p.slice(1) : p);
    const r = await session.handle({ op: 'apply', id: 10 });
    expect(r).toMatchObject({ op: 'summary', summary: { ok: false, added: 0 } });
    expect(Object.keys(dst.svc.ledger.sessions)).toHaveLength(0);
    expect(Object.keys((await loadLedger(dst.db)).sessions)).toHaveLength(0);
    // A request that is not one of the protocol's is refused by name.
    expect(await session.handle({ op: 'upload', id: 11, index: 0, total: 0, text: '' })).toEqual({
      id: 11,
      op: 'error',
      error: 'total: Too small: expected number to be >=1',
    });
  });

  it('never splits a surrogate pair between chunks', () => {
    const parts = chunksOf('ab😀cd', 3);
    expect(parts).toEqual(['ab', '😀c', 'd']);
    expect(parts.join('')).toBe('ab😀cd');
  });
});
