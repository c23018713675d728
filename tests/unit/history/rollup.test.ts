import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/history/ingest';
import {
  accKey,
  dayRecKey,
  emptyDirty,
  emptyLedger,
  sessKey,
  type Ledger,
} from '../../../src/history/ledger';
import { applyManual } from '../../../src/history/manual';
import type { Observation } from '../../../src/messaging';
import { obs } from './helpers';

const run = (l: Ledger, list: Observation[]) => list.map((o) => ingest(l, o, emptyDirty()));
const day = (l: Ledger, d: string) => l.days[dayRecKey('jd', 'shop1', d)];

describe('sessions → days', () => {
  it('adds up two sessions on one Beijing day', () => {
    const l = emptyLedger();
    run(l, [
      obs(
        '2026-01-20T09:00:00+08:00',
        { durationSec: 0, gmvFen: 0, buyers: 0, orders: 0 },
        { sessionId: 'A', sessionStart: '2026-01-20T09:00:00+08:00' },
      ),
      obs(
        '2026-01-20T11:00:00+08:00',
        { durationSec: 7200, gmvFen: 500_000, buyers: 40, orders: 45 },
        { sessionId: 'A' },
      ),
      obs('2026-01-20T11:00:05+08:00', { durationSec: 7200 }, { sessionId: 'A', live: false }),
      obs(
        '2026-01-20T19:00:00+08:00',
        { durationSec: 0, gmvFen: 0 },
        { sessionId: 'B', sessionStart: '2026-01-20T19:00:00+08:00' },
      ),
      obs(
        '2026-01-20T20:30:00+08:00',
        { durationSec: 5400, gmvFen: 300_000, buyers: 20, orders: 22 },
        { sessionId: 'B' },
      ),
    ]);
    const d = day(l, '2026-01-20')!;
    expect(d.metrics.durationSec?.value).toBe(12_600);
    expect(d.metrics.gmvFen?.value).toBe(800_000);
    expect(d.metrics.buyers?.value).toBe(60);
    expect(d.metrics.orders?.value).toBe(67);
    expect(d.sessions).toBe(2);
    expect(d.metrics.gmvFen?.source).toBe('network');
    expect(d.metrics.gmvFen?.at).toBe('2026-01-20T20:30:00+08:00');
    const a = l.sessions[sessKey('jd', 'shop1', 'A')]!;
    expect(a.live).toBe(false);
    expect(a.end).toBe('2026-01-20T03:00:00.000Z');
  });

  it('splits a session crossing Beijing midnight and attributes GMV to the day it was observed', () => {
    const l = emptyLedger();
    const id = { sessionId: 'X', sessionStart: '2026-01-20T22:00:00+08:00' };
    run(l, [
      obs('2026-01-20T23:50:00+08:00', { durationSec: 6600, gmvFen: 100_000, buyers: 10 }, id),
      obs('2026-01-21T01:00:00+08:00', { durationSec: 10_800, gmvFen: 250_000, buyers: 16 }, id),
    ]);
    expect(day(l, '2026-01-20')!.metrics.durationSec?.value).toBe(7200);
    expect(day(l, '2026-01-21')!.metrics.durationSec?.value).toBe(3600);
    expect(day(l, '2026-01-20')!.metrics.gmvFen?.value).toBe(100_000);
    expect(day(l, '2026-01-21')!.metrics.gmvFen?.value).toBe(150_000);
    expect(day(l, '2026-01-21')!.metrics.buyers?.value).toBe(6);
    expect(day(l, '2026-01-20')!.sessions).toBe(1);
    expect(day(l, '2026-01-21')!.sessions).toBeUndefined();
    const s = l.sessions[sessKey('jd', 'shop1', 'X')]!;
    expect(s.flags.crossedMidnight).toBe(true);
    expect(s.metrics.gmvFen?.value).toBe(250_000);
  });

  it('never takes a drop as a console reset to add on top: from the same page it is a correction', () => {
    const l = emptyLedger();
    const id = { sessionId: 'R' };
    run(l, [
      obs('2026-01-20T10:00:00+08:00', { gmvFen: 100_000 }, id),
      obs('2026-01-20T10:10:00+08:00', { gmvFen: 5_000 }, id), // the page itself says 5,000 now
      obs('2026-01-20T10:20:00+08:00', { gmvFen: 20_000 }, id),
    ]);
    expect(l.sessions[sessKey('jd', 'shop1', 'R')]!.metrics.gmvFen?.value).toBe(20_000);
    expect(day(l, '2026-01-20')!.metrics.gmvFen?.value).toBe(20_000);
  });

  it('a stale second tab resending old figures with fresh times never lowers or doubles a total', () => {
    const l = emptyLedger();
    const live = (at: string, gmvFen: number, n: number) =>
      obs(at, { gmvFen, buyers: gmvFen / 1000 }, { sessionId: 'S', id: `live:${n}` });
    const frozen = (at: string, n: number) =>
      obs(at, { gmvFen: 2_000, buyers: 2 }, { sessionId: 'S', id: `frozen:${n}` });
    run(l, [
      frozen('2026-01-20T10:00:00+08:00', 1),
      live('2026-01-20T10:01:00+08:00', 3_000, 1),
      frozen('2026-01-20T10:02:00+08:00', 2), // heartbeat: same old numbers, new time
      live('2026-01-20T10:03:00+08:00', 5_000, 2),
      frozen('2026-01-20T10:04:00+08:00', 3),
    ]);
    const s = l.sessions[sessKey('jd', 'shop1', 'S')]!;
    expect(s.metrics.gmvFen?.value).toBe(5_000);
    expect(s.metrics.buyers?.value).toBe(5);
    expect(day(l, '2026-01-20')!.metrics.gmvFen?.value).toBe(5_000);
  });

  it('takes a small drop as a correction (refund), not a reset', () => {
    const l = emptyLedger();
    run(l, [
      obs('2026-01-20T10:00:00+08:00', { buyers: 3 }, { sessionId: 'C' }),
      obs('2026-01-20T10:10:00+08:00', { buyers: 2 }, { sessionId: 'C' }),
    ]);
    expect(day(l, '2026-01-20')!.metrics.buyers?.value).toBe(2);
  });

  it('counts the same reading from two tabs and a replay after restart once', () => {
    const l = emptyLedger();
    const a = obs('2026-01-20T10:00:00+08:00', { gmvFen: 100_000, buyers: 5 }, { sessionId: 'D' });
    const b = { ...a, id: 'tab2:1' }; // same reading, other tab
    const older = obs(
      '2026-01-20T09:59:00+08:00',
      { gmvFen: 90_000 },
      { sessionId: 'D', id: 'tab2:0' },
    );
    const res = run(l, [a, b, a, older, a]);
    expect(res.map((r) => r.duplicate)).toEqual([false, false, true, false, true]);
    expect(day(l, '2026-01-20')!.metrics.gmvFen?.value).toBe(100_000);
    expect(day(l, '2026-01-20')!.metrics.buyers?.value).toBe(5);
  });

  it('is idempotent when a whole stream is replayed in any order', () => {
    const l1 = emptyLedger();
    const l2 = emptyLedger();
    const stream = [10, 20, 35, 50].map((v, i) =>
      obs(`2026-01-20T10:0${i}:00+08:00`, { gmvFen: v * 1000 }, { sessionId: 'E' }),
    );
    run(l1, stream);
    run(l2, [...stream].reverse());
    run(l2, stream);
    expect(day(l1, '2026-01-20')!.metrics.gmvFen?.value).toBe(50_000);
    expect(day(l2, '2026-01-20')!.metrics.gmvFen?.value).toBe(50_000);
  });

  it('uses the console daily DAU when reported, else the sum of session UV marked estimated', () => {
    const l = emptyLedger();
    run(l, [
      obs('2026-01-20T10:00:00+08:00', { dau: 600 }, { sessionId: 'F' }),
      obs('2026-01-20T20:00:00+08:00', { dau: 700 }, { sessionId: 'G' }),
    ]);
    expect(day(l, '2026-01-20')!.metrics.dau).toMatchObject({ value: 1300, estimated: true });
    run(l, [
      obs('2026-01-20T20:05:00+08:00', { dau: 1100 }, { scope: 'day', sessionId: undefined }),
    ]);
    const dau = day(l, '2026-01-20')!.metrics.dau!;
    expect(dau.value).toBe(1100);
    expect(dau.estimated).toBeUndefined();
    expect(dau.source).toBe('network');
  });

  it('sets session flags: noCart, under15min, over24h', () => {
    const l = emptyLedger();
    run(l, [
      obs('2026-01-20T10:00:00+08:00', { durationSec: 600 }, { sessionId: 'S', hasCart: false }),
      obs('2026-01-20T10:01:00+08:00', { durationSec: 660 }, { sessionId: 'S', live: false }),
      obs('2026-01-21T10:00:00+08:00', { durationSec: 86_400 }, { sessionId: 'L' }),
    ]);
    const s = l.sessions[sessKey('jd', 'shop1', 'S')]!;
    expect(s.flags).toMatchObject({ noCart: true, under15min: true, over24h: false });
    expect(l.sessions[sessKey('jd', 'shop1', 'L')]!.flags.over24h).toBe(true);
  });

  it('under15min agrees with the 1688 window at the boundary: 15:00 is not valid, 15:01 is', () => {
    const l = emptyLedger();
    run(l, [
      obs('2026-01-20T10:00:00+08:00', { durationSec: 900 }, { sessionId: 'EQ', live: false }),
      obs('2026-01-20T11:00:00+08:00', { durationSec: 901 }, { sessionId: 'GT', live: false }),
      obs('2026-01-20T12:00:00+08:00', { durationSec: 899 }, { sessionId: 'LT', live: false }),
    ]);
    const flag = (id: string) => l.sessions[sessKey('jd', 'shop1', id)]!.flags.under15min;
    expect([flag('LT'), flag('EQ'), flag('GT')]).toEqual([true, true, false]);
  });

  it('keeps a manual value over a scraped one and records the conflict', () => {
    const l = emptyLedger();
    const now = new Date('2026-01-20T12:00:00+08:00');
    applyManual(
      l,
      {
        platform: 'jd',
        accountId: 'shop1',
        kind: 'day',
        key: '2026-01-20',
        metrics: { gmvFen: 2_000_000 },
      },
      now,
      emptyDirty(),
    );
    run(l, [obs('2026-01-20T13:00:00+08:00', { gmvFen: 1_500_000 }, { sessionId: 'M' })]);
    const d = day(l, '2026-01-20')!;
    expect(d.metrics.gmvFen).toMatchObject({ value: 2_000_000, source: 'manual' });
    const conflicts = Object.values(l.conflicts);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: 'day', key: '2026-01-20', metric: 'gmvFen' });
    expect(conflicts[0]!.scraped.value).toBe(1_500_000);
    // When the scraped value comes to agree, the conflict goes away.
    run(l, [obs('2026-01-20T14:00:00+08:00', { gmvFen: 2_000_000 }, { sessionId: 'M' })]);
    expect(Object.values(l.conflicts)).toHaveLength(0);
  });

  it('keeps a manual session value and moves the difference onto its day', () => {
    const l = emptyLedger();
    run(l, [obs('2026-01-20T13:00:00+08:00', { gmvFen: 100_000 }, { sessionId: 'N' })]);
    applyManual(
      l,
      {
        platform: 'jd',
        accountId: 'shop1',
        kind: 'session',
        key: 'N',
        metrics: { gmvFen: 180_000 },
      },
      new Date('2026-01-20T15:00:00+08:00'),
      emptyDirty(),
    );
    run(l, [obs('2026-01-20T16:00:00+08:00', { gmvFen: 120_000 }, { sessionId: 'N' })]);
    expect(l.sessions[sessKey('jd', 'shop1', 'N')]!.metrics.gmvFen?.source).toBe('manual');
    expect(day(l, '2026-01-20')!.metrics.gmvFen?.value).toBe(180_000);
    expect(Object.values(l.conflicts)[0]!.scraped.value).toBe(120_000);
  });
});

describe('account names', () => {
  it("the console's name replaces an id placeholder, never a name the seller chose", async () => {
    const { ensureAccount } = await import('../../../src/history/ingest');
    const l = emptyLedger();
    const k = accKey('jd', 'jd_7f3a9c21');
    // Settings saved before the first page visit create the account under its id.
    ensureAccount(l, 'jd', 'jd_7f3a9c21', undefined, emptyDirty());
    expect(l.accounts[k]?.displayName).toBe('jd_7f3a9c21');
    const dirty = emptyDirty();
    ensureAccount(l, 'jd', 'jd_7f3a9c21', '京选好物旗舰店', dirty);
    expect(l.accounts[k]?.displayName).toBe('京选好物旗舰店');
    expect(dirty.accounts.has(k)).toBe(true);
    // Renamed by the seller: the page's name does not come back.
    l.accounts[k]!.displayName = '我的京东店';
    ensureAccount(l, 'jd', 'jd_7f3a9c21', '京选好物旗舰店', emptyDirty());
    expect(l.accounts[k]?.displayName).toBe('我的京东店');
  });
});
