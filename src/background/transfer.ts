import { exportStream, type ExportStream } from '../history/export-stream';
import { parseHistory, planImport } from '../history/import';
import type { Dirty, Ledger } from '../history/ledger';
import {
  EXPORT_CHUNK_CHARS,
  INCOMPLETE_UPLOAD,
  isEnvelope,
  TRANSFER_CHANNEL,
  TransferRequestSchema,
  transferables,
  type ImportCounts,
  type TransferReply,
} from '../history/transfer-protocol';

/** The part of the history service a transfer needs (the real one, or a test's). */
export interface TransferHost {
  ledger: Ledger;
  now(): Date;
  applyImport<T>(plan: (cur: Ledger) => { next: Ledger; written: Dirty; result: T }): Promise<T>;
}

const refused = (error: string): ImportCounts => ({
  ok: false,
  error,
  added: 0,
  changed: 0,
  conflicting: 0,
  unchanged: 0,
});

/**
 * One page's transfer. Export: streamed, each chunk rendered when asked for (export-stream.ts),
 * so the worker never holds the whole file. Import: chunks are collected and nothing touches
 * history until `apply`, which parses the whole file and commits it in ONE transaction
 * (service.applyImport): a missing, repeated or out-of-order chunk, or a file that does not
 * parse, changes nothing.
 */
export class TransferSession {
  private exporting: { stream: ExportStream; next: number } | null = null;
  private parts: (Uint8Array<ArrayBuffer> | Blob)[] = [];
  private total = 0;

  constructor(
    private host: TransferHost,
    private chunkChars = EXPORT_CHUNK_CHARS,
  ) {}

  async handle(raw: unknown): Promise<TransferReply> {
    const id = typeof (raw as { id?: unknown })?.id === 'number' ? (raw as { id: number }).id : -1;
    const p = TransferRequestSchema.safeParse(raw);
    if (!p.success) {
      const i = p.error.issues[0];
      return { id, op: 'error', error: `${i?.path.join('.') || '(root)'}: ${i?.message ?? ''}` };
    }
    const m = p.data;
    switch (m.op) {
      case 'export': {
        const stream = exportStream(this.host.ledger, m.query, this.host.now(), this.chunkChars);
        this.exporting = { stream, next: 0 };
        const { filename, mime, total } = stream;
        return { id, op: 'exportMeta', filename, mime, total };
      }
      case 'exportChunk':
        return this.exportChunk(id, m.index);
      case 'upload':
        return this.upload(id, m.index, m.total, m.bytes);
      case 'dryRun':
      case 'apply':
        return { id, op: 'summary', summary: await this.importUpload(m.op === 'apply') };
    }
  }

  private exportChunk(id: number, index: number): TransferReply {
    const x = this.exporting;
    if (!x || index !== x.next) return { id, op: 'error', error: `no export chunk ${index}` };
    const r = x.stream.pieces.next();
    if (r.done) return { id, op: 'error', error: `no export chunk ${index}` };
    x.next += 1;
    const { text, done, last } = r.value;
    if (last) this.exporting = null;
    // A Blob goes to the page as a handle; bytes were copied on the way (~25 ms per MB here).
    return { id, op: 'chunk', index, blob: new Blob([text]), done, last };
  }

  private upload(
    id: number,
    index: number,
    total: number,
    bytes: Uint8Array<ArrayBuffer> | Blob,
  ): TransferReply {
    if (index === 0) {
      this.parts = [];
      this.total = total;
    }
    if (index !== this.parts.length || total !== this.total || index >= total) {
      this.parts = [];
      this.total = 0;
      return { id, op: 'error', error: `chunk ${index}/${total} out of order: upload again` };
    }
    this.parts.push(bytes);
    return { id, op: 'uploaded', index, total };
  }

  private async importUpload(apply: boolean): Promise<ImportCounts> {
    if (this.total === 0 || this.parts.length !== this.total)
      return refused(`${INCOMPLETE_UPLOAD}: ${this.parts.length}/${this.total} chunks`);
    // One UTF-8 decode of the joined chunks (a chunk may end inside a character), done by the
    // browser without copying the chunks into this worker first.
    const text = await new Blob(this.parts).text();
    const parsed = parseHistory(text);
    if (!parsed.ok) return refused(parsed.error);
    if (!apply) return { ok: true, ...planImport(this.host.ledger, parsed.value).summary };
    this.parts = [];
    this.total = 0;
    const summary = await this.host.applyImport((cur) => {
      const plan = planImport(cur, parsed.value);
      return { next: plan.next, written: plan.written, result: plan.summary };
    });
    return { ok: true, ...summary };
  }
}

/** The worker's side of a page's message (the few fields used; lib "webworker" is not loaded). */
interface PageMessage {
  data: unknown;
  source: { id: string; url: string; postMessage(m: unknown, t: Transferable[]): void } | null;
  waitUntil(p: Promise<unknown>): void;
}

/** Idle transfers are dropped after this (a page closed mid-transfer leaves its chunks). */
const IDLE_MS = 10 * 60_000;

/**
 * Serves transfers to the extension's own pages: a page posts to this worker
 * (navigator.serviceWorker), which only pages of the extension's origin can do; anything from
 * another origin is ignored. Each page's transfer (client id + its `sid`) has its own session.
 */
export function listenTransfers(ready: Promise<TransferHost>, after?: () => void): void {
  const scope = globalThis as unknown as {
    location: { origin: string };
    addEventListener(type: 'message', f: (e: PageMessage) => void): void;
  };
  const sessions = new Map<string, { s: Promise<TransferSession>; at: number }>();
  scope.addEventListener('message', (e) => {
    const m = e.data;
    const page = e.source;
    if (!isEnvelope(m) || !page || !page.url.startsWith(`${scope.location.origin}/`)) return;
    const now = Date.now();
    for (const [k, v] of sessions) if (now - v.at > IDLE_MS) sessions.delete(k);
    const key = `${page.id}\u001f${m.sid}`;
    let entry = sessions.get(key);
    if (!entry)
      sessions.set(key, (entry = { s: ready.then((h) => new TransferSession(h)), at: now }));
    entry.at = now;
    const { channel: _c, sid, ...request } = m;
    const reply = (r: TransferReply) =>
      page.postMessage({ ...r, channel: TRANSFER_CHANNEL, sid }, transferables(r as never));
    const done = entry.s
      .then((s) => s.handle(request))
      .then((r) => {
        reply(r);
        if (r.op === 'summary' && request.op === 'apply') {
          sessions.delete(key);
          after?.();
        }
      })
      .catch((err: unknown) => {
        const error = err instanceof Error ? err.message : String(err);
        const id = typeof request.id === 'number' ? request.id : -1;
        reply({ id, op: 'error', error });
      });
    e.waitUntil(done);
  });
}
