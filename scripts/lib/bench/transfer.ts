/// <reference types="chrome" />
import type { Page } from '@playwright/test';
import { CHUNK_CHARS, TRANSFER_PORT } from '../../../src/history/transfer-protocol';

/**
 * Import and export as the options page does them since issue #16: over the transfer Port
 * (src/background/transfer.ts) in chunks, one request at a time, never one runtime message.
 * The client is re-implemented inline because page.evaluate cannot import the extension's
 * modules; it speaks the protocol of src/history/transfer-protocol.ts. Timed inside the page.
 */
type Op = 'import' | 'export';

/** Hands the file text to the page once (not timed: Playwright's copy of ~60 MB is slow). */
export async function stageText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    (window as unknown as { __lpText?: string }).__lpText = t;
  }, text);
}

/** One import (upload + apply of the staged text) or JSON export; returns ms and chunks. */
export async function transferMs(page: Page, op: Op): Promise<{ ms: number; chunks: number }> {
  // tsx (esbuild keepNames) wraps the named arrows below in `__name(...)`, a helper the page
  // does not have: define it there as the identity first (a string is not transformed).
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(
    async ([what, portName, chunkChars]) => {
      type Reply = { id: number; op: string; error?: string; chunks?: number } & {
        summary?: { ok: boolean; error?: string };
      };
      const port = chrome.runtime.connect({ name: portName });
      const pending = new Map<number, (r: Reply) => void>();
      port.onMessage.addListener((m: Reply) => {
        pending.get(m.id)?.(m);
        pending.delete(m.id);
      });
      let seq = 0;
      const request = (msg: Record<string, unknown>) =>
        new Promise<Reply>((ok, fail) => {
          const id = (seq += 1);
          pending.set(id, (r) => (r.op === 'error' ? fail(new Error(r.error)) : ok(r)));
          port.postMessage({ ...msg, id });
        });
      const t0 = performance.now();
      let chunks = 0;
      try {
        if (what === 'export') {
          const meta = await request({ op: 'export', query: { format: 'json' } });
          chunks = meta.chunks ?? 0;
          for (let i = 0; i < chunks; i += 1) await request({ op: 'exportChunk', index: i });
        } else {
          const text = (window as unknown as { __lpText?: string }).__lpText ?? '';
          const parts: string[] = [];
          for (let i = 0; i < text.length;) {
            let end = Math.min(text.length, i + chunkChars);
            const c = text.charCodeAt(end - 1);
            if (end < text.length && c >= 0xd800 && c <= 0xdbff) end -= 1; // keep pairs whole
            parts.push(text.slice(i, end));
            i = end;
          }
          chunks = parts.length;
          for (const [index, part] of parts.entries())
            await request({ op: 'upload', index, total: parts.length, text: part });
          const r = await request({ op: 'apply' });
          if (!r.summary?.ok) throw new Error(`import refused: ${r.summary?.error ?? r.op}`);
        }
        return { ms: performance.now() - t0, chunks };
      } finally {
        port.disconnect();
      }
    },
    [op, TRANSFER_PORT, CHUNK_CHARS] as const,
  );
}
