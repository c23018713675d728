/** Keys that could reach Object.prototype if the data were ever merged naively. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Deepest nesting any export needs is 6; anything far deeper is refused, not walked. */
export const MAX_DEPTH = 64;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** A node to visit; the path is rebuilt from parents only on a hit (imports hold ~10⁵ values). */
interface Frame {
  value: object;
  key: string | number;
  parent: Frame | null;
  depth: number;
}

const pathOf = (f: Frame | null, last?: string): string => {
  const parts: Array<string | number> = last === undefined ? [] : [last];
  for (let x = f; x && x.parent; x = x.parent) parts.unshift(x.key);
  return parts.join('.');
};

/**
 * The first problem in a parsed JSON value: a hostile key (`sessions.3.metrics.__proto__:
 * forbidden key`) or nesting deeper than MAX_DEPTH, each with its path; or null. Iterative
 * (an explicit stack), so a 10,000-deep file cannot overflow the call stack.
 */
export function findHostileKey(v: unknown): string | null {
  return v !== null && typeof v === 'object' && !isPlain(v) ? firstProblem(v) : null;
}

/**
 * The common case, fast: true when no key is hostile and nothing nests deeper than MAX_DEPTH.
 * The same walk as firstProblem with no frame or path per node (a 2-year import holds ~10⁵
 * objects: the frames cost more than the check); on a hit firstProblem walks again for the path.
 */
function isPlain(v: object): boolean {
  const values: object[] = [v];
  const depths: number[] = [0];
  while (values.length > 0) {
    const o = values.pop()!;
    const d = depths.pop()!;
    if (d > MAX_DEPTH) return false;
    if (Array.isArray(o)) {
      for (const x of o as unknown[]) {
        if (x !== null && typeof x === 'object') {
          values.push(x);
          depths.push(d + 1);
        }
      }
      continue;
    }
    const obj = o as Record<string, unknown>;
    for (const k in obj) {
      if (HOSTILE_KEYS.has(k)) return false;
      const x = obj[k];
      if (x !== null && typeof x === 'object') {
        values.push(x);
        depths.push(d + 1);
      }
    }
  }
  return true;
}

/** The first problem with its path (the slow walk, run only when isPlain found one). */
function firstProblem(v: object): string | null {
  const stack: Frame[] = [{ value: v, key: '', parent: null, depth: 0 }];
  while (stack.length > 0) {
    const f = stack.pop()!;
    if (f.depth > MAX_DEPTH) {
      const shown = pathOf(f).split('.').slice(0, 8).join('.');
      return `${shown}…: 嵌套超过 ${MAX_DEPTH} 层 / nested deeper than ${MAX_DEPTH} levels`;
    }
    const push = (key: string | number, x: unknown) => {
      if (x !== null && typeof x === 'object')
        stack.push({ value: x, key, parent: f, depth: f.depth + 1 });
    };
    if (Array.isArray(f.value)) {
      for (let i = f.value.length - 1; i >= 0; i -= 1) push(i, f.value[i]);
      continue;
    }
    const obj = f.value as Record<string, unknown>;
    // JSON.parse output has only own, enumerable properties; for…in needs no key array.
    for (const k in obj) {
      if (HOSTILE_KEYS.has(k)) return `${pathOf(f, k)}: 不允许的键 / forbidden key`;
      push(k, obj[k]);
    }
  }
  return null;
}

/** A UTF-8 byte-order mark some editors write at the start of a saved file. */
const BOM = '\uFEFF';

/**
 * JSON.parse that never throws, ignores a leading byte-order mark and refuses
 * prototype-pollution keys and absurd nesting. (JSON.parse itself makes "__proto__" an own
 * property, so parsing is safe; refusing it keeps later merges safe too.)
 */
export function parseJsonSafely(text: string): ParseResult<unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text.startsWith(BOM) ? text.slice(1) : text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    // Starts like a path, as every other import error does: "not valid JSON" is where it broke.
    return {
      ok: false,
      error: `not valid JSON: 文件不完整或不是 JSON / file is truncated or not JSON (${msg})`,
    };
  }
  const hostile = findHostileKey(value);
  if (hostile) return { ok: false, error: hostile };
  return { ok: true, value };
}
