import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from '@playwright/test';

/**
 * The part of tests/fixtures/consoles.ts the demo and bench rely on. Loaded dynamically so
 * these scripts can say clearly what is missing instead of failing to compile.
 */
export interface ConsoleSim {
  /** Starts moving the live figures; returns the function that stops the timer. */
  autoTick(ms: number): () => void;
  [platform: string]: unknown;
}

export interface ConsolesModule {
  CONSOLE_URLS: unknown;
  serveConsoles(context: BrowserContext, opts?: Record<string, unknown>): Promise<ConsoleSim>;
}

export const CONSOLES_MODULE = resolve('tests/fixtures/consoles.ts');

export type LoadResult = { ok: true; mod: ConsolesModule } | { ok: false; reason: string };

export async function loadConsoles(): Promise<LoadResult> {
  if (!existsSync(CONSOLES_MODULE)) {
    return {
      ok: false,
      reason: `simulated consoles not available yet: ${CONSOLES_MODULE} does not exist`,
    };
  }
  const mod: unknown = await import(pathToFileURL(CONSOLES_MODULE).href);
  const m = mod as Partial<ConsolesModule>;
  if (typeof m.serveConsoles !== 'function' || m.CONSOLE_URLS === undefined) {
    return {
      ok: false,
      reason: `${CONSOLES_MODULE} does not export serveConsoles and CONSOLE_URLS`,
    };
  }
  return { ok: true, mod: m as ConsolesModule };
}

/** CONSOLE_URLS as a flat list of [name, url], whether the module exports a map or a list. */
export function consoleUrlList(urls: unknown): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (value: unknown, name: string): void => {
    if (typeof value === 'string' && /^https:\/\//.test(value)) out.push([name, value]);
    else if (Array.isArray(value))
      value.forEach((v, i) => walk(v, `${name}${name ? '.' : ''}${i}`));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, name ? `${name}.${k}` : k);
    }
  };
  walk(urls, '');
  return out;
}
