import { describe, expect, it } from 'vitest';
import { assertKeyed } from '../../../src/history/buckets';
import { SEP } from '../../../src/history/ledger';

const k = (...p: string[]) => p.join(SEP);
const session = (accountId: string, sessionId: string) => ({
  platform: 'jd',
  accountId,
  sessionId,
});

describe('a record must spell its ledger key (checked before any bucket is written)', () => {
  it('passes a record whose platform, account and id are its key', () => {
    expect(() => assertKeyed('sessions', k('jd', 'a', 's1'), session('a', 's1'))).not.toThrow();
    const day = { platform: 'jd', accountId: 'a', day: '2026-03-01' };
    expect(() => assertKeyed('reports', k('jd', 'a', '2026-03-01'), day)).not.toThrow();
  });

  it('refuses any field that differs, a missing id, or a key with more parts', () => {
    const bad: [string, unknown][] = [
      [k('jd', 'a', 's2'), session('a', 's1')],
      [k('jd', 'b', 's1'), session('a', 's1')],
      [k('dy', 'a', 's1'), session('a', 's1')],
      [k('jd', 'a', 's1', 'x'), session('a', 's1')],
      [k('jd', 'a', 's1'), { platform: 'jd', accountId: 'a' }],
      [k('jd', 'a', 's1'), { platform: 'jd', accountId: 'a', day: 's1' }],
    ];
    for (const [key, rec] of bad)
      expect(() => assertKeyed('sessions', key, rec), key).toThrow(/does not match its key/);
  });

  it('takes an id holding the separator when the joined fields are the key, as before', () => {
    expect(() =>
      assertKeyed('sessions', k('jd', 'a', 'b', 's1'), session(`a${SEP}b`, 's1')),
    ).not.toThrow();
    expect(() =>
      assertKeyed('sessions', k('jd', 'a', 'b', 's1'), session('a', `b${SEP}s1`)),
    ).not.toThrow();
  });
});
