import { browser, type Browser } from 'wxt/browser';
import { exportHistory } from '../history/export';
import { parseHistory, planImport } from '../history/import';
import type { Dirty, Ledger } from '../history/ledger';
import {
  chunksOf,
  CHUNK_CHARS,
  TRANSFER_PORT,
  TransferRequestSchema,
  type ImportCounts,
  type TransferReply,
} from '../history/transfer-protocol';
import { refusal } from '../messaging/authorise';

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
 * One options page's transfers (one per Port). Export: rendered once, then read chunk by
 * chunk. Import: chunks are collected in memory and nothing touches history until `apply`,
 * which parses the whole file and commits it in ONE transaction (service.applyImport): a
 * missing, repeated or out-of-order chunk, or a file that does not parse, changes nothing.
 */
export class TransferSession {
  private exported: string[] = [];
  private parts: string[] = [];
  private total = 0;

  constructor(
    private host: TransferHost,
    private chunkChars = CHUNK_CHARS,
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
        const f = exportHistory(this.host.ledger, m.query, this.host.now());
        this.exported = chunksOf(f.text, this.chunkChars);
        const { filename, mime } = f;
        const size = f.text.length;
        return { id, op: 'exportMeta', filename, mime, chunks: this.exported.length, size };
      }
      case 'exportChunk': {
        const text = this.exported[m.index];
        if (text === undefined) return { id, op: 'error', error: `no export chunk ${m.index}` };
        return { id, op: 'chunk', index: m.index, text };
      }
      case 'upload':
        return this.upload(id, m.index, m.total, m.text);
      case 'dryRun':
      case 'apply':
        return { id, op: 'summary', summary: await this.importUpload(m.op === 'apply') };
    }
  }

  private upload(id: number, index: number, total: number, text: string): TransferReply {
    if (index === 0) {
      this.parts = [];
      this.total = total;
    }
    if (index !== this.parts.length || total !== this.total || index >= total) {
      this.parts = [];
      this.total = 0;
      return { id, op: 'error', error: `chunk ${index}/${total} out of order: upload again` };
    }
    this.parts.push(text);
    return { id, op: 'uploaded', index, total };
  }

  private async importUpload(apply: boolean): Promise<ImportCounts> {
    if (this.total === 0 || this.parts.length !== this.total)
      return refused(`incomplete upload: ${this.parts.length}/${this.total} chunks`);
    const parsed = parseHistory(this.parts.join(''));
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

/** Serves transfers to the extension's own pages; any other sender's port is closed. */
export function listenTransfers(ready: Promise<TransferHost>, after?: () => void): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== TRANSFER_PORT) return;
    const sender = port.sender;
    if (!sender || sender.id !== browser.runtime.id || refusal('importApply', {}, sender)) {
      port.disconnect();
      return;
    }
    const session = ready.then((host) => new TransferSession(host));
    port.onMessage.addListener((msg: unknown) => {
      void session
        .then((s) => s.handle(msg))
        .then((reply) => {
          port.postMessage(reply);
          if (reply.op === 'summary' && (msg as { op?: unknown }).op === 'apply') after?.();
        })
        .catch((e: unknown) => {
          const error = e instanceof Error ? e.message : String(e);
          const id = (msg as { id?: unknown })?.id;
          port.postMessage({ id: typeof id === 'number' ? id : -1, op: 'error', error });
        });
    });
  });
}
