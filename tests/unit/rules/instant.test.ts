import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../../src/rules/instant';

const same = (s: string) => expect([s, parseInstant(s)]).toEqual([s, Date.parse(s)]);

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** ISO-like strings with every field drawn a little beyond its valid range. */
const isoLike = fc
  .record({
    y: fc.integer({ min: 0, max: 9999 }),
    mo: fc.integer({ min: 0, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
    h: fc.integer({ min: 0, max: 25 }),
    mi: fc.integer({ min: 0, max: 60 }),
    s: fc.integer({ min: 0, max: 60 }),
    ms: fc.option(fc.integer({ min: 0, max: 999 })),
    zone: fc.oneof(
      fc.constant('Z'),
      fc.constant('z'),
      fc.constant(''),
      fc
        .record({
          sign: fc.constantFrom('+', '-', ' '),
          h: fc.integer({ min: 0, max: 25 }),
          m: fc.integer({ min: 0, max: 60 }),
          colon: fc.constantFrom(':', ':', ''),
        })
        .map((z) => `${z.sign}${pad(z.h, 2)}${z.colon}${pad(z.m, 2)}`),
    ),
  })
  .map(
    (r) =>
      `${pad(r.y, 4)}-${pad(r.mo, 2)}-${pad(r.d, 2)}T${pad(r.h, 2)}:${pad(r.mi, 2)}:` +
      `${pad(r.s, 2)}${r.ms === null ? '' : `.${pad(r.ms, 3)}`}${r.zone}`,
  );

describe('parseInstant is Date.parse', () => {
  it('on generated ISO-like strings (valid and out of range)', () => {
    fc.assert(
      fc.property(isoLike, (s) => Object.is(parseInstant(s), Date.parse(s))),
      {
        seed: 16,
        numRuns: 20_000,
      },
    );
  });

  it('on any instant written as the history writes it, and as toISOString writes it', () => {
    const ms = fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) });
    fc.assert(
      fc.property(ms, (t) => {
        const beijing = `${new Date(t + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
        return (
          parseInstant(beijing) === Math.floor(t / 1000) * 1000 &&
          parseInstant(new Date(t).toISOString()) === t
        );
      }),
      { seed: 16, numRuns: 5_000 },
    );
  });

  it('on mangled strings (a character replaced, dropped or added)', () => {
    const base = '2025-03-04T21:27:36.125+08:00';
    const mangled = fc
      .tuple(fc.nat(base.length), fc.string({ maxLength: 2 }), fc.nat(2))
      .map(([i, c, drop]) => base.slice(0, i) + c + base.slice(i + drop));
    fc.assert(
      fc.property(mangled, (s) => Object.is(parseInstant(s), Date.parse(s))),
      {
        seed: 16,
        numRuns: 20_000,
      },
    );
  });

  it('remembers only the last string: each answer is for the string asked, in any order', () => {
    const a = '2025-03-04T21:27:36+08:00';
    const b = '2025-03-04T21:27:37+08:00';
    const seq = [a, a, b, b, a, 'x', 'x', a, '2025-02-30T00:00:00Z', a, b];
    expect(seq.map(parseInstant)).toEqual(seq.map((s) => Date.parse(s)));
    // Equal text in a different string object (records read from a file) gives the same instant.
    expect(parseInstant(a)).toBe(parseInstant(JSON.parse(JSON.stringify(a)) as string));
    // Not a string (a malformed record): whatever Date.parse makes of it.
    for (const odd of [undefined, null, 0, 1_700_000_000_000])
      expect(parseInstant(odd as unknown as string)).toEqual(Date.parse(odd as unknown as string));
  });

  it('on edge cases', () => {
    for (const s of [
      '2025-03-04T21:27:36+08:00',
      '2025-03-04T21:27:36Z',
      '2025-03-04T21:27:36.123Z',
      '2025-03-04T21:27:36.123-05:30',
      '1970-01-01T00:00:00Z',
      '1970-01-01T00:00:00-00:00',
      '1969-12-31T23:59:59.999Z',
      '2024-02-29T12:00:00+08:00',
      '2025-02-29T12:00:00+08:00',
      '2025-02-30T12:00:00+08:00',
      '2025-04-31T00:00:00Z',
      '2025-01-01T24:00:00Z',
      '2025-01-01T00:00:00+24:00',
      '2025-01-01T00:00:00+23:59',
      '0999-12-31T23:59:59Z',
      '0050-01-01T00:00:00Z',
      '+002025-01-01T00:00:00Z',
      '2025-01-01T00:00:00.5Z',
      '2025-01-01T00:00:00.1234Z',
      '2025-01-01 00:00:00+08:00',
      '2025-01-01T00:00:00',
      '2025-01-01',
      '',
      'not a date',
      '２０２５-01-01T00:00:00Z',
    ])
      same(s);
  });
});
