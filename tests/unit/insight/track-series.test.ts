import { describe, expect, it } from 'vitest';
import type { SessionTrack } from '../../../src/history/ledger';
import { mergeTracks } from '../../../src/history/merge-track';
import { applyReading } from '../../../src/history/tracks';
import { tenMinuteDelta } from '../../../src/insight/deltas';

const track = (): SessionTrack => ({
  platform: 'jd',
  accountId: 'a',
  sessionId: 's',
  seg: {},
  perDay: {},
  scraped: {},
});
const at = (min: number, sec = 0) =>
  new Date(Date.parse('2026-11-20T19:00:00+08:00') + min * 60_000 + sec * 1000).toISOString();
const ms = (iso: string) => Date.parse(iso);

describe('session series in the track', () => {
  it('records the session total a sample a minute from live readings', () => {
    const t = track();
    applyReading(t, 'gmvFen', 100, 'network', at(0, 5), 'p1');
    applyReading(t, 'gmvFen', 150, 'network', at(0, 40), 'p1');
    applyReading(t, 'gmvFen', 400, 'dom', at(1, 2), 'p1');
    expect(t.series?.gmvFen).toEqual([
      [ms(at(0, 40)), 150],
      [ms(at(1, 2)), 400],
    ]);
  });

  it('records the total across a console reset, not the raw reading', () => {
    const t = track();
    applyReading(t, 'gmvFen', 500, 'network', at(0), 'p1');
    t.seg.gmvFen = { ...t.seg.gmvFen!, base: 500, last: 0 }; // a reset segment, as split by ingest
    applyReading(t, 'gmvFen', 200, 'network', at(2), 'p1');
    expect(t.series?.gmvFen?.at(-1)).toEqual([ms(at(2)), 700]);
  });

  it('keeps backfill and manual values out, and a stale tab cannot lower it', () => {
    const t = track();
    applyReading(t, 'gmvFen', 900, 'backfill', at(0), '');
    expect(t.series).toBeUndefined();
    applyReading(t, 'gmvFen', 1_000, 'network', at(1), 'p1');
    applyReading(t, 'gmvFen', 600, 'network', at(2), 'p2');
    expect(t.series?.gmvFen).toEqual([[ms(at(1)), 1_000]]);
  });

  it('merging two pages of one session interleaves their samples, one a minute', () => {
    const a = track();
    const b = track();
    applyReading(a, 'buyers', 3, 'network', at(0), 'p1');
    applyReading(b, 'buyers', 4, 'network', at(1), 'p2');
    applyReading(a, 'buyers', 6, 'network', at(2), 'p1');
    applyReading(b, 'buyers', 7, 'network', at(2, 30), 'p2');
    const m = mergeTracks(a, b);
    expect(m.series?.buyers).toEqual([
      [ms(at(0)), 3],
      [ms(at(1)), 4],
      [ms(at(2, 30)), 7],
    ]);
    expect(a.series?.buyers).toHaveLength(2);
  });

  it('feeds the 10-minute deltas', () => {
    const t = track();
    for (let m = 0; m <= 20; m++) applyReading(t, 'gmvFen', m * 1_000, 'network', at(m), 'p1');
    const s = { startMs: ms(at(0)), points: t.series!.gmvFen! };
    expect(tenMinuteDelta(s, ms(at(20)))).toEqual({ last: 10_000, prev: 10_000, trend: 'flat' });
  });
});
