import { z } from 'zod';
import { ExportQuerySchema } from '../messaging/schemas/requests';
import type { ImportSummary } from './import';

/**
 * Export and import of any size travel between an extension page and the worker in chunks of
 * bytes, posted to the worker itself (ServiceWorker.postMessage, answered by Client.postMessage)
 * with each chunk's ArrayBuffer transferred, not copied: a runtime message or Port serialises
 * its payload to JSON (a 6 MB file cost ~1 s each way, issue #16) and Chrome refuses one over
 * 64 MiB. Only the extension's own pages share the worker's origin, so no web page or content
 * script can post here. The page asks, one request at a time; every request carries an `id`
 * its reply repeats, inside an envelope naming this channel and the page's transfer (`sid`).
 */
export const TRANSFER_CHANNEL = 'livepace:transfer';

/** Bytes per uploaded chunk. */
export const CHUNK_BYTES = 8 * 1024 * 1024;
/** Characters of JSON per exported chunk (before UTF-8 encoding: ≤ 3 bytes each). */
export const EXPORT_CHUNK_CHARS = 2 * 1024 * 1024;
/** How a refused import starts when the worker holds no complete upload (e.g. it restarted). */
export const INCOMPLETE_UPLOAD = 'incomplete upload';
/** Upper bounds a hostile page cannot push the worker past (~2 GiB). */
const MAX_CHUNK_BYTES = 16 * 1024 * 1024;
const MAX_CHUNKS = 128;

const Id = z.number().int().nonnegative();
/**
 * An uploaded chunk: a slice of the file as a Blob (what the options page sends: a Blob crosses
 * to the worker as a handle, while bytes posted to a service worker were copied at ~25 ms per
 * MB on this machine, 130 ms of a 6-account import; issue #16), or its bytes.
 */
const ChunkSchema = z.union([
  z
    .instanceof(Uint8Array)
    .refine((b) => b.byteLength <= MAX_CHUNK_BYTES, `at most ${MAX_CHUNK_BYTES} bytes a chunk`),
  z
    .instanceof(Blob)
    .refine((b) => b.size <= MAX_CHUNK_BYTES, `at most ${MAX_CHUNK_BYTES} bytes a chunk`),
]);

export const TransferRequestSchema = z.discriminatedUnion('op', [
  /** Starts an export; its chunks are rendered one by one as they are asked for. */
  z.strictObject({ op: z.literal('export'), id: Id, query: ExportQuerySchema }),
  /** The next chunk of the export (`index` counts from 0, in order). */
  z.strictObject({ op: z.literal('exportChunk'), id: Id, index: z.number().int().nonnegative() }),
  /** One piece of a file to import; `index` 0 starts a new upload. */
  z.strictObject({
    op: z.literal('upload'),
    id: Id,
    index: z
      .number()
      .int()
      .nonnegative()
      .max(MAX_CHUNKS - 1),
    total: z.number().int().min(1).max(MAX_CHUNKS),
    bytes: ChunkSchema,
  }),
  /** Preview / apply the upload once every chunk arrived (nothing is written before apply). */
  z.strictObject({ op: z.literal('dryRun'), id: Id }),
  z.strictObject({ op: z.literal('apply'), id: Id }),
]);
export type TransferRequest = z.infer<typeof TransferRequestSchema>;

/** What a preview or an import reports (refused: ok false with the reason, counts 0). */
export type ImportCounts = ImportSummary & { ok: boolean; error?: string };

export type TransferReply =
  /** `total`: records (JSON) or characters (CSV) the export holds, for the progress bar. */
  | { id: number; op: 'exportMeta'; filename: string; mime: string; total: number }
  /** `done`: records or characters rendered so far; `last`: no chunk follows. */
  | { id: number; op: 'chunk'; index: number; blob: Blob; done: number; last: boolean }
  | { id: number; op: 'uploaded'; index: number; total: number }
  | { id: number; op: 'summary'; summary: ImportCounts }
  | { id: number; op: 'error'; error: string };

/** What travels: a request or a reply inside the channel's envelope. */
export type Envelope<T> = T & { channel: typeof TRANSFER_CHANNEL; sid: string };

export const isEnvelope = (m: unknown): m is Envelope<Record<string, unknown>> =>
  typeof m === 'object' &&
  m !== null &&
  (m as { channel?: unknown }).channel === TRANSFER_CHANNEL &&
  typeof (m as { sid?: unknown }).sid === 'string';

/** The buffers a message hands over (transferred, not copied). */
export const transferables = (m: { bytes?: Uint8Array }): ArrayBuffer[] =>
  m.bytes && m.bytes.buffer instanceof ArrayBuffer ? [m.bytes.buffer] : [];

/** One page's link to the worker (src/ui/options/transfer-client.ts; tests use one in memory). */
export interface TransferLink {
  send(msg: TransferRequest): void;
  onReply(f: (r: TransferReply) => void): void;
  close(): void;
}

/**
 * Splits text into chunks of at most `size` UTF-16 units (never zero chunks), never between
 * the two halves of a surrogate pair: a lone half would not survive UTF-8 encoding.
 */
export function chunksOf(text: string, size: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(text.length, i + Math.max(2, size));
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    out.push(text.slice(i, end));
    i = end;
  }
  return out.length > 0 ? out : [''];
}
