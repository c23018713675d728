import { describe, expect, it } from 'vitest';
import {
  applySyncPatch,
  cannotEnable,
  newMachine,
  originPattern,
  readSyncConfig,
  slug,
} from '../../../src/sync/config';
import { SyncPatchSchema } from '../../../src/messaging/schemas/sync';

const seq = () => {
  let i = 0;
  return () => ((i++ * 7) % 16) / 16;
};

describe('team sync config', () => {
  it('a machine id is the name slug plus 8 hex digits, and never follows a rename', () => {
    expect(newMachine('Studio 2', seq())).toEqual({ id: 'studio-2-07e5c3a1', name: 'Studio 2' });
    expect(slug('直播间')).toBe('pc');
    const c = readSyncConfig(undefined, seq()).config;
    expect(applySyncPatch(c, { machineName: '直播间 B' }).machine).toEqual({
      id: c.machine.id,
      name: '直播间 B',
    });
  });

  it('nothing stored: a fresh default, off', () => {
    const r = readSyncConfig(undefined, seq());
    expect(r).toMatchObject({
      fresh: true,
      problem: null,
      config: { enabled: false, url: '', db: '' },
    });
  });

  it('a stored copy that no longer parses is reported, sync stays off, the machine id survives', () => {
    const r = readSyncConfig(
      { enabled: true, url: 'ftp://x', machine: { id: 'a-1', name: 'A' } },
      seq(),
    );
    expect(r.config.enabled).toBe(false);
    expect(r.config.machine).toEqual({ id: 'a-1', name: 'A' });
    expect(r.problem).toMatch(/url/);
  });

  it('patches change only their fields; a trailing slash is dropped', () => {
    const c = readSyncConfig(undefined, seq()).config;
    const n = applySyncPatch(c, { url: 'https://couch.example.com/team-proxy/', db: 'shops' });
    expect(n).toEqual({ ...c, url: 'https://couch.example.com/team-proxy', db: 'shops' });
    expect(c.url).toBe('');
  });

  it('server URLs: http(s) only, no credentials, query or fragment; CouchDB db names', () => {
    const ok = (p: unknown) => SyncPatchSchema.safeParse(p).success;
    expect(ok({ url: 'https://couch.example.com:6984' })).toBe(true);
    expect(ok({ url: 'http://127.0.0.1:5984' })).toBe(true);
    expect(ok({ url: 'https://u:p@couch.example.com' })).toBe(false);
    expect(ok({ url: 'https://couch.example.com/?x=1' })).toBe(false);
    expect(ok({ url: 'javascript:alert(1)' })).toBe(false);
    expect(ok({ db: 'team_01' })).toBe(true);
    expect(ok({ db: 'Team' })).toBe(false);
    expect(ok({ db: '_users' })).toBe(false);
    expect(ok({ machineName: '  ' })).toBe(false);
  });

  it('enabling needs a URL and a database; the permission asked is exactly the origin', () => {
    const c = readSyncConfig(undefined, seq()).config;
    expect(cannotEnable(c)?.en).toBe('Enter the server URL');
    expect(cannotEnable({ ...c, url: 'https://h' })?.en).toBe('Enter the database name');
    expect(cannotEnable({ ...c, url: 'https://h', db: 'd' })).toBeNull();
    expect(originPattern('https://couch.example.com:6984/prefix')).toBe(
      'https://couch.example.com:6984/*',
    );
  });
});
