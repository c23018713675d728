// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { watchDom } from '../../../src/capture/dom-watch';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('dom watch', () => {
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
    ac.abort();
    document.body.append(document.createElement('span'));
    await tick();
    expect(queue).toHaveLength(0);
  });
});
