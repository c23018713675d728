import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { HistoryService } from '../../../src/background/service';
import { TransferSession } from '../../../src/background/transfer';
import { makeHistory } from '../../harness/history-data';
import { openHistoryDb } from '../../../src/history/db';
import { historyToLedger } from '../../../src/history/to-history';
import { loadLedger } from '../../../src/history/persist';
import { exportHistory } from '../../../src/history/export';
import {
  chunksOf,
  transferables,
  type TransferLink,
  type TransferReply,
  type TransferRequest,
} from '../../../src/history/transfer-protocol';
import { previewVia, TransferClient } from '../../../src/ui/options/transfer-client';

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

/**
 * A page's link to the worker in memory; every message is structured-cloned with its buffers
 * transferred, as ServiceWorker.postMessage / Client.postMessage do.
 */
function connect(to: TransferSession | (() => TransferSession)) {
  const session = { handle: (m: unknown) => (typeof to === 'function' ? to() : to).handle(m) };
  const listeners: Array<(r: TransferReply) => void> = [];
  const sent: TransferRequest[] = [];
  const link: TransferLink = {
    send: (m) => {
      const copy = structuredClone(m, { transfer: transferables(m as never) });
      sent.push(copy);
      void session.handle(copy).then((r) => {
        const back = structuredClone(r, { transfer: transferables(r as never) });
        for (const l of listeners) l(back);
      });
    },
    onReply: (f) => listeners.push(f),
    close: () => undefined,
  };
  return { link, sent };
}

const text = (parts: Blob[]): Promise<string> => new Blob(parts).text();

const CHUNK = 50_000; // characters down, bytes up

const enc = new TextEncoder();

