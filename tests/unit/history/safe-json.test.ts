import { describe, expect, it } from 'vitest';
import { findHostileKey, MAX_DEPTH, parseJsonSafely } from '../../../src/history/safe-json';

/** `n` arrays nested in each other around `inner` (n = 1 → "[inner]"). */
const nested = (n: number, inner = '0'): string => '['.repeat(n) + inner + ']'.repeat(n);
const DEEP = (n: number) =>
  `${Array.from({ length: 8 }, () => '0').join('.')}…: 嵌套超过 ${n} 层 / nested deeper than ${n} levels`;

describe('findHostileKey', () => {
  it('names each forbidden key with its full path, root excluded', () => {
    for (const k of ['__proto__', 'constructor', 'prototype']) {
      const v: unknown = JSON.parse(`{"a":[{"ok":1},{"b":{"${k}":1}}]}`);
      expect(findHostileKey(v)).toBe(`a.1.b.${k}: 不允许的键 / forbidden key`);
      // At the top level the path is the key alone.
      expect(findHostileKey(JSON.parse(`{"${k}":{}}`))).toBe(`${k}: 不允许的键 / forbidden key`);
    }
  });

  it('ordinary keys that merely contain those words are fine', () => {
    expect(findHostileKey(JSON.parse('{"proto":1,"constructors":[1],"__proto":{"x":2}}'))).toBe(
      null,
    );
  });

  it('reports the first forbidden key in document order inside arrays', () => {
    const v: unknown = JSON.parse('[{"constructor":1},{"prototype":1}]');
    expect(findHostileKey(v)).toBe('0.constructor: 不允许的键 / forbidden key');
    // Index 0 is visited too, not only the later elements.
    expect(findHostileKey(JSON.parse('[{"__proto__":1},{}]'))).toBe(
      '0.__proto__: 不允许的键 / forbidden key',
    );
  });

  it('primitives and null are never hostile', () => {
    for (const v of [null, 0, 'constructor', true, undefined]) expect(findHostileKey(v)).toBe(null);
    expect(findHostileKey(JSON.parse('{"a":null,"b":"__proto__","c":[null,1]}'))).toBe(null);
  });

  it(`accepts nesting up to depth ${MAX_DEPTH} and refuses one level more, with a short path`, () => {
    expect(MAX_DEPTH).toBe(64);
    // The root is depth 0: 65 arrays reach depth 64 exactly.
    expect(findHostileKey(JSON.parse(nested(MAX_DEPTH + 1)))).toBe(null);
    expect(findHostileKey(JSON.parse(nested(MAX_DEPTH + 2)))).toBe(DEEP(MAX_DEPTH));
    // A primitive or null inside the deepest allowed array is not one more level.
    expect(findHostileKey(JSON.parse(nested(MAX_DEPTH + 1, '"x"')))).toBe(null);
    expect(findHostileKey(JSON.parse(nested(MAX_DEPTH + 1, 'null')))).toBe(null);
    // Objects count like arrays, and the path shown is cut after 8 parts.
    const objects = '{"k":'.repeat(MAX_DEPTH + 2) + '1' + '}'.repeat(MAX_DEPTH + 2);
    expect(findHostileKey(JSON.parse(objects))).toBe(
      `${Array.from({ length: 8 }, () => 'k').join('.')}…: 嵌套超过 64 层 / nested deeper than 64 levels`,
    );
  });

  it('walks 10,000 levels without overflowing the stack', () => {
    expect(findHostileKey(JSON.parse(nested(10_000)))).toBe(DEEP(MAX_DEPTH));
  });
});

describe('parseJsonSafely', () => {
  it('parses valid JSON, with or without a leading byte-order mark', () => {
    expect(parseJsonSafely('{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
    expect(parseJsonSafely('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    // Only a leading mark is removed: the first character of plain JSON is kept.
    expect(parseJsonSafely('1')).toEqual({ ok: true, value: 1 });
  });

  it('refuses broken JSON with a message that starts like a path and keeps the parser’s reason', () => {
    const text = '{"a":';
    let reason = '';
    try {
      JSON.parse(text);
    } catch (e) {
      reason = (e as Error).message;
    }
    expect(parseJsonSafely(text)).toEqual({
      ok: false,
      error: `not valid JSON: 文件不完整或不是 JSON / file is truncated or not JSON (${reason})`,
    });
    // A mark in the middle is not stripped.
    expect(parseJsonSafely('{"a":1}\uFEFF').ok).toBe(false);
  });

  it('refuses hostile keys and absurd nesting, naming them', () => {
    expect(parseJsonSafely('{"x":{"__proto__":{"polluted":true}}}')).toEqual({
      ok: false,
      error: 'x.__proto__: 不允许的键 / forbidden key',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parseJsonSafely(nested(MAX_DEPTH + 2))).toEqual({ ok: false, error: DEEP(MAX_DEPTH) });
  });
});
