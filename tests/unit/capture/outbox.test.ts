import { describe, expect, it } from 'vitest';
import { Outbox } from '../../../src/capture/outbox';
import type { Observation } from '../../../src/messaging';

const obs = (n: number): Observation => ({
  id: `p:${n}`,
  platform: 'jd',
  accountId: 'a',
  scope: 'session',
  sessionId: 's',
  observedAt: new Date(Date.UTC(2026, 2, 10, 12, 0, n)).toISOString(),
  page: 'jd.bigScreen',
  metrics: { gmvFen: { value: n * 100, source: 'network' } },
});

/** A background that answers each batch only when the test says its write has landed. */
function slowBackground() {
  const calls: { ids: string[]; land: (ids?: string[]) => void }[] = [];
  const transmit = (batch: Observation[]) =>
    new Promise<string[]>((resolve) => {
      const ids = batch.map((o) => o.id);
      calls.push({ ids, land: (only) => resolve(only ?? ids) });
    });
  return { calls, transmit };
}

describe('Outbox', () => {
  it('sends a newer reading at once instead of queueing it behind an unanswered batch', async () => {
    const bg = slowBackground();
    const box = new Outbox(bg.transmit, { setTimer: () => undefined });
    box.add(obs(1));
    const first = box.flush();
    box.add(obs(2));
    const second = box.flush();
    expect(bg.calls.map((c) => c.ids)).toEqual([['p:1'], ['p:2']]);
    // Nothing is sent twice while on its way.
    void box.flush();
    expect(bg.calls).toHaveLength(2);
    bg.calls[1]?.land();
    bg.calls[0]?.land();
    await Promise.all([first, second]);
    expect(box.size).toBe(0);
  });

  it('keeps and resends what was not acknowledged (worker stopped mid-write)', async () => {
    const bg = slowBackground();
    const timers: (() => void)[] = [];
    const box = new Outbox(bg.transmit, { setTimer: (fn) => void timers.push(fn) });
    box.add(obs(1));
    box.add(obs(2));
    const f = box.flush();
    bg.calls[0]?.land(['p:1']);
    await f;
    expect(box.size).toBe(1);
    expect(timers).toHaveLength(1);
    timers.shift()?.();
    expect(bg.calls.at(-1)?.ids).toEqual(['p:2']);
  });

  it('a failed send keeps every reading for the retry', async () => {
    let fail = true;
    const sent: string[][] = [];
    const timers: (() => void)[] = [];
    const box = new Outbox(
      async (b) => {
        sent.push(b.map((o) => o.id));
        if (fail) throw new Error('worker gone');
        return b.map((o) => o.id);
      },
      { setTimer: (fn) => void timers.push(fn) },
    );
    box.add(obs(1));
    await box.flush();
    expect(box.size).toBe(1);
    fail = false;
    timers.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual([['p:1'], ['p:1']]);
    expect(box.size).toBe(0);
  });
});
