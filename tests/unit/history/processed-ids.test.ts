import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/history/ingest';
import { emptyDirty, emptyLedger } from '../../../src/history/ledger';
import { obs } from './helpers';

describe('processed observation ids', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    '%s is an ordinary id: applied once, then a duplicate',
    (id) => {
      const l = emptyLedger();
      const dirty = emptyDirty();
      const first = ingest(l, obs('2026-03-02T11:00:00+08:00', { gmvFen: 700 }, { id }), dirty);
      expect(first.duplicate).toBe(false);
      expect(Object.values(l.sessions).map((s) => s.metrics.gmvFen?.value)).toEqual([700]);
      expect(Object.keys(l.processed)).toEqual([id]);
      expect([...dirty.processed]).toEqual([id]);
      // Nothing leaked onto prototypes.
      expect(Object.getPrototypeOf(l.processed)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>).id).toBeUndefined();
      const again = ingest(l, obs('2026-03-02T11:01:00+08:00', { gmvFen: 900 }, { id }), dirty);
      expect(again.duplicate).toBe(true);
      expect(Object.values(l.sessions).map((s) => s.metrics.gmvFen?.value)).toEqual([700]);
    },
  );
});
