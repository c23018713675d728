import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openHistoryDb } from '../../../src/history/db';
import { loadLedger } from '../../../src/history/persist';
import type { Evaluation } from '../../../src/rules/result';
import { dataHandlers } from '../../../src/background/handlers-data';
import { HistoryService } from '../../../src/background/service';
import { obs } from '../history/helpers';

vi.mock('wxt/browser', () => ({
  browser: { runtime: { id: 'x', getURL: (p: string) => `chrome-extension://x${p}` } },
}));

const now = new Date('2026-03-02T12:00:00+08:00');
const jdTab = { id: 'x', url: 'https://jlive.jd.com/bigScreen', tab: { id: 1 } };

async function make() {
  const db = await openHistoryDb({ name: `obs-${Math.random()}` });
  const svc = await HistoryService.start({
    db,
    now: () => now.getTime(),
    evaluate: (): Evaluation => ({ now: '', packVersions: {}, accounts: [] }),
    onEvaluated: vi.fn(async () => undefined),
  });
  const observe = (observations: unknown[], sender: object = jdTab) =>
    (dataHandlers(svc).observe as (p: unknown, s: unknown) => Promise<unknown>)(
      { observations },
      sender,
    );
  return { svc, db, observe };
}

describe('observe accepts or refuses each observation on its own', () => {
  it('one absurd value does not block the valid readings of the batch', async () => {
    const { db, observe } = await make();
    const good = obs('2026-03-02T11:00:00+08:00', { gmvFen: 5_000, orders: 3 }, { id: 'p:1' });
    const later = obs('2026-03-02T11:01:00+08:00', { gmvFen: 6_000 }, { id: 'p:4' });
    const inf = {
      ...obs(now.toISOString(), {}, { id: 'p:2' }),
      metrics: { durationSec: { value: Infinity, source: 'dom' } },
    };
    const frac = obs('2026-03-02T11:00:30+08:00', { buyers: 2.5 }, { id: 'p:3' });
    const huge = obs('2026-03-02T11:00:40+08:00', { gmvFen: 1e14 }, { id: 'p:5' });
    const other = obs(
      '2026-03-02T11:00:50+08:00',
      { gmvFen: 1 },
      { id: 'p:6', platform: 'channels' },
    );
    const reply = await observe([good, inf, frac, later, huge, other, 'junk']);
    expect(reply).toEqual({
      acked: ['p:1', 'p:4', 'p:2', 'p:3', 'p:5', 'p:6', '#6'],
      refused: [
        {
          id: 'p:2',
          reason: 'metrics.durationSec.value: Invalid input: expected number, received Infinity',
        },
        { id: 'p:3', reason: 'metrics.buyers.value: expected a whole count' },
        {
          id: 'p:5',
          reason: 'metrics.gmvFen.value: Too big: expected number to be <=10000000000000',
        },
        { id: 'p:6', reason: "platform: not this page's platform (jd)" },
        { id: '#6', reason: '(root): Invalid input: expected object, received string' },
      ],
    });
    const l = await loadLedger(db);
    const s = Object.values(l.sessions);
    expect(s.map((x) => x.metrics.gmvFen?.value)).toEqual([6_000]);
    expect(s.map((x) => x.metrics.orders?.value)).toEqual([3]);
    expect(Object.keys(l.processed).sort()).toEqual(['p:1', 'p:4']);
  });

  it('an extension page (tests, demo) may report any platform', async () => {
    const { observe } = await make();
    const ch = obs(now.toISOString(), { gmvFen: 1 }, { id: 'c:1', platform: 'channels' });
    expect(await observe([ch], { id: 'x', url: 'chrome-extension://x/options.html' })).toEqual({
      acked: ['c:1'],
    });
  });
});
