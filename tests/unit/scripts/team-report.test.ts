import { describe, expect, it } from 'vitest';
import type { TeamShop } from '../../../src/sync/types';
import { parseCouchTarget } from '../../../scripts/lib/couch-read';
import { USAGE, formatShopTable, parseProgressArgs } from '../../../scripts/lib/team-report';

describe('progress CLI arguments', () => {
  it('an export file, with --at and --json in any order', () => {
    expect(parseProgressArgs(['x.json'])).toEqual({
      ok: true,
      source: { file: 'x.json' },
      json: false,
    });
    expect(parseProgressArgs(['--json', '--at', '2026-01-20T15:00:00+08:00', 'x.json'])).toEqual({
      ok: true,
      source: { file: 'x.json' },
      at: '2026-01-20T15:00:00+08:00',
      json: true,
    });
  });
  it('--couch <url>/<db> instead of a file', () => {
    expect(parseProgressArgs(['--couch', 'https://couch.example.com/team-a', '--json'])).toEqual({
      ok: true,
      source: { couch: 'https://couch.example.com/team-a' },
      json: true,
    });
  });
  it('refuses no source, two sources, a missing value, a bad instant and unknown flags', () => {
    expect(parseProgressArgs([])).toEqual({ ok: false, error: USAGE });
    expect(parseProgressArgs(['x.json', '--couch', 'http://h/db'])).toEqual({
      ok: false,
      error: USAGE,
    });
    expect(parseProgressArgs(['--couch'])).toEqual({ ok: false, error: '--couch needs a value' });
    expect(parseProgressArgs(['--couch', '--json'])).toEqual({
      ok: false,
      error: '--couch needs a value',
    });
    expect(parseProgressArgs(['x.json', '--at', 'yesterday'])).toEqual({
      ok: false,
      error: '--at: not an ISO instant: yesterday',
    });
    const r = parseProgressArgs(['x.json', '--csv']);
    expect(r.ok ? '' : r.error).toMatch(/^unknown argument --csv\n/);
  });
});

describe('--couch target', () => {
  it('splits server and database, keeping a path prefix; credentials from the URL first', () => {
    expect(parseCouchTarget('https://op1:p%40ss@couch.example.com/prefix/team-a/', {})).toEqual({
      url: 'https://couch.example.com/prefix',
      db: 'team-a',
      username: 'op1',
      password: 'p@ss',
    });
    expect(
      parseCouchTarget('http://127.0.0.1:5984/team-b', { COUCH_USER: 'u', COUCH_PASSWORD: 'pw' }),
    ).toEqual({ url: 'http://127.0.0.1:5984', db: 'team-b', username: 'u', password: 'pw' });
  });
  it('says what is wrong', () => {
    expect(parseCouchTarget('couch.example.com/team', {})).toEqual({
      error: '--couch: not a URL: couch.example.com/team (expected <url>/<db>)',
    });
    expect(parseCouchTarget('https://couch.example.com/', {})).toEqual({
      error: '--couch: no database in https://couch.example.com/ (expected <url>/<db>)',
    });
    expect(parseCouchTarget('ftp://h/db', {})).toEqual({
      error: '--couch: expected an http(s) URL, got ftp:',
    });
  });
});

describe('shop table', () => {
  const shop = (over: Partial<TeamShop>): TeamShop => ({
    platform: 'jd',
    accountId: 'jd-1001',
    displayName: '好物直播间',
    machines: [],
    lastLive: null,
    live: false,
    updatedAt: null,
    status: 'none',
    conflicts: 0,
    ...over,
  });
  it('one row per shop: who streamed it last and when in Beijing time, status, conflicts', () => {
    const text = formatShopTable([
      shop({
        lastLive: { machine: { id: 'front-a1', name: '前台电脑' }, at: '2026-01-20T06:57:00.000Z' },
        live: true,
        updatedAt: '2026-01-20T06:58:00.000Z',
        status: 'behind',
        conflicts: 2,
      }),
      shop({ platform: 'douyin', accountId: 'dy-9', displayName: '', status: 'done' }),
    ]);
    expect(text.split('\n')).toEqual([
      '平台 (platform)  店铺 (shop)                           最近直播 (last streamed by)  时间 (when, Beijing)  状态 (status)  冲突 (conflicts)  更新 (updated)',
      '京东直播         好物直播间 [jd-1001] · 直播中 (live)  前台电脑                     2026-01-20 14:57      落后 (behind)  2                 2026-01-20 14:58',
      '抖音             dy-9 [dy-9]                           —                            —                     已达成 (done)  0                 —',
    ]);
  });
});
