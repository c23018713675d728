/** Keys that could reach Object.prototype if the data were ever merged naively. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Path of the first hostile key, e.g. `sessions.3.metrics.__proto__`, or null. The walk keeps
 * one shared path stack (an import has ~10⁵ values; a fresh array per value cost more than
 * JSON.parse itself) and copies it only on a hit.
 */
export function findHostileKey(v: unknown, path: Array<string | number> = []): string | null {
  const stack = [...path];
  const walk = (x: unknown): boolean => {
    if (x === null || typeof x !== 'object') return false;
    if (Array.isArray(x)) {
      for (let i = 0; i < x.length; i += 1) {
        const item: unknown = x[i];
        if (item === null || typeof item !== 'object') continue;
        stack.push(i);
        if (walk(item)) return true;
        stack.pop();
      }
      return false;
    }
    const obj = x as Record<string, unknown>;
    for (const k in obj) {
      // JSON.parse output has only own, enumerable properties; for…in needs no key array.
      stack.push(k);
      if (HOSTILE_KEYS.has(k) || walk(obj[k])) return true;
      stack.pop();
    }
    return false;
  };
  return walk(v) ? stack.join('.') : null;
}

/**
 * JSON.parse that never throws and refuses prototype-pollution keys. (JSON.parse itself makes
 * "__proto__" an own property, so parsing is safe; refusing it keeps later merges safe too.)
 */
export function parseJsonSafely(text: string): ParseResult<unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { ok: false, error: `文件不完整或不是 JSON / file is truncated or not JSON: ${msg}` };
  }
  const hostile = findHostileKey(value);
  if (hostile) return { ok: false, error: `${hostile}: 不允许的键 / forbidden key` };
  return { ok: true, value };
}
