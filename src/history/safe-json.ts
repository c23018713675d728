/** Keys that could reach Object.prototype if the data were ever merged naively. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Path of the first hostile key, e.g. `sessions.3.metrics.__proto__`, or null. */
export function findHostileKey(v: unknown, path: Array<string | number> = []): string | null {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i += 1) {
      const hit = findHostileKey(v[i], [...path, i]);
      if (hit) return hit;
    }
    return null;
  }
  if (v && typeof v === 'object') {
    for (const k of Object.keys(v)) {
      if (HOSTILE_KEYS.has(k)) return [...path, k].join('.');
      const hit = findHostileKey((v as Record<string, unknown>)[k], [...path, k]);
      if (hit) return hit;
    }
  }
  return null;
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
