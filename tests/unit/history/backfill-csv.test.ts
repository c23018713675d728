import { describe, expect, it } from 'vitest';
import { applyBackfill } from '../../../src/history/backfill';
import { csvCell, daysToCsv } from '../../../src/history/csv';
import { ingest } from '../../../src/history/ingest';
import { dayRecKey, emptyDirty, emptyLedger, sessionsOf } from '../../../src/history/ledger';
import { obs } from './helpers';

describe('backfill', () => {
  it('completes a session captured live (matched by start time) without counting it twice', () => {
    const l = emptyLedger();
    const start = '2026-01-20T10:00:00+08:00';
    ingest(
      l,
      obs(
        '2026-01-20T11:00:00+08:00',
        { durationSec: 3600, gmvFen: 40_000 },
        { sessionStart: start },
      ),
      emptyDirty(),
    );
    ingest(
      l,
      obs(
        '2026-01-20T11:30:00+08:00',
        { durationSec: 5400, gmvFen: 50_000 },
        { sessionStart: start, live: false },
      ),
      emptyDirty(),
    );
    applyBackfill(
      l,
      {
        platform: 'jd',
        accountId: 'shop1',
        observedAt: '2026-01-21T09:00:00+08:00',
        page: 'jd.myList',
        sessions: [
          {
            sessionId: 'live-777',
            start: '2026-01-20T10:01:00+08:00',
            end: '2026-01-20T11:30:00+08:00',
            metrics: { gmvFen: 52_000, buyers: 9 },
          },
          {
            sessionId: 'live-778',
            start: '2026-01-19T20:00:00+08:00',
            end: '2026-01-19T22:00:00+08:00',
            metrics: { durationSec: 7200, gmvFen: 10_000 },
            hasCart: false,
          },
        ],
      },
      emptyDirty(),
    );
    expect(sessionsOf(l, 'jd', 'shop1')).toHaveLength(2);
    const d20 = l.days[dayRecKey('jd', 'shop1', '2026-01-20')]!;
    expect(d20.metrics.gmvFen).toMatchObject({ value: 52_000, source: 'backfill' });
    expect(d20.metrics.buyers?.value).toBe(9);
    expect(d20.sessions).toBe(1);
    const d19 = l.days[dayRecKey('jd', 'shop1', '2026-01-19')]!;
    expect(d19.metrics.durationSec?.value).toBe(7200);
    expect(sessionsOf(l, 'jd', 'shop1').find((s) => s.sessionId === 'live-778')!.flags.noCart).toBe(
      true,
    );
    // The same backfill again changes nothing.
    const before = JSON.stringify(l.days);
    applyBackfill(
      l,
      {
        platform: 'jd',
        accountId: 'shop1',
        observedAt: '2026-01-21T09:05:00+08:00',
        page: 'jd.myList',
        sessions: [
          {
            sessionId: 'live-778',
            start: '2026-01-19T20:00:00+08:00',
            end: '2026-01-19T22:00:00+08:00',
            metrics: { durationSec: 7200, gmvFen: 10_000 },
          },
        ],
      },
      emptyDirty(),
    );
    expect(
      JSON.parse(JSON.stringify(l.days))[dayRecKey('jd', 'shop1', '2026-01-19')].metrics.gmvFen
        .value,
    ).toBe(10_000);
    expect(Object.keys(JSON.parse(before))).toEqual(Object.keys(l.days));
  });
});

describe('CSV per day', () => {
  it('writes a BOM, bilingual headers, yuan and minutes, and defuses formulas', () => {
    const at = '2026-01-20T12:00:00+08:00';
    const csv = daysToCsv(
      [
        {
          platform: 'jd',
          accountId: 'shop1',
          day: '2026-01-20',
          sessions: 2,
          metrics: {
            durationSec: { value: 9000, source: 'network', at },
            gmvFen: { value: 1_523_456, source: 'manual', at },
            dau: { value: 1300, source: 'network', at, estimated: true },
          },
        },
      ],
      [{ platform: 'jd', accountId: 'shop1', displayName: '=HYPERLINK("x")' }],
    );
    expect(csv.startsWith('\uFEFF日期 Date,平台 Platform')).toBe(true);
    const row = csv.split('\r\n')[1]!;
    expect(row).toBe(
      '2026-01-20,jd,shop1,"\'=HYPERLINK(""x"")",2,150.0,1300,yes,15234.56,,,,,,manual/network',
    );
    expect(csvCell('-1')).toBe("'-1");
  });
});
