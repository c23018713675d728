import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/history/ingest';
import { dayRecKey, emptyDirty, emptyLedger, type Ledger } from '../../../src/history/ledger';
import type { Observation } from '../../../src/messaging';
import { obs } from './helpers';

const run = (l: Ledger, list: Observation[]) => list.forEach((o) => ingest(l, o, emptyDirty()));
const sessionIds = (l: Ledger) => Object.values(l.sessions).map((s) => s.sessionId);
const START = '2026-01-20T19:00:00+08:00';

describe('one live read by a page with its id and a page with only its start', () => {
  it('a start-only reading joins the session that has the live id', () => {
    const l = emptyLedger();
    run(l, [
      obs(
        '2026-01-20T19:30:00+08:00',
        { gmvFen: 10_000 },
        { sessionId: 'L1', sessionStart: START, id: 'a:1' },
      ),
      // The other page floors a duration-derived start to the minute: 40 s off.
      obs(
        '2026-01-20T19:31:00+08:00',
        { gmvFen: 12_000 },
        { sessionStart: '2026-01-20T18:59:20+08:00', id: 'b:1' },
      ),
    ]);
    expect(sessionIds(l)).toEqual(['L1']);
    expect(l.days[dayRecKey('jd', 'shop1', '2026-01-20')]?.metrics.gmvFen?.value).toBe(12_000);
  });

  it('a live id nobody has seen joins the start-only session of the same start', () => {
    const l = emptyLedger();
    run(l, [
      obs('2026-01-20T19:30:00+08:00', { gmvFen: 10_000 }, { sessionStart: START, id: 'b:1' }),
      obs(
        '2026-01-20T19:31:00+08:00',
        { gmvFen: 12_000 },
        { sessionId: 'L1', sessionStart: START, id: 'a:1' },
      ),
      obs('2026-01-20T19:32:00+08:00', { gmvFen: 13_000 }, { sessionStart: START, id: 'b:2' }),
    ]);
    expect(sessionIds(l)).toEqual([`start:${new Date(START).toISOString()}`]);
    expect(l.days[dayRecKey('jd', 'shop1', '2026-01-20')]?.metrics.gmvFen?.value).toBe(13_000);
  });

  it('two lives whose starts are further apart stay two sessions', () => {
    const l = emptyLedger();
    run(l, [
      obs(
        '2026-01-20T19:30:00+08:00',
        { gmvFen: 10_000 },
        { sessionId: 'L1', sessionStart: START, id: 'a:1' },
      ),
      obs(
        '2026-01-20T21:30:00+08:00',
        { gmvFen: 5_000 },
        { sessionStart: '2026-01-20T21:00:00+08:00', id: 'b:1' },
      ),
      obs(
        '2026-01-20T19:40:00+08:00',
        { gmvFen: 1_000 },
        { sessionId: 'L2', sessionStart: '2026-01-20T19:03:00+08:00', id: 'c:1' },
      ),
    ]);
    expect(sessionIds(l).sort()).toEqual(
      ['L1', 'L2', `start:${new Date('2026-01-20T21:00:00+08:00').toISOString()}`].sort(),
    );
  });
});
