import { browser, type Browser } from 'wxt/browser';
import {
  chunksOf,
  CHUNK_CHARS,
  TRANSFER_PORT,
  type ImportCounts,
  type TransferReply,
  type TransferRequest,
} from '../../history/transfer-protocol';

/** Chunks done so far of how many; shown as a progress bar. */
export type Progress = (done: number, total: number) => void;

type Pending = Map<number, (r: TransferReply) => void>;

/** Distributes a request type over the union without losing the discriminant. */
type Sent = TransferRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, 'id'>
    : never
  : never;

/**
 * The options page's end of the transfer Port (src/background/transfer.ts): one request at a
 * time, each awaited by its id. The file never travels as one message, whatever its size.
 */
export class TransferClient {
  private seq = 0;
  private pending: Pending = new Map();
  private closed: string | null = null;

  constructor(
    private port: Browser.runtime.Port = browser.runtime.connect({ name: TRANSFER_PORT }),
    private chunkChars = CHUNK_CHARS,
  ) {
    port.onMessage.addListener((m: unknown) => {
      const r = m as TransferReply;
      this.pending.get(r.id)?.(r);
      this.pending.delete(r.id);
    });
    port.onDisconnect.addListener(() => {
      this.closed = 'transfer closed by the background';
      for (const done of this.pending.values()) done({ id: -1, op: 'error', error: this.closed });
      this.pending.clear();
    });
  }

  private request(msg: Sent): Promise<TransferReply> {
    if (this.closed) return Promise.reject(new Error(this.closed));
    const id = (this.seq += 1);
    return new Promise((resolve, reject) => {
      this.pending.set(id, (r) => (r.op === 'error' ? reject(new Error(r.error)) : resolve(r)));
      this.port.postMessage({ ...msg, id });
    });
  }

  /** The export as a file name, type and its text in parts (for a Blob; no giant string). */
  async exportFile(
    query: Extract<Sent, { op: 'export' }>['query'],
    progress?: Progress,
  ): Promise<{ filename: string; mime: string; parts: string[] }> {
    const meta = await this.request({ op: 'export', query });
    if (meta.op !== 'exportMeta') throw new Error(`unexpected ${meta.op}`);
    const parts: string[] = [];
    for (let i = 0; i < meta.chunks; i += 1) {
      const r = await this.request({ op: 'exportChunk', index: i });
      if (r.op !== 'chunk' || r.index !== i) throw new Error(`chunk ${i} missing`);
      parts.push(r.text);
      progress?.(i + 1, meta.chunks);
    }
    return { filename: meta.filename, mime: meta.mime, parts };
  }

  /** Sends a file's text in chunks; the background keeps it until dryRun / apply. */
  async upload(text: string, progress?: Progress): Promise<void> {
    const parts = chunksOf(text, this.chunkChars);
    for (const [index, part] of parts.entries()) {
      await this.request({ op: 'upload', index, total: parts.length, text: part });
      progress?.(index + 1, parts.length);
    }
  }

  async importUploaded(apply: boolean): Promise<ImportCounts> {
    const r = await this.request({ op: apply ? 'apply' : 'dryRun' });
    if (r.op !== 'summary') throw new Error(`unexpected ${r.op}`);
    return r.summary;
  }

  close(): void {
    this.port.disconnect();
  }
}

/** One export over its own Port (a worker restarted since the last one cannot break it). */
export async function exportVia(
  query: Extract<Sent, { op: 'export' }>['query'],
  progress?: Progress,
): Promise<{ filename: string; mime: string; parts: string[] }> {
  const c = new TransferClient();
  try {
    return await c.exportFile(query, progress);
  } finally {
    c.close();
  }
}

/** Uploads a file's text and previews (apply = false) or applies it, over its own Port. */
export async function importVia(
  text: string,
  apply: boolean,
  progress?: Progress,
): Promise<ImportCounts> {
  const c = new TransferClient();
  try {
    await c.upload(text, progress);
    return await c.importUploaded(apply);
  } finally {
    c.close();
  }
}
