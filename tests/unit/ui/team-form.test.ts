import { describe, expect, it } from 'vitest';
import { formOf, formPatch, type SyncConfigView } from '../../../src/ui/options/team-form';

const saved: SyncConfigView = {
  enabled: false,
  url: 'https://couch.example.com',
  db: 'team-a',
  username: 'op1',
  hasPassword: true,
  machine: { id: 'shop-pc-1-x7k2', name: '前台电脑' },
};

describe('formPatch', () => {
  it('an untouched form is an empty patch: the password is never sent back', () => {
    expect(formPatch(formOf(saved), saved, 'zh')).toEqual({ ok: true, patch: {} });
  });

  it('sends only the fields that changed, trimmed, the URL without its trailing slash', () => {
    const form = {
      ...formOf(saved),
      url: ' https://couch2.example.com:6984/ ',
      machineName: ' 直播间二号机 ',
      password: 's3cret',
    };
    expect(formPatch(form, saved, 'zh')).toEqual({
      ok: true,
      patch: {
        url: 'https://couch2.example.com:6984',
        password: 's3cret',
        machineName: '直播间二号机',
      },
    });
  });

  it('enabling adds enabled: true and checks the saved URL and database too', () => {
    expect(formPatch(formOf(saved), saved, 'zh', true)).toEqual({
      ok: true,
      patch: { enabled: true },
    });
    const blank = { ...saved, url: '', db: '' };
    const r = formPatch(formOf(blank), blank, 'zh', true);
    expect(r).toMatchObject({ ok: false });
    expect(r.ok ? '' : r.error).toMatch(/^服务器地址无效：/);
  });

  it('refuses a URL with credentials or a query, and a database name CouchDB refuses', () => {
    const withUser = formPatch(
      { ...formOf(saved), url: 'https://op1:pw@couch.example.com' },
      saved,
      'en',
    );
    expect(withUser.ok ? '' : withUser.error).toMatch(/^Invalid server URL: /);
    const badDb = formPatch({ ...formOf(saved), db: 'Team A' }, saved, 'zh');
    expect(badDb.ok ? '' : badDb.error).toBe(
      '数据库名无效：数据库名：小写字母开头 / database: starts with a-z',
    );
  });

  it('an emptied machine name keeps the saved one rather than sending an invalid name', () => {
    expect(formPatch({ ...formOf(saved), machineName: '  ' }, saved, 'zh')).toEqual({
      ok: true,
      patch: {},
    });
  });
});
