import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkHistory } from '../../../src/history/history-rules';
import { HISTORY_FORMAT_VERSION, HistorySchema, type History } from '../../../src/history/model';
import { migrateExport } from '../../../src/history/migrations/export';

/**
 * checkHistory's record rules, each asserted with its whole message (path and words): the
 * hostile corpus checks only the path of the first problem. One rule broken per case.
 */
const base = (): History =>
  HistorySchema.parse(
    // The corpus file is a version-1 export (the importer migrates it); the rules see the latest.
    migrateExport(
      JSON.parse(readFileSync('tests/fixtures/hostile/valid-minimal.json', 'utf8')),
      HISTORY_FORMAT_VERSION,
    ),
  );
const NOT_IN_FILE = '文件中没有这个账号 / account not in the file';
const SEP_MSG = '不允许的字符 / forbidden character (U+001F)';

describe('checkHistory: accounts, sessions, days, conflicts', () => {
  it('a duplicate account is refused at the second one; another platform is another account', () => {
    const h = base();
    h.accounts.push({ ...h.accounts[0]!, displayName: '又一个' });
    expect(checkHistory(h)).toBe('accounts.1.accountId: 重复的账号 / duplicate account');
    h.accounts[1] = { ...h.accounts[1]!, platform: 'channels' };
    expect(checkHistory(h)).toBeNull();
  });

  it('the key separator is refused in account and session ids', () => {
    const a = base();
    for (const r of [a.accounts[0]!, a.sessions[0]!, a.days[0]!]) r.accountId = 'sh\u001fop';
    expect(checkHistory(a)).toBe(`accounts.0.accountId: ${SEP_MSG}`);
    const s = base();
    s.sessions[0]!.sessionId = 'L\u001f1';
    expect(checkHistory(s)).toBe(`sessions.0.sessionId: ${SEP_MSG}`);
  });

  it('sessions and days must belong to an account of the file', () => {
    const s = base();
    s.sessions[0]!.accountId = 'ghost';
    expect(checkHistory(s)).toBe(`sessions.0.accountId: ${NOT_IN_FILE}`);
    const d = base();
    d.days[0]!.platform = 'alibaba';
    expect(checkHistory(d)).toBe(`days.0.accountId: ${NOT_IN_FILE}`);
  });

  it('a live session has no end; a finished one may', () => {
    const h = base();
    h.sessions[0]!.live = true;
    expect(checkHistory(h)).toBe(
      'sessions.0.end: 直播中的场次不能有结束时间 / a live session has no end',
    );
    h.sessions[0]!.end = null;
    expect(checkHistory(h)).toBeNull();
  });

  it('an end before the start is refused with its words', () => {
    const h = base();
    h.sessions[0]!.end = '2026-03-01T19:00:00+08:00';
    expect(checkHistory(h)).toBe('sessions.0.end: 结束早于开始 / ends before it starts');
  });

  it('duplicate sessions and days are refused at the second record', () => {
    const s = base();
    s.sessions.push({ ...s.sessions[0]! });
    expect(checkHistory(s)).toBe('sessions.1.sessionId: 重复的场次 / duplicate session');
    s.sessions[1] = { ...s.sessions[1]!, sessionId: 'L2' };
    expect(checkHistory(s)).toBeNull();
    const d = base();
    d.days.push({ ...d.days[0]! });
    expect(checkHistory(d)).toBe('days.1.day: 重复的日期 / duplicate day');
    d.days[1] = { ...d.days[1]!, day: '2026-03-02' };
    expect(checkHistory(d)).toBeNull();
  });

  it('a session conflict must point at a session of the file', () => {
    const h = base();
    const c = {
      platform: 'jd' as const,
      accountId: 'shop1',
      kind: 'session' as const,
      key: 'L1',
      metric: 'buyers' as const,
      manual: { value: 11, source: 'manual' as const, at: '2026-03-01T22:00:00+08:00' },
      scraped: { value: 12, source: 'network' as const, at: '2026-03-01T22:00:00+08:00' },
    };
    h.conflicts = [c];
    expect(checkHistory(h)).toBeNull();
    h.conflicts = [c, { ...c, key: 'L9' }];
    expect(checkHistory(h)).toBe(
      'conflicts.1.key: 冲突指向不存在的记录 / conflict points at no record',
    );
    h.conflicts = [{ ...c, accountId: 'ghost' }];
    expect(checkHistory(h)).toBe(`conflicts.0.accountId: ${NOT_IN_FILE}`);
  });

  it('settings for an account not in the file are refused', () => {
    const h = base();
    h.settings = { 'jd:shop1': {}, 'jd:ghost': {} };
    expect(checkHistory(h)).toBe(`settings.jd:ghost: ${NOT_IN_FILE}`);
  });

  it('reports the first problem in the order accounts, sessions, days, references', () => {
    const h = base();
    h.conflicts = [
      {
        platform: 'jd',
        accountId: 'ghost',
        kind: 'day',
        key: '2026-03-01',
        metric: 'buyers',
        manual: { value: 11, source: 'manual', at: '2026-03-01T22:00:00+08:00' },
        scraped: { value: 12, source: 'network', at: '2026-03-01T22:00:00+08:00' },
      },
    ];
    h.days.push({ ...h.days[0]! });
    h.sessions[0]!.live = true;
    h.accounts.push({ ...h.accounts[0]! });
    expect(checkHistory(h)).toMatch(/^accounts\.1\.accountId: /);
    h.accounts.pop();
    expect(checkHistory(h)).toMatch(/^sessions\.0\.end: /);
    h.sessions[0]!.live = false;
    expect(checkHistory(h)).toMatch(/^days\.1\.day: /);
    h.days.pop();
    expect(checkHistory(h)).toMatch(/^conflicts\.0\.accountId: /);
  });

  it('a fractional count is reported before the record’s other problems', () => {
    const h = base();
    h.sessions[0]!.metrics.buyers = {
      value: 1.5,
      source: 'network',
      at: '2026-03-01T22:00:00+08:00',
    };
    h.sessions[0]!.accountId = 'ghost';
    expect(checkHistory(h)).toBe(
      'sessions.0.metrics.buyers.value: 应为整数 / expected a whole count',
    );
  });
});
