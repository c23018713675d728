import { describe, expect, it } from 'vitest';
import { PUSH_BATCH, PUSH_BYTES, batches, type Outgoing } from '../../../src/sync/replicator-push';
import type { TeamDoc } from '../../../src/sync/types';

const doc = (i: number, pad: number): Outgoing => ({
  hash: String(i),
  doc: { _id: `lp.a|m|jd|${i}`, pad: 'x'.repeat(pad) } as unknown as TeamDoc,
});
const size = (o: Outgoing) => JSON.stringify(o.doc).length;

describe('push batches', () => {
  it('small docs: PUSH_BATCH a batch, in order, none lost', () => {
    const todo = Array.from({ length: 2 * PUSH_BATCH + 1 }, (_, i) => doc(i, 10));
    const b = batches(todo);
    expect(b.map((x) => x.length)).toEqual([PUSH_BATCH, PUSH_BATCH, 1]);
    expect(b.flat()).toEqual(todo);
  });

  it('large docs: a batch never passes PUSH_BYTES of JSON unless one doc alone does', () => {
    const todo = Array.from({ length: 40 }, (_, i) => doc(i, 60_000));
    const b = batches(todo);
    for (const x of b) expect(x.reduce((n, o) => n + size(o), 0)).toBeLessThanOrEqual(PUSH_BYTES);
    // 60 KB docs: as many as fit, so the next one would have passed the limit.
    const per = Math.floor(PUSH_BYTES / size(todo[0]!));
    expect(b[0]).toHaveLength(per);
    expect(b.flat()).toEqual(todo);
    const huge = [doc(1, 10), doc(2, PUSH_BYTES + 5), doc(3, 10)];
    expect(batches(huge).map((x) => x.map((o) => o.hash))).toEqual([['1'], ['2'], ['3']]);
  });

  it('nothing to push: no batch (no request)', () => {
    expect(batches([])).toEqual([]);
  });
});
