import { describe, expect, it } from 'vitest';
import { reviewOf } from '../../../src/background/review';
import { emptyLedger, sessKey, type Ledger } from '../../../src/history/ledger';
import type { Metrics } from '../../../src/history/model';
import type { Point } from '../../../src/insight/series';
import type { AccountEvaluation, ItemResult } from '../../../src/rules/result';

const MIN = 60_000;
const at = (iso: string): number => Date.parse(iso);
const val = (value: number) => ({ value, source: 'network' as const, at: '2026-01-20T12:00:00Z' });

function add(l: Ledger, id: string, start: string, end: string, m: Metrics, gmv?: Point[]) {
  const k = sessKey('jd', 'jd-1', id);
  l.sessions[k] = {
    platform: 'jd',
    accountId: 'jd-1',
    sessionId: id,
    start,
    end,
    live: false,
    metrics: m,
    flags: {},
    lastSeenAt: end,
  };
  if (gmv) {
    l.tracks[k] = {
      platform: 'jd',
      accountId: 'jd-1',
      sessionId: id,
      seg: {},
      perDay: {},
      scraped: {},
      series: { gmvFen: gmv },
    };
  }
}

const item = (over: Partial<ItemResult> & Pick<ItemResult, 'itemId'>): ItemResult => ({
  packId: 'p',
  group: { zh: 'g', en: 'g' },
  label: { zh: '日成交', en: 'Daily GMV' },
  period: 'day',
  unit: 'fen',
  current: 0,
  threshold: 0,
  remaining: 0,
  status: 'on_track',
  assumptions: [],
  warnings: [],
  ...over,
});
const acc = (items: ItemResult[]): AccountEvaluation => ({
  platform: 'jd',
  accountId: 'jd-1',
  displayName: 'x',
  provisional: false,
  live: false,
  items,
  assumptions: [],
});

describe('reviewOf', () => {
  const l = emptyLedger();
  // Seven earlier evenings with GMV ¥100 … ¥700 (median ¥400) and 60 … 120 minutes.
  for (let d = 10; d <= 16; d++) {
    add(l, `s${d}`, `2026-01-${d}T20:00:00+08:00`, `2026-01-${d}T21:00:00+08:00`, {
      gmvFen: val((d - 9) * 10_000),
      durationSec: val(3_600),
    });
  }
  // An afternoon session the same day as the reviewed one brought ¥200 toward the daily target.
  add(l, 'noon', '2026-01-20T13:00:00+08:00', '2026-01-20T14:00:00+08:00', {
    gmvFen: val(20_000),
    durationSec: val(3_600),
  });
  // The reviewed one: 20:00–21:00, ¥10 a minute (the series), ¥600 at the end.
  const gmv: Point[] = Array.from({ length: 60 }, (_, i) => [
    at('2026-01-20T20:00:00+08:00') + (i + 1) * MIN,
    (i + 1) * 1_000,
  ]);
  add(
    l,
    'eve',
    '2026-01-20T20:00:00+08:00',
    '2026-01-20T21:00:00+08:00',
    { gmvFen: val(60_000), durationSec: val(3_600) },
    gmv,
  );
  const targets = [
    item({ itemId: 'gmv500', threshold: 50_000 }),
    item({ itemId: 'gmv1000', threshold: 100_000 }),
    item({
      itemId: 'dur90',
      unit: 'minutes',
      label: { zh: '时长', en: 'Duration' },
      threshold: 90,
    }),
  ];
  const deps = { ledger: l, accountAt: () => acc(targets), current: undefined, insight: undefined };

  it('reviews the latest ended session: targets reached at the minute or missed by how much', () => {
    const r = reviewOf(deps, 'jd', 'jd-1').review!;
    expect(r.sessionId).toBe('eve');
    const by = Object.fromEntries(r.targets.map((x) => [x.id, x]));
    // ¥200 from the afternoon: ¥300 more needed → 30 minutes in, at 20:30.
    expect(by.gmv500!.base).toBe(20_000);
    expect(by.gmv500!.reachedAtMs).toBe(at('2026-01-20T20:30:00+08:00'));
    // ¥200 + ¥600 = ¥800 of ¥1,000: missed by ¥200.
    expect(by.gmv1000!.missedBy).toBe(20_000);
    // Duration: 60 + 60 minutes ≥ 90 (no per-minute series: reached, time unknown).
    expect(by.dur90!.threshold).toBe(5_400);
    expect(by.dur90!.missedBy).toBe(0);
    expect(by.dur90!.reachedAtMs).toBeNull();
  });

  it('compares with the median of the 7 sessions before it', () => {
    const r = reviewOf(deps, 'jd', 'jd-1').review!;
    // The 7 before 'eve': s11 … s16 (¥200 … ¥700) and noon (¥200) → median ¥400.
    expect(r.compared).toBe(7);
    const gmvCmp = r.comparisons.find((c) => c.metric === 'gmvFen')!;
    expect(gmvCmp).toEqual({ metric: 'gmvFen', value: 60_000, median: 40_000, change: 0.5 });
  });

  it('offers the ended sessions latest first and reviews the one picked', () => {
    const reply = reviewOf(deps, 'jd', 'jd-1', 's12');
    expect(reply.sessions.slice(0, 3).map((s) => s.sessionId)).toEqual(['eve', 'noon', 's16']);
    expect(reply.review!.sessionId).toBe('s12');
    expect(reply.review!.compared).toBe(2);
  });
});
