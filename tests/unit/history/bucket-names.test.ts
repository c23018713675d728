import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthOfInstant, parts, placeKey, Placement } from '../../../src/history/buckets';
import { SEP } from '../../../src/history/ledger';

/** The plain definitions the fast ones replace (issue #16): they must agree on every input. */
const splitParts = (k: string) => {
  const [p, a, last] = k.split(SEP);
  return [p, a ?? '', last ?? ''];
};
const beijingMonth = (iso: string): string => {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? new Date(ms + 8 * 3600_000).toISOString().slice(0, 7) : '-';
};

describe('bucket names', () => {
  it('parts() are the first three SEP-separated parts, as split gives them', () => {
    for (const k of ['', 'jd', `jd${SEP}`, `jd${SEP}a`, `jd${SEP}a${SEP}`, `jd${SEP}a${SEP}s1`]) {
      expect(parts(k)).toEqual(splitParts(k));
    }
    expect(parts(`jd${SEP}a${SEP}s1${SEP}extra`)).toEqual(['jd', 'a', 's1']);
    const piece = fc.string({ unit: fc.constantFrom('a', '1', '-', SEP, '京') });
    fc.assert(
      fc.property(piece, (k) => {
        expect(parts(k)).toEqual(splitParts(k));
      }),
    );
  });

  it('the Beijing month of an instant: "Z" late on a month’s last day is next month', () => {
    expect(monthOfInstant('2026-01-31T15:59:59Z')).toBe('2026-01');
    expect(monthOfInstant('2026-01-31T16:00:00Z')).toBe('2026-02');
    expect(monthOfInstant('2026-02-28T16:00:00.000Z')).toBe('2026-03');
    expect(monthOfInstant('2028-02-28T16:00:00.000Z')).toBe('2028-02'); // leap year: the 29th
    expect(monthOfInstant('2026-12-31T23:00:00Z')).toBe('2027-01');
    expect(monthOfInstant('2026-03-01T00:30:00+08:00')).toBe('2026-03');
    expect(monthOfInstant('2026-02-28T23:30:00-02:00')).toBe('2026-03');
    expect(monthOfInstant('not a date')).toBe('-');
  });

  it('agrees with Date arithmetic for any instant and offset', () => {
    const offsets = ['Z', '+08:00', '+00:00', '-05:00', '+05:30', '+14:00', '-12:00'];
    const instant = fc.record({
      ms: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }),
      offset: fc.constantFrom(...offsets),
      millis: fc.boolean(),
    });
    fc.assert(
      fc.property(instant, ({ ms, offset, millis }) => {
        const sign = offset.startsWith('-') ? -1 : 1;
        const shift =
          offset === 'Z' ? 0 : sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
        const local = new Date(ms + shift * 60_000).toISOString();
        const iso = (millis ? local.slice(0, 23) : local.slice(0, 19)) + offset;
        expect(monthOfInstant(iso)).toBe(beijingMonth(iso));
      }),
      { numRuns: 2000 },
    );
  });

  it('Placement knows each bucket’s records, built on first ask and kept up to date after', () => {
    const k = (last: string) => ['jd', 'acc', last].join(SEP);
    const id = (name: string) => ['sessions', 'jd', 'acc', name].join(SEP);
    for (const early of [true, false]) {
      const place = new Placement();
      if (early) expect([...place.members(id('2026-05'))]).toEqual([]);
      place.set(placeKey('sessions', k('a')), '2026-05');
      place.set(placeKey('sessions', k('b')), '2026-05');
      place.set(placeKey('sessions', k('c')), '2026-06');
      place.set(placeKey('days', k('2026-05-01')), '2026-05'); // another store: another bucket
      expect([...place.members(id('2026-05'))]).toEqual([k('a'), k('b')]);
      place.set(placeKey('sessions', k('a')), '2026-06'); // moved
      place.delete(placeKey('sessions', k('b')));
      expect([...place.members(id('2026-05'))]).toEqual([]);
      expect([...place.members(id('2026-06'))]).toEqual([k('c'), k('a')]);
      place.clear();
      expect([...place.members(id('2026-06'))]).toEqual([]);
    }
  });
});
