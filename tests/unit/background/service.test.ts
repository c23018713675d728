import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openHistoryDb, type DB } from '../../../src/history/db';
import { dayRecKey } from '../../../src/history/ledger';
import { loadLedger } from '../../../src/history/persist';
import type { Evaluation } from '../../../src/rules/result';
import { HistoryService } from '../../../src/background/service';
import type { Handlers } from '../../../src/messaging/listen';
import { obs } from '../history/helpers';

let n = 0;
const evalStub = (): Evaluation => ({ now: '', packVersions: {}, accounts: [] });
/** The service's clock in these tests: fixed unless a test moves it. */
let clock = Date.parse('2026-01-20T10:00:00+08:00');

async function make(db?: DB) {
  const d = db ?? (await openHistoryDb({ name: `svc-${(n += 1)}-${Math.random()}` }));
  const onEvaluated = vi.fn(async () => undefined);
  const svc = await HistoryService.start({
    db: d,
    now: () => clock,
    evaluate: evalStub,
    onEvaluated,
  });
  return { svc, db: d, onEvaluated };
}

afterEach(() => vi.useRealTimers());

/** Lets fake-indexeddb finish a write (it steps on setImmediate, which stays real here). */
async function settle(): Promise<void> {
  for (let k = 0; k < 40; k += 1) await new Promise<void>((r) => setImmediate(r));
}