describe('export and import in chunks posted to the worker', () => {
  it('round-trips a history larger than a chunk, the export streamed piece by piece', async () => {
    const src = await service();
    src.svc.ledger = historyToLedger(makeHistory({ accounts: 2, days: 60, now: new Date(NOW) }));
    const out = new TransferClient(connect(new TransferSession(src.svc, CHUNK)).link, CHUNK);
    const seen: Array<[number, number]> = [];
    const file = await out.exportFile({ format: 'json' }, (done, total) =>
      seen.push([done, total]),
    );
    const json = await text(file.parts);
    // Byte for byte the one-string export (docs/export-format.md), in pieces of ~CHUNK chars.
    expect(json).toBe(exportHistory(src.svc.ledger, { format: 'json' }, new Date(NOW)).text);
    expect(json.length).toBeGreaterThan(4 * CHUNK);
    // A piece closes at the first record past CHUNK characters (a record is < 1000 here).
    expect(file.parts.length).toBeGreaterThanOrEqual(Math.ceil(json.length / (CHUNK + 1000)));
    expect(file.parts.length).toBeLessThanOrEqual(Math.ceil(json.length / CHUNK) + 1);
    // Each chunk a Blob (handed to the page, not copied), of about CHUNK characters.
    for (const p of file.parts) {
      expect(p).toBeInstanceOf(Blob);
      expect(p.size).toBeLessThanOrEqual(CHUNK + 1000);
    }
    const h = JSON.parse(json) as { accounts: []; sessions: []; days: []; conflicts: [] };
    const records = h.accounts.length + h.sessions.length + h.days.length + h.conflicts.length;
    expect(seen.map(([, t]) => t)).toEqual(file.parts.map(() => records));
    expect(seen.map(([d]) => d)).toEqual([...seen.map(([d]) => d)].sort((x, y) => x - y));
    expect(seen.at(-1)).toEqual([records, records]);
    expect(file.filename).toMatch(/^livepace-all-2026-03-01\.json$/);

    const dst = await service();
    const link = connect(new TransferSession(dst.svc, CHUNK));
    const into = new TransferClient(link.link, CHUNK);
    // The first chunk ends inside 店 (3 bytes in UTF-8): the decoder carries it over. (Leading
    // blanks are valid JSON; they move 店 far enough that the file is not 128 tiny chunks.)
    const padded = ' '.repeat(CHUNK) + json;
    const cut = Buffer.from(padded).indexOf(Buffer.from('店')) + 1;
    const split = new TransferClient(connect(new TransferSession(dst.svc, CHUNK)).link, cut);
    await split.upload(new Blob([padded]));
    expect(await split.importUploaded(false)).toMatchObject({ ok: true, changed: 0 });
    await into.upload(new Blob([json]));
    const uploads = link.sent.filter((m) => m.op === 'upload');
    expect(uploads.length).toBe(Math.ceil(enc.encode(json).byteLength / CHUNK));
    // Each chunk a slice of the file, sent as a Blob (a handle, not a copy of its bytes).
    for (const u of uploads) {
      const b = u.op === 'upload' ? u.bytes : null;
      expect(b).toBeInstanceOf(Blob);
      expect(b instanceof Blob && b.size).toBeLessThanOrEqual(CHUNK);
    }
    const dry = await into.importUploaded(false);
    expect(dry).toMatchObject({ ok: true, unchanged: 0, changed: 0, added: records - 4 });
    expect(Object.keys(dst.svc.ledger.sessions)).toHaveLength(0); // a dry run writes nothing
    const applied = await into.importUploaded(true);
    expect(applied.added).toBe(dry.added);
    // What the second profile exports (memory) and holds on disk equals the original.
    const back = await new TransferClient(
      connect(new TransferSession(dst.svc, CHUNK)).link,
      CHUNK,
    ).exportFile({ format: 'json' });
    expect(await text(back.parts)).toBe(json);
    expect(Object.keys((await loadLedger(dst.db)).sessions).sort()).toEqual(
      Object.keys(src.svc.ledger.sessions).sort(),
    );
  });

  it('changes nothing when a chunk is missing, out of order or damaged', async () => {
    const src = await service();
    src.svc.ledger = historyToLedger(makeHistory({ accounts: 1, days: 60, now: new Date(NOW) }));
    const json = exportHistory(src.svc.ledger, { format: 'json' }, new Date(NOW)).text;
    const parts = chunksOf(json, CHUNK).map((p) => enc.encode(p));
    expect(parts.length).toBeGreaterThan(2);
    const dst = await service();
    const session = new TransferSession(dst.svc, CHUNK);
    const up = (index: number, bytes: Uint8Array, total = parts.length) =>
      session.handle({ op: 'upload', id: index + 1, index, total, bytes });
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
    const empty = new Uint8Array(0);
    expect(
      await session.handle({ op: 'upload', id: 11, index: 0, total: 0, bytes: empty }),
    ).toEqual({ id: 11, op: 'error', error: 'total: Too small: expected number to be >=1' });
    expect(await session.handle({ op: 'upload', id: 12, index: 0, total: 1, text: 'x' })).toEqual({
      id: 12,
      op: 'error',
      error: 'bytes: Invalid input',
    });
    // Export chunks come in order only.
    await session.handle({ op: 'export', id: 13, query: { format: 'json' } });
    expect(await session.handle({ op: 'exportChunk', id: 14, index: 1 })).toEqual({
      id: 14,
      op: 'error',
      error: 'no export chunk 1',
    });
  });

  it('never splits a surrogate pair between chunks', () => {
    const parts = chunksOf('ab😀cd', 3);
    expect(parts).toEqual(['ab', '😀c', 'd']);
    expect(parts.join('')).toBe('ab😀cd');
  });

  it('applies the previewed file without sending it again, unless the worker lost it', async () => {
    const h = makeHistory({ accounts: 1, days: 30, now: new Date(NOW) });
    const file = new Blob([JSON.stringify(h)]);
    const chunks = Math.ceil(file.size / CHUNK);
    expect(chunks).toBeGreaterThan(1);
    const dst = await service();
    let worker = new TransferSession(dst.svc, CHUNK);
    const link = connect(() => worker);
    const uploads = () => link.sent.filter((m) => m.op === 'upload').length;
    const first = await previewVia(file, undefined, new TransferClient(link.link, CHUNK));
    expect(first.summary).toMatchObject({ ok: true, added: h.sessions.length + h.days.length });
    expect(uploads()).toBe(chunks);
    expect(Object.keys(dst.svc.ledger.sessions)).toHaveLength(0);
    expect(await first.apply()).toMatchObject({ ok: true, added: first.summary.added });
    expect(uploads()).toBe(chunks); // applied from what the worker kept
    expect(Object.keys(dst.svc.ledger.sessions)).toHaveLength(h.sessions.length);

    // The worker restarted between preview and apply: the file goes up again, once.
    const other = makeHistory({ accounts: 1, days: 30, now: new Date(NOW), seed: 9 });
    const otherFile = new Blob([JSON.stringify(other)]);
    const again = await previewVia(otherFile, undefined, new TransferClient(link.link, CHUNK));
    worker = new TransferSession(dst.svc, CHUNK);
    const sentBefore = uploads();
    const r = await again.apply();
    expect(r.ok).toBe(true);
    expect(r.changed + r.added).toBeGreaterThan(0);
    expect(uploads() - sentBefore).toBe(Math.ceil(otherFile.size / CHUNK));
  });
});
