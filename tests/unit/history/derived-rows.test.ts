import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeHistory } from '../../harness/history-data';
import type { BucketRow } from '../../../src/history/buckets';
import { openHistoryDb, type DB } from '../../../src/history/db';
import {
  DERIVED,
  derive,
  reportOf,
  storedForm,
  trackOf,
  type DerivedStore,
} from '../../../src/history/derived-rows';
import type { Day, Session } from '../../../src/history/model';
import { same } from '../../../src/history/same';
import { planImport } from '../../../src/history/import';
import { ingest } from '../../../src/history/ingest';
import {
  deleteSession,
  emptyDirty,
  emptyLedger,
  sessKey,
  STORE_NAMES,
  type Ledger,
} from '../../../src/history/ledger';
import { loadLedger, saveDirty } from '../../../src/history/persist';
import { obs } from './helpers';

const now = new Date('2026-03-01T12:00:00+08:00');

/** Every record of `store` as it lies in its bucket rows: stubs and full records. */
async function stored(db: DB, store: string): Promise<unknown[]> {
  const rows: BucketRow[] = await db.getAll('buckets');
  const keys = await db.getAllKeys('buckets');
  return rows.flatMap((r, i) => (keys[i]![0] === store ? [...r.values()] : []));
}

async function imported(seed: number): Promise<{ db: DB; l: Ledger }> {
  const db = await openHistoryDb({ name: `derived-${Math.random()}` });
  const h = makeHistory({ accounts: 1, days: 40, now, seed });
  const plan = planImport(emptyLedger(), h);
  await saveDirty(db, plan.next, plan.written, { whole: true });
  return { db, l: plan.next };
}

const expectSame = (a: Ledger, b: Ledger) => {
  for (const s of STORE_NAMES) expect(a[s], s).toEqual(b[s]);
};

describe('copies stored as stubs (issue #16: an import wrote about twice the file)', () => {
  it("an imported session's track and day's report are stubs on disk and come back whole", async () => {
    const { db, l } = await imported(5);
    const sessions = Object.keys(l.sessions).length;
    const days = Object.keys(l.days).length;
    expect(sessions).toBeGreaterThan(30);
    expect(days).toBeGreaterThan(30);
    const tracks = await stored(db, 'tracks');
    const reports = await stored(db, 'reports');
    expect(tracks.filter((v) => v === DERIVED)).toHaveLength(sessions);
    expect(reports.filter((v) => v === DERIVED)).toHaveLength(days);
    // The sessions and days themselves are never stubs.
    expect((await stored(db, 'sessions')).filter((v) => v === DERIVED)).toHaveLength(0);
    expect((await stored(db, 'days')).filter((v) => v === DERIVED)).toHaveLength(0);
    const back = await loadLedger(db);
    expectSame(back, l);
    // A rebuilt record shares no object with its companion (as a structured clone would not).
    const k = Object.keys(back.sessions)[0]!;
    const m = Object.keys(back.sessions[k]!.metrics)[0] as 'gmvFen';
    expect(back.tracks[k]!.scraped[m]).not.toBe(back.sessions[k]!.metrics[m]);
    db.close();
  });

  it('a track that is not a copy of its session is stored in full', async () => {
    const { db, l } = await imported(6);
    const k = Object.keys(l.sessions)[3]!;
    const s = l.sessions[k]!;
    // The scraped figure behind a manual value (a conflict) is not in the session.
    l.tracks[k]!.scraped.gmvFen = { value: 1, source: 'network', at: s.lastSeenAt };
    const d = emptyDirty();
    d.tracks.add(k);
    await saveDirty(db, l, d);
    const full = (await stored(db, 'tracks')).filter((v) => v !== DERIVED);
    expect(full).toHaveLength(1);
    expect((full[0] as { scraped: { gmvFen: { value: number } } }).scraped.gmvFen.value).toBe(1);
    expectSame(await loadLedger(db), l);
    db.close();
  });

  it('a stub is written out in full when its session changes and the track does not', async () => {
    const { db, l } = await imported(7);
    const k = Object.keys(l.sessions)[2]!;
    const s = l.sessions[k]!;
    const before = l.tracks[k]!.scraped.gmvFen!.value;
    // Only the session is dirty: rebuilding the track from the new session would lose `before`.
    s.metrics = { ...s.metrics, gmvFen: { value: before + 500, source: 'manual', at: s.start } };
    const d = emptyDirty();
    d.sessions.add(k);
    await saveDirty(db, l, d);
    const back = await loadLedger(db);
    expect(back.tracks[k]!.scraped.gmvFen!.value).toBe(before);
    expectSame(back, l);
    db.close();
  });

  it('a day recomputed by live readings keeps the imported console figure it no longer equals', async () => {
    const { db, l } = await imported(8);
    const day = Object.values(l.days).at(-1)!;
    const report = structuredClone(l.reports[sessKey(day.platform, day.accountId, day.day)]!);
    const d = emptyDirty();
    const at = `${day.day}T23:00:00+08:00`;
    const live = { platform: day.platform, accountId: day.accountId, sessionId: 'LIVE-1' };
    ingest(l, obs(at, { gmvFen: 123_456_789, durationSec: 600 }, live), d);
    expect(d.days.size).toBeGreaterThan(0);
    expect(d.reports.size).toBe(0);
    await saveDirty(db, l, d);
    const back = await loadLedger(db);
    expect(back.reports[sessKey(day.platform, day.accountId, day.day)]).toEqual(report);
    expectSame(back, l);
    db.close();
  });

  it('a track whose session is deleted is stored in full, not lost', async () => {
    const { db, l } = await imported(9);
    const k = Object.keys(l.sessions)[1]!;
    const track = structuredClone(l.tracks[k]!);
    deleteSession(l, k);
    const d = emptyDirty();
    d.sessions.add(k);
    await saveDirty(db, l, d);
    const back = await loadLedger(db);
    expect(back.sessions[k]).toBeUndefined();
    expect(back.tracks[k]).toEqual(track);
    db.close();
  });
});

