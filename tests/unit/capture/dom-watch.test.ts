// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { watchDom } from '../../../src/capture/dom-watch';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('dom watch', () => {
  it('reads at most once per minGapMs (default 1000 ms), in one queued pass', async () => {
    const queue: (() => void)[] = [];
    const ac = new AbortController();
    let reads = 0;
    let t = 0;
    watchDom(document, () => reads++, ac.signal, {
      schedule: (fn) => void queue.push(fn),
      now: () => t,
    });
    queue.shift()?.();
    expect(reads).toBe(1);
    document.body.append(document.createElement('b'));
    await tick();
    t += 400;
    queue.shift()?.(); // too soon: waits for the gap instead of reading
    expect(reads).toBe(1);
    await new Promise((r) => setTimeout(r, 650));
    t += 600;
    expect(queue).toHaveLength(1);
    queue.shift()?.();
    expect(reads).toBe(2);
    ac.abort();
  });

  it('batches many mutations into one read and stops on abort', async () => {
    const queue: (() => void)[] = [];
    const ac = new AbortController();
    let reads = 0;
    let t = 0;
    watchDom(document, () => reads++, ac.signal, {
      schedule: (fn) => void queue.push(fn),
      now: () => t,
      minGapMs: 0,
    });
    queue.shift()?.(); // the initial read
    expect(reads).toBe(1);
    for (let i = 0; i < 50; i++) document.body.append(document.createElement('span'));
    await tick();
    expect(queue).toHaveLength(1); // the observer callback only queued, once
    t += 10;
    queue.shift()?.();
    expect(reads).toBe(2);
    // The read watches again: the next change queues exactly one more read.
    for (let i = 0; i < 5; i++) document.body.append(document.createElement('i'));
    await tick();
    expect(queue).toHaveLength(1);
    t += 10;
    queue.shift()?.();
    expect(reads).toBe(3);
    ac.abort();
    document.body.append(document.createElement('span'));
    await tick();
    expect(queue).toHaveLength(0);
  });
});
