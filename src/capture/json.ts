/**
 * Defensive accessors for console JSON. The payloads are undocumented and change without
 * notice, so every field is read as `unknown` and checked; a missing or odd field yields
 * undefined (→ metric absent), never 0.
 */
export type Json = Record<string, unknown>;

export const isObj = (x: unknown): x is Json => !!x && typeof x === 'object' && !Array.isArray(x);

/** Follows a path of keys; undefined as soon as a step is not an object. */
export function at(x: unknown, ...path: string[]): unknown {
  let cur: unknown = x;
  for (const k of path) {
    if (!isObj(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
}

/** A finite, non-negative number; numeric strings ("12") are accepted, "" and "--" are not. */
export function num(x: unknown): number | undefined {
  const n =
    typeof x === 'number'
      ? x
      : typeof x === 'string' && /^\d+(\.\d+)?$/.test(x.trim())
        ? Number(x)
        : NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

export const str = (x: unknown): string | undefined =>
  typeof x === 'string' && x.trim() ? x.trim() : typeof x === 'number' ? String(x) : undefined;

export const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

/** Drops undefined entries so absent metrics stay absent. */
export function defined<K extends string>(
  o: Partial<Record<K, number | undefined>>,
): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const [k, v] of Object.entries(o) as [K, number | undefined][])
    if (v !== undefined) out[k] = v;
  return out;
}
