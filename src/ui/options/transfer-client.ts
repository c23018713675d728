import {
  CHUNK_BYTES,
  INCOMPLETE_UPLOAD,
  isEnvelope,
  TRANSFER_CHANNEL,
  transferables,
  type ImportCounts,
  type TransferLink,
  type TransferReply,
  type TransferRequest,
} from '../../history/transfer-protocol';

/** Units done so far of how many (chunks up, records down); shown as a progress bar. */
export type Progress = (done: number, total: number) => void;

/** Distributes a request type over the union without losing the discriminant. */
type Sent = TransferRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, 'id'>
    : never
  : never;
type Query = Extract<Sent, { op: 'export' }>['query'];

/** The longest a request may take: applying 120 accounts × 2 years on a slow laptop included. */
const ANSWER_MS = 5 * 60_000;

/**
 * The page's link to the worker: messages posted to the extension's service worker itself,
 * buffers transferred (src/history/transfer-protocol.ts), replies picked out by this link's id.
 */
export function workerLink(): TransferLink {
  const sw = navigator.serviceWorker;
  const sid = crypto.randomUUID();
  const worker = sw.controller
    ? Promise.resolve(sw.controller)
    : sw.ready.then((r) => r.active ?? Promise.reject(new Error('no background worker')));
  let listener: ((e: MessageEvent) => void) | null = null;
  return {
    send: (msg) => {
      const m = { ...msg, channel: TRANSFER_CHANNEL, sid };
      void worker.then((w) => w.postMessage(m, transferables(msg as never)));
    },
    onReply: (f) => {
      listener = (e: MessageEvent) => {
        const d: unknown = e.data;
        if (isEnvelope(d) && d.sid === sid) f(d as unknown as TransferReply);
      };
      sw.addEventListener('message', listener);
      sw.startMessages();
    },
    close: () => {
      if (listener) sw.removeEventListener('message', listener);
    },
  };
}

/**
 * The options page's end of a transfer (src/background/transfer.ts): one request at a time,
 * each awaited by its id. The file never travels as one message, whatever its size.
 */
export class TransferClient {
  private seq = 0;
  private pending = new Map<number, (r: TransferReply) => void>();

  constructor(
    private link: TransferLink = workerLink(),
    private chunkBytes = CHUNK_BYTES,
  ) {
    link.onReply((r) => {
      this.pending.get(r.id)?.(r);
      this.pending.delete(r.id);
    });
  }

  private request(msg: Sent): Promise<TransferReply> {
    const id = (this.seq += 1);
    return new Promise((resolve, reject) => {
      // A worker stopped mid-request never answers: say so rather than wait for ever.
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error('后台无响应，请重试 / the background did not answer; try again'));
      }, ANSWER_MS);
      this.pending.set(id, (r) => {
        clearTimeout(timer);
        if (r.op === 'error') reject(new Error(r.error));
        else resolve(r);
      });
      this.link.send({ ...msg, id });
    });
  }

  /** The export as a file name, type and its UTF-8 bytes in parts (for a Blob). */
  async exportFile(
    query: Query,
    progress?: Progress,
  ): Promise<{ filename: string; mime: string; parts: Blob[] }> {
    const meta = await this.request({ op: 'export', query });
    if (meta.op !== 'exportMeta') throw new Error(`unexpected ${meta.op}`);
    const parts: Blob[] = [];
    for (let i = 0; ; i += 1) {
      const r = await this.request({ op: 'exportChunk', index: i });
      if (r.op !== 'chunk' || r.index !== i) throw new Error(`chunk ${i} missing`);
      parts.push(r.blob);
      progress?.(Math.min(r.done, meta.total), meta.total);
      if (r.last) break;
    }
    return { filename: meta.filename, mime: meta.mime, parts };
  }

  /**
   * Sends a file in chunks, each a slice of the Blob (passed to the worker as a handle, not
   * copied); the background keeps them until dryRun / apply.
   */
  async upload(file: Blob | string, progress?: Progress): Promise<void> {
    const blob = typeof file === 'string' ? new Blob([file]) : file;
    const total = Math.max(1, Math.ceil(blob.size / this.chunkBytes));
    for (let index = 0; index < total; index += 1) {
      const at = index * this.chunkBytes;
      await this.request({
        op: 'upload',
        index,
        total,
        bytes: blob.slice(at, at + this.chunkBytes),
      });
      progress?.(index + 1, total);
    }
  }

  async importUploaded(apply: boolean): Promise<ImportCounts> {
    const r = await this.request({ op: apply ? 'apply' : 'dryRun' });
    if (r.op !== 'summary') throw new Error(`unexpected ${r.op}`);
    return r.summary;
  }

  close(): void {
    this.link.close();
  }
}

/** One export over its own link. */
export async function exportVia(
  query: Query,
  progress?: Progress,
): Promise<{ filename: string; mime: string; parts: Blob[] }> {
  const c = new TransferClient();
  try {
    return await c.exportFile(query, progress);
  } finally {
    c.close();
  }
}

/** A file uploaded and previewed (dry run) over a link kept open for its apply. */
export interface Preview {
  summary: ImportCounts;
  /** Applies the file the worker holds; sends it again only if the worker lost it. */
  apply(progress?: Progress): Promise<ImportCounts>;
  close(): void;
}

/**
 * Preview, then apply without a second upload (a 110 MiB file went up twice before #16). The
 * worker keeps a page's chunks until they are applied or idle for 10 minutes; a stopped worker
 * keeps none, and then the file goes up again.
 */
export async function previewVia(
  file: Blob,
  progress?: Progress,
  c = new TransferClient(),
): Promise<Preview> {
  try {
    await c.upload(file, progress);
    const summary = await c.importUploaded(false);
    const apply = async (p?: Progress): Promise<ImportCounts> => {
      try {
        const r = await c.importUploaded(true);
        if (r.ok || !r.error?.startsWith(INCOMPLETE_UPLOAD)) return r;
        await c.upload(file, p);
        return await c.importUploaded(true);
      } finally {
        c.close();
      }
    };
    return { summary, apply, close: () => c.close() };
  } catch (e) {
    c.close();
    throw e;
  }
}
