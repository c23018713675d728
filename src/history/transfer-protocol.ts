import { z } from 'zod';
import { ExportQuerySchema } from '../messaging/schemas/requests';
import type { ImportSummary } from './import';

/**
 * Export and import of any size travel over a runtime Port in chunks: Chrome refuses a single
 * runtime message over 64 MiB, which a JSON export reaches at ~60 accounts × 2 years. The
 * options page asks, one request at a time; every request carries an `id` its reply repeats.
 */
export const TRANSFER_PORT = 'livepace:transfer';

/** Characters per chunk: ≤ 3 bytes each in UTF-8, so a chunk stays far below 64 MiB. */
export const CHUNK_CHARS = 8 * 1024 * 1024;
/** Upper bounds a hostile page cannot push the worker past (~2 GiB of text). */
const MAX_CHUNK_CHARS = 16 * 1024 * 1024;
const MAX_CHUNKS = 128;

const Id = z.number().int().nonnegative();

export const TransferRequestSchema = z.discriminatedUnion('op', [
  /** Renders the export and says how many chunks it has. */
  z.strictObject({ op: z.literal('export'), id: Id, query: ExportQuerySchema }),
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
    text: z.string().max(MAX_CHUNK_CHARS),
  }),
  /** Preview / apply the upload once every chunk arrived (nothing is written before apply). */
  z.strictObject({ op: z.literal('dryRun'), id: Id }),
  z.strictObject({ op: z.literal('apply'), id: Id }),
]);
export type TransferRequest = z.infer<typeof TransferRequestSchema>;

/** What a preview or an import reports (refused: ok false with the reason, counts 0). */
export type ImportCounts = ImportSummary & { ok: boolean; error?: string };

export type TransferReply =
  | { id: number; op: 'exportMeta'; filename: string; mime: string; chunks: number; size: number }
  | { id: number; op: 'chunk'; index: number; text: string }
  | { id: number; op: 'uploaded'; index: number; total: number }
  | { id: number; op: 'summary'; summary: ImportCounts }
  | { id: number; op: 'error'; error: string };

/**
 * Splits text into chunks of at most `size` UTF-16 units (never zero chunks), never between
 * the two halves of a surrogate pair: a lone half would not survive the message encoding.
 */
export function chunksOf(text: string, size = CHUNK_CHARS): string[] {
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
