import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkHistory } from '../../../src/history/history-rules';
import {
  HistorySchema,
  type Conflict,
  type Day,
  type Session,
  type Value,
} from '../../../src/history/model';
import { beijingDay } from '../../../src/time/beijing';
import { mergeTeam } from '../../../src/sync/merge';
import { accountDocId, monthDocId, type TeamDoc } from '../../../src/sync/types';

/**
 * Random teams: 3 machines × 2 shops, sessions drawn from a few ids and starts (some ±1 min
 * apart, some across the April/May boundary in Beijing), values scraped or manual at nearby
 * instants (ties included), manual values with the scraped figure they overruled as a conflict.
 */
const STARTS = [
  '2026-05-10T01:00:00Z',
  '2026-05-10T01:01:00Z',
  '2026-05-10T01:04:00Z',
  '2026-04-30T15:59:00Z', // 04-30 23:59 Beijing
  '2026-04-30T16:00:30Z', // 05-01 00:00:30 Beijing
];
const at = (min: number) =>
  new Date(Date.parse('2026-05-10T02:00:00Z') + min * 60_000).toISOString();

const arbValue = fc.record({
  value: fc.integer({ min: 0, max: 5000 }),
  min: fc.integer({ min: 0, max: 3 }),
  manual: fc.boolean(),
  overruled: fc.integer({ min: 0, max: 5000 }),
});
const arbSession = fc.record({
  account: fc.constantFrom('a1', 'a2'),
  id: fc.constantFrom('L1', 'L2', 'start:a', 'start:b', 'start:c'),
  start: fc.constantFrom(...STARTS),
  gmv: fc.option(arbValue, { nil: undefined }),
  orders: fc.option(arbValue, { nil: undefined }),
});
const arbMachine = fc.record({
  sessions: fc.array(arbSession, { maxLength: 6 }),
  updated: fc.integer({ min: 0, max: 2 }),
  name: fc.constantFrom('甲', '乙'),
  level: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
});

type Of<A> = A extends fc.Arbitrary<infer T> ? T : never;
type Gen = Of<typeof arbValue>;
const val = (g: Gen): Value => ({
  value: g.value,
  source: g.manual ? 'manual' : 'network',
  at: at(g.min),
});

function docsOf(machines: Array<Of<typeof arbMachine>>): TeamDoc[] {
  const docs: TeamDoc[] = [];
  machines.forEach((gm, i) => {
    const machine = { id: `m${i + 1}`, name: gm.name };
    const updatedAt = at(60 + gm.updated);
    const months = new Map<
      string,
      { sessions: Session[]; days: Map<string, Day>; conflicts: Conflict[] }
    >();
    const seen = new Set<string>();
    for (const g of gm.sessions) {
      if (seen.has(g.account + g.id)) continue; // one record per id on one machine
      seen.add(g.account + g.id);
      const metrics: Session['metrics'] = {};
      const conflicts: Conflict[] = [];
      for (const [m, gv] of [
        ['gmvFen', g.gmv],
        ['orders', g.orders],
      ] as const) {
        if (!gv) continue;
        metrics[m] = val(gv);
        if (gv.manual && gv.overruled !== gv.value)
          conflicts.push({
            platform: 'jd',
            accountId: g.account,
            kind: 'session',
            key: g.id,
            metric: m,
            manual: val(gv),
            scraped: { value: gv.overruled, source: 'dom', at: at(gv.min) },
          });
      }
      const end = new Date(Date.parse(g.start) + 3600_000).toISOString();
      const s: Session = {
        platform: 'jd',
        accountId: g.account,
        sessionId: g.id,
        start: g.start,
        end,
        live: false,
        metrics,
        flags: {},
        lastSeenAt: end,
      };
      const day = beijingDay(g.start);
      const key = `${g.account}|${day.slice(0, 7)}`;
      const mo =
        months.get(key) ??
        months.set(key, { sessions: [], days: new Map(), conflicts: [] }).get(key)!;
      mo.sessions.push(s);
      mo.conflicts.push(...conflicts);
      const d = mo.days.get(day) ?? {
        platform: 'jd',
        accountId: g.account,
        day,
        metrics: {},
        sessions: 0,
      };
      if (metrics.gmvFen)
        d.metrics.gmvFen = {
          ...metrics.gmvFen,
          value: (d.metrics.gmvFen?.value ?? 0) + metrics.gmvFen.value,
        };
      d.sessions = (d.sessions ?? 0) + 1;
      mo.days.set(day, d);
    }
    for (const account of new Set(gm.sessions.map((s) => s.account))) {
      docs.push({
        _id: accountDocId(machine.id, 'jd', account),
        kind: 'account',
        v: 1,
        machine,
        account: { platform: 'jd', accountId: account, displayName: `${gm.name}${account}` },
        ...(gm.level !== undefined ? { settings: { jdAnchorLevel: gm.level } } : {}),
        lastLiveAt: at(gm.updated),
        live: gm.updated === 2,
        updatedAt,
      });
    }
    for (const [key, mo] of months) {
      const [accountId, month] = key.split('|') as [string, string];
      docs.push({
        _id: monthDocId(machine.id, 'jd', accountId, month),
        kind: 'month',
        v: 1,
        machine,
        platform: 'jd',
        accountId,
        month,
        sessions: mo.sessions,
        days: [...mo.days.values()],
        conflicts: mo.conflicts,
        updatedAt,
      });
    }
  });
  return docs;
}

const arbTeam = fc
  .array(arbMachine, { minLength: 1, maxLength: 3 })
  .map(docsOf)
  .chain((docs) =>
    fc.tuple(
      fc.constant(docs),
      fc.shuffledSubarray(docs, { minLength: docs.length, maxLength: docs.length }),
    ),
  );

describe('mergeTeam properties', () => {
  it('the result does not depend on the order of the documents', () => {
    fc.assert(
      fc.property(arbTeam, ([docs, shuffled]) => {
        expect(mergeTeam(shuffled)).toEqual(mergeTeam(docs));
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it("gives a valid history in which every session figure is one machine's figure, never a sum", () => {
    fc.assert(
      fc.property(arbTeam, ([docs]) => {
        const { history } = mergeTeam(docs);
        expect(checkHistory(HistorySchema.parse(history))).toBeNull();
        const seen = new Set<number>();
        for (const d of docs) {
          if (d.kind !== 'month') continue;
          for (const s of d.sessions) for (const x of Object.values(s.metrics)) seen.add(x.value);
          for (const c of d.conflicts) seen.add(c.scraped.value);
        }
        for (const s of history.sessions)
          for (const x of Object.values(s.metrics)) expect(seen).toContain(x.value);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