describe('storedForm decides as rebuilding and comparing would', () => {
  const value = fc.record(
    {
      value: fc.integer({ min: 0, max: 5 }),
      source: fc.constantFrom('network', 'dom', 'manual', 'backfill'),
      at: fc.constantFrom('2026-03-01T10:00:00+08:00', '2026-03-01T11:00:00+08:00'),
      estimated: fc.constant(true),
    },
    { requiredKeys: ['value', 'source'] },
  );
  const metrics = fc.dictionary(fc.constantFrom('gmvFen', 'dau', 'buyers', 'durationSec'), value);
  // A record: its companion's copy, then maybe one field changed, added or removed.
  const change = fc.oneof(
    fc.constant(null),
    fc.tuple(fc.constant('hole'), fc.constantFrom('gmvFen', 'pv')),
    fc.tuple(
      fc.constantFrom(
        'seg',
        'perDay',
        'scraped',
        'metrics',
        'series',
        'sessions',
        'sessionId',
        'day',
        'extra',
      ),
      fc.oneof(
        fc.constant(undefined),
        fc.constant({}),
        metrics,
        fc.integer({ min: 0, max: 3 }),
        fc.constant('x'),
      ),
    ),
  );

  it('for tracks and reports', () => {
    fc.assert(
      fc.property(
        metrics,
        fc.option(fc.integer({ min: 0, max: 3 })),
        change,
        fc.boolean(),
        (m, n, ch, gone) => {
          const l = emptyLedger();
          const sk = sessKey('jd', 'a', 's1');
          const dk = sessKey('jd', 'a', '2026-03-01');
          const s = {
            platform: 'jd',
            accountId: 'a',
            sessionId: 's1',
            start: '2026-03-01T10:00:00+08:00',
            end: null,
            live: false,
            metrics: m,
            flags: {},
            lastSeenAt: '2026-03-01T10:00:00+08:00',
          } as Session;
          const day = {
            platform: 'jd',
            accountId: 'a',
            day: '2026-03-01',
            metrics: m,
            ...(n === null ? {} : { sessions: n }),
          } as Day;
          if (!gone) {
            l.sessions[sk] = s;
            l.days[dk] = day;
          }
          const records: [DerivedStore, string, Record<string, unknown>][] = [
            ['tracks', sk, { ...trackOf(s) }],
            ['reports', dk, { ...reportOf(day) }],
          ];
          for (const [store, k, rec] of records) {
            if (ch?.[0] === 'hole') {
              // A metric present as `undefined` (absent to JSON and to the comparison).
              const inner = (rec.scraped ?? rec.metrics) as Record<string, unknown>;
              inner[String(ch[1])] = undefined;
            } else if (ch) rec[ch[0]] = ch[1];
            const rebuilt = derive(l, store, k);
            const expected = rebuilt !== undefined && same(rebuilt, rec);
            expect(storedForm(l, store, k, rec) === DERIVED).toBe(expected);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
