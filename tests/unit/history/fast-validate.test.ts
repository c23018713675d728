import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDay, isInstant, isSession, validateHistory } from '../../../src/history/fast-validate';
import {
  DaySchema,
  HistorySchema,
  IsoInstantSchema,
  SessionSchema,
} from '../../../src/history/model';
import { makeHistory } from '../../harness/history-data';

/**
 * The fast path must give zod's verdict and zod's output on every record: valid ones from the
 * generated histories, and the same records with one field replaced by a tricky JSON value,
 * a field removed or a field added. (The fast path is the product's import check since #16.)
 */
const h = makeHistory({ accounts: 4, days: 40, now: '2026-06-15T12:00:00+08:00', seed: 7 });
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const TRICKY: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  10_000,
  10_001,
  1e13,
  1e13 + 2,
  '',
  'x',
  'a'.repeat(200),
  'a'.repeat(201),
  [],
  {},
  '2026-02-28T10:00:00Z',
  '2026-02-29T10:00:00Z',
  '2028-02-29T10:00:00.123+08:00',
  '1999-12-31T23:59:59Z',
  '2100-01-01T00:00:00Z',
  '2026-05-01T10:00:00',
  '2026-05-01',
  '2026-13-01',
  '2026-02-30',
  'network',
  'manual',
  'jd',
  'douyin',
  'tiktok',
  { value: 1, source: 'dom', at: '2026-05-01T10:00:00Z' },
  { value: 1, source: 'dom', at: '2026-05-01T10:00:00Z', estimated: true },
  { value: 1, source: 'dom', at: '2026-05-01T10:00:00Z', extra: 1 },
  { value: -1, source: 'dom', at: '2026-05-01T10:00:00Z' },
  { noCart: true },
  { noCart: null },
  { noCart: true, bogus: false },
  { gmvFen: { value: 5, source: 'network', at: '2026-05-01T10:00:00+08:00' } },
  { unknownMetric: { value: 5, source: 'network', at: '2026-05-01T10:00:00+08:00' } },
];

type Rec = Record<string, unknown>;

/** Every path to a field in a record: top-level keys, metrics' keys and their fields, flags. */
function paths(r: Rec): string[][] {
  const out: string[][] = [];
  for (const k of Object.keys(r)) {
    out.push([k]);
    const v = r[k];
    if (v && typeof v === 'object' && !Array.isArray(v))
      for (const k2 of Object.keys(v)) {
        out.push([k, k2]);
        const w = (v as Rec)[k2];
        if (w && typeof w === 'object') for (const k3 of Object.keys(w)) out.push([k, k2, k3]);
      }
  }
  return out;
}

type Edit = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'add'; key: string };
function mutate(r: Rec, path: string[], edit: Edit): Rec {
  const copy = clone(r);
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Rec;
  const last = path[path.length - 1]!;
  if (edit.kind === 'set') o[last] = clone(edit.value);
  else if (edit.kind === 'delete') delete o[last];
  else o[edit.key] = 1;
  return copy;
}

function agrees(fast: (v: unknown) => boolean, schema: typeof SessionSchema | typeof DaySchema) {
  return (rec: Rec) => {
    const mine = clone(rec);
    const z = schema.safeParse(clone(rec));
    expect(fast(mine)).toBe(z.success);
    if (z.success) expect(mine).toEqual(z.data);
  };
}

describe('import fast path = zod', () => {
  it('accepts every generated record with zod’s output (flags default included)', () => {
    expect(h.sessions.length).toBeGreaterThan(50);
    for (const s of h.sessions) agrees(isSession, SessionSchema)(s);
    for (const d of h.days) agrees(isDay, DaySchema)(d);
    const noFlags = clone(h.sessions[0]) as unknown as Rec;
    delete noFlags.flags;
    expect(isSession(noFlags)).toBe(true);
    expect(noFlags.flags).toEqual({});
  });

  it('gives zod’s verdict on records with one field changed, removed or added', () => {
    const edit: fc.Arbitrary<Edit> = fc.oneof(
      fc.constantFrom(...TRICKY).map((value) => ({ kind: 'set' as const, value })),
      fc.constant({ kind: 'delete' as const }),
      fc.constantFrom('extra', 'flags', 'metrics', 'gmvFen').map((key) => ({
        kind: 'add' as const,
        key,
      })),
    );
    for (const [records, fast, schema] of [
      [h.sessions, isSession, SessionSchema],
      [h.days, isDay, DaySchema],
    ] as const) {
      const rec = fc.constantFrom(...(records as unknown as Rec[]));
      fc.assert(
        fc.property(rec, fc.nat(), edit, (r, i, e) => {
          const all = paths(r);
          agrees(fast, schema)(mutate(r, all[i % all.length]!, e));
        }),
        { numRuns: 3000 },
      );
    }
    // ~1 s plain; instrumented by `npm run mutate` it is several times slower (a limit only).
  }, 60_000);

  it('checks instants as z.iso.datetime({ offset: true }) with the year range', () => {
    const strings = fc.oneof(
      fc.constantFrom(...TRICKY.filter((t): t is string => typeof t === 'string')),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.string(),
    );
    fc.assert(
      fc.property(strings, (s) => {
        expect(isInstant(s)).toBe(IsoInstantSchema.safeParse(s).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('a whole file: the same result as HistorySchema, its first error included', () => {
    const file = clone(h);
    const z = HistorySchema.safeParse(clone(file));
    const mine = validateHistory(clone(file));
    expect(mine.success && z.success).toBe(true);
    expect(mine.data).toEqual(z.data);
    for (const broken of [
      { ...clone(file), accounts: [{ platform: 'jd' }] },
      { ...clone(file), extra: 1 },
      { ...clone(file), sessions: [{ ...clone(file.sessions[3]!), live: 'yes' }] },
      { ...clone(file), days: 'none' },
    ]) {
      const a = validateHistory(clone(broken));
      const b = HistorySchema.safeParse(clone(broken));
      expect(a.success).toBe(false);
      expect(a.error?.issues[0]).toEqual(b.error?.issues[0]);
    }
  });
});
