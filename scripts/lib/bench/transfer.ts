/// <reference types="chrome" />
import type { Page } from '@playwright/test';
import { CHUNK_BYTES, TRANSFER_CHANNEL } from '../../../src/history/transfer-protocol';

/**
 * Import and export as the options page does them since issue #16: posted to the extension's
 * service worker in chunks, each a Blob both ways (an import: slices of the file; an export: the
 * worker's pieces; src/background/transfer.ts),
 * one request at a time, never one runtime message. The client is re-implemented inline
 * because page.evaluate cannot import the extension's modules; it speaks the protocol of
 * src/history/transfer-protocol.ts. Timed inside the page.
 */
type Op = 'import' | 'export';

/**
 * Hands the file to the page once, as the file input does: a Blob of its UTF-8 bytes (not
 * timed: Playwright's copy of ~60 MB is slow).
 */
export async function stageText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    (window as unknown as { __lpFile?: Blob }).__lpFile = new Blob([t], {
      type: 'application/json',
    });
  }, text);
}

/** One import (upload + apply of the staged file) or JSON export; returns ms and chunks. */
export async function transferMs(page: Page, op: Op): Promise<{ ms: number; chunks: number }> {
  // tsx (esbuild keepNames) wraps the named arrows below in `__name(...)`, a helper the page
  // does not have: define it there as the identity first (a string is not transformed).
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(
    async ([what, channel, chunkBytes]) => {
      type Reply = { id: number; op: string; error?: string; last?: boolean } & {
        summary?: { ok: boolean; error?: string };
        blob?: Blob;
      };
      const sw = navigator.serviceWorker;
      const worker = sw.controller ?? (await sw.ready).active;
      if (!worker) throw new Error('no service worker');
      const sid = `bench-${Math.random()}`;
      const pending = new Map<number, (r: Reply) => void>();
      const listener = (e: MessageEvent) => {
        const m = e.data as Reply & { channel?: string; sid?: string };
        if (m?.channel !== channel || m.sid !== sid) return;
        pending.get(m.id)?.(m);
        pending.delete(m.id);
      };
      sw.addEventListener('message', listener);
      sw.startMessages();
      let seq = 0;
      const request = (msg: Record<string, unknown>, transfer: ArrayBuffer[] = []) =>
        new Promise<Reply>((ok, fail) => {
          const id = (seq += 1);
          pending.set(id, (r) => (r.op === 'error' ? fail(new Error(r.error)) : ok(r)));
          worker.postMessage({ ...msg, id, channel, sid }, transfer);
        });
      const t0 = performance.now();
      let chunks = 0;
      try {
        if (what === 'export') {
          await request({ op: 'export', query: { format: 'json' } });
          const parts: BlobPart[] = [];
          for (let last = false; !last; chunks += 1) {
            const r = await request({ op: 'exportChunk', index: chunks });
            if (!r.blob) throw new Error('chunk without its Blob');
            parts.push(r.blob);
            last = r.last === true;
          }
          // What the options page downloads.
          if (new Blob(parts).size === 0) throw new Error('empty export');
        } else {
          const file = (window as unknown as { __lpFile?: Blob }).__lpFile ?? new Blob([]);
          chunks = Math.max(1, Math.ceil(file.size / chunkBytes));
          for (let index = 0; index < chunks; index += 1) {
            const at = index * chunkBytes;
            // A slice of the file, as the options page sends it (a Blob: a handle, not a copy).
            const bytes = file.slice(at, at + chunkBytes);
            await request({ op: 'upload', index, total: chunks, bytes });
          }
          const r = await request({ op: 'apply' });
          if (!r.summary?.ok) throw new Error(`import refused: ${r.summary?.error ?? r.op}`);
        }
        return { ms: performance.now() - t0, chunks };
      } finally {
        sw.removeEventListener('message', listener);
      }
    },
    [op, TRANSFER_CHANNEL, CHUNK_BYTES] as const,
  );
}

/**
 * The baselines of the import and export rows, in the same page right after them: JSON.parse of
 * the staged file's text, and JSON.stringify of what it parses to. Any import must at least parse
 * the file, any export write one; their ratio puts the rows in units of this machine's speed.
 */
export async function jsonBaselineMs(page: Page): Promise<{ parse: number; stringify: number }> {
  return page.evaluate(async () => {
    const file = (window as unknown as { __lpFile?: Blob }).__lpFile;
    if (!file) throw new Error('no staged file');
    const text = await file.text();
    const t0 = performance.now();
    const value: unknown = JSON.parse(text);
    const t1 = performance.now();
    const out = JSON.stringify(value);
    const t2 = performance.now();
    if (out.length === 0) throw new Error('empty');
    return { parse: t1 - t0, stringify: t2 - t1 };
  });
}