describe('background history service', () => {
  it('acks only after the write landed, and coalesces writes to one per 12 s while live', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const t0 = Date.parse('2026-01-20T10:00:00+08:00');
    clock = t0;
    const { svc, db } = await make();
    // Session start: written at once.
    const first = await svc.observe([
      obs('2026-01-20T10:00:00+08:00', { gmvFen: 100 }, { sessionId: 'W' }),
    ]);
    expect(first).toHaveLength(1);
    expect(svc.writes).toBe(1);
    // A reading every second for two minutes (the bench's live console): held, then written
    // in batches, one per COALESCE_MS = 12 s, so 5 a minute (issue #16: at most 6).
    const acks: Promise<string[]>[] = [];
    const perMinute: number[] = [];
    for (let i = 1; i <= 120; i += 1) {
      clock = t0 + i * 1000;
      acks.push(
        svc.observe([
          obs(new Date(clock).toISOString(), { gmvFen: 100 + i * 10 }, { sessionId: 'W' }),
        ]),
      );
      await vi.advanceTimersByTimeAsync(1000 - 1);
      await settle();
      if (i % 60 === 0) perMinute.push(svc.writes);
    }
    // Writes at 12, 24, 36, 48 and 60 s, then 72 … 120 s: 5 in each minute.
    expect(perMinute).toEqual([1 + 5, 1 + 10]);
    // The write at 120 s held the last reading: nothing is left to write, and every reading
    // is acked.
    await vi.advanceTimersByTimeAsync(12_000);
    await settle();
    expect(svc.writes).toBe(1 + 10);
    expect((await Promise.all(acks)).flat()).toHaveLength(120);
    const onDisk = await loadLedger(db);
    expect(onDisk.days[dayRecKey('jd', 'shop1', '2026-01-20')]!.metrics.gmvFen?.value).toBe(1300);
  });

  it('a change that changes nothing (the minute tick) adds no write while live', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const t0 = Date.parse('2026-01-20T10:00:00+08:00');
    clock = t0;
    const { svc, onEvaluated } = await make();
    await svc.observe([obs('2026-01-20T10:00:00+08:00', { gmvFen: 100 }, { sessionId: 'T' })]);
    const acks: Promise<string[]>[] = [];
    for (let i = 1; i <= 60; i += 1) {
      clock = t0 + i * 1000;
      acks.push(
        svc.observe([obs(new Date(clock).toISOString(), { gmvFen: 100 + i }, { sessionId: 'T' })]),
      );
      // The tick at 30 s: nothing to close, but the view is evaluated afresh.
      if (i === 30) {
        const [evaluated, written] = [onEvaluated.mock.calls.length, svc.writes];
        await svc.mutate(() => undefined);
        await settle();
        expect(onEvaluated.mock.calls.length).toBe(evaluated + 1);
        expect(svc.writes).toBe(written); // the pending readings wait for their write at 36 s
      }
      await vi.advanceTimersByTimeAsync(1000 - 1);
      await settle();
    }
    expect(svc.writes).toBe(1 + 5);
    expect((await Promise.all(acks)).flat()).toHaveLength(60);
  });

  it('loses nothing and counts nothing twice when the worker dies before or after a write', async () => {
    const { svc, db } = await make();
    const o1 = obs('2026-01-20T10:00:00+08:00', { gmvFen: 1000 }, { sessionId: 'K' });
    const o2 = obs('2026-01-20T10:00:05+08:00', { gmvFen: 1500 }, { sessionId: 'K' });
    await svc.observe([o1]);
    // o2 is applied in memory but the worker dies before its coalesced write: no ack.
    void svc.observe([o2]).catch(() => undefined);
    const revived = (await make(db)).svc;
    expect(revived.ledger.days[dayRecKey('jd', 'shop1', '2026-01-20')]!.metrics.gmvFen?.value).toBe(
      1000,
    );
    // The tab resends both (o1 was acked but the reply was lost, say): o1 once, o2 applied.
    expect(await revived.observe([o1, o2])).toEqual([o1.id, o2.id]);
    await revived.flush();
    const again = (await make(db)).svc;
    expect(again.ledger.days[dayRecKey('jd', 'shop1', '2026-01-20')]!.metrics.gmvFen?.value).toBe(
      1500,
    );
    expect(await again.observe([o1, o2])).toEqual([o1.id, o2.id]);
    expect(again.ledger.days[dayRecKey('jd', 'shop1', '2026-01-20')]!.metrics.gmvFen?.value).toBe(
      1500,
    );
  });

  it('re-runs the engine on the changed history and reports the previous and the new result', async () => {
    const seen: number[] = [];
    const d = await openHistoryDb({ name: `svc-${(n += 1)}-${Math.random()}` });
    const onEvaluated = vi.fn(async () => undefined);
    const svc = await HistoryService.start({
      db: d,
      now: () => Date.parse('2026-01-20T10:00:05+08:00'),
      // The engine sees the ledger as it is after the observation.
      evaluate: (h) => {
        seen.push(h.sessions.find((s) => s.sessionId === 'V')?.metrics.gmvFen?.value ?? -1);
        return { ...evalStub(), now: `eval-${seen.length}` };
      },
      onEvaluated,
    });
    await svc.observe([obs('2026-01-20T10:00:00+08:00', { gmvFen: 7 }, { sessionId: 'V' })]);
    expect(seen).toEqual([7]);
    expect(onEvaluated).toHaveBeenCalledTimes(1);
    const [prev, next] = onEvaluated.mock.calls[0] as unknown as [unknown, { now: string }];
    expect(prev).toBeNull();
    expect(next.now).toBe('eval-1');
    expect(svc.evaluation).toBe(next);
  });
});

describe('health reaches the views at once', () => {
  it('a page health report re-evaluates and hands the reports to the UI effects', async () => {
    const { svc, onEvaluated } = await make();
    const { dataHandlers } = await import('../../../src/background/handlers-data');
    const h: Handlers = dataHandlers(svc);
    const report = {
      platform: 'jd' as const,
      accountId: 'shop1',
      page: 'jd.bigScreen',
      at: '2026-01-20T10:00:00.000Z',
      read: [],
      missing: ['gmvFen'],
    };
    onEvaluated.mockClear();
    await h.health!(report, {});
    expect(onEvaluated).toHaveBeenCalledTimes(1);
    const calls = onEvaluated.mock.calls as unknown as unknown[][];
    expect(calls[0]?.[4]).toEqual([report]);
  });
});
