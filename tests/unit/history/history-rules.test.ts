import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkHistory } from '../../../src/history/history-rules';
import { HISTORY_FORMAT_VERSION, HistorySchema, type History } from '../../../src/history/model';
import { migrateExport } from '../../../src/history/migrations/export';

/** The corpus's valid file, parsed: each test breaks one rule of it. */
const base = (): History =>
  HistorySchema.parse(
    // The corpus file is a version-1 export (the importer migrates it); the rules see the latest.
    migrateExport(
      JSON.parse(readFileSync('tests/fixtures/hostile/valid-minimal.json', 'utf8')),
      HISTORY_FORMAT_VERSION,
    ),
  );
const at = '2026-03-01T22:00:00+08:00';
const v = (value: number, source: 'network' | 'manual' = 'network') => ({ value, source, at });
const head = (e: string | null) => (e === null ? null : e.slice(0, e.indexOf(': ')));

describe('checkHistory', () => {
  it('accepts the valid file', () => {
    expect(checkHistory(base())).toBeNull();
  });

  it.each(['dau', 'buyers', 'orders', 'online', 'pv', 'fans'] as const)(
    'a fractional %s is refused in sessions and in days; money and time may be fractional',
    (k) => {
      const s = base();
      s.sessions[0]!.metrics[k] = v(2.5);
      expect(head(checkHistory(s))).toBe(`sessions.0.metrics.${k}.value`);
      const d = base();
      d.days[0]!.metrics[k] = v(0.5);
      expect(head(checkHistory(d))).toBe(`days.0.metrics.${k}.value`);
    },
  );

  it('gmv in fen and seconds are not counts', () => {
    const h = base();
    h.days[0]!.metrics.gmvFen = v(10.5);
    h.sessions[0]!.metrics.durationSec = v(7200.5);
    expect(checkHistory(h)).toBeNull();
  });

  it('a session may end exactly when it starts, not a millisecond before', () => {
    const h = base();
    const s = h.sessions[0]!;
    s.end = s.start;
    expect(checkHistory(h)).toBeNull();
    s.end = '2026-03-01T19:59:59.999+08:00';
    expect(head(checkHistory(h))).toBe('sessions.0.end');
    // The same instant written in another offset is still "not before".
    s.end = '2026-03-01T12:00:00Z';
    expect(checkHistory(h)).toBeNull();
  });

  it('a session not live with no end (end never seen) is accepted', () => {
    const h = base();
    h.sessions[0]!.end = null;
    expect(checkHistory(h)).toBeNull();
  });

  it('settings keys of accounts whose id contains a colon resolve', () => {
    const h = base();
    for (const r of [h.accounts[0]!, h.sessions[0]!, h.days[0]!]) r.accountId = 'shop:1';
    h.settings = { 'jd:shop:1': {} };
    expect(checkHistory(h)).toBeNull();
    h.settings = { 'jd:shop': {} };
    expect(head(checkHistory(h))).toBe('settings.jd:shop');
  });

  it('conflicts: a day conflict pointing at a day in the file is accepted', () => {
    const h = base();
    const c = {
      platform: 'jd' as const,
      accountId: 'shop1',
      kind: 'day' as const,
      key: '2026-03-01',
      metric: 'buyers' as const,
      manual: v(11, 'manual'),
      scraped: v(12),
    };
    h.conflicts = [c];
    expect(checkHistory(h)).toBeNull();
    h.conflicts = [{ ...c, key: '2026-03-02' }];
    expect(head(checkHistory(h))).toBe('conflicts.0.key');
    h.conflicts = [{ ...c, kind: 'session', key: '2026-03-01' }];
    expect(head(checkHistory(h))).toBe('conflicts.0.key');
    h.conflicts = [{ ...c, accountId: 'ghost' }];
    expect(head(checkHistory(h))).toBe('conflicts.0.accountId');
    h.conflicts = [{ ...c, key: 'L1\u001f' }];
    expect(head(checkHistory(h))).toBe('conflicts.0.key');
    expect(checkHistory(h)).toContain('U+001F');
  });

  it('the same session id on two accounts, or the same day on two platforms, is fine', () => {
    const h = base();
    h.accounts.push({ platform: 'channels', accountId: 'shop1', displayName: '视频号' });
    h.sessions.push({ ...h.sessions[0]!, platform: 'channels' });
    h.days.push({ ...h.days[0]!, platform: 'channels' });
    expect(checkHistory(h)).toBeNull();
  });
});
