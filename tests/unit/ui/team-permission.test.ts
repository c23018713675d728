import { describe, expect, it, vi } from 'vitest';
import {
  ensureOrigin,
  originPattern,
  type OriginPermissions,
} from '../../../src/ui/options/team-permission';

/** A fake `browser.permissions`: what is granted, and what the seller answers when asked. */
function fake(
  granted: string[],
  answer: boolean | 'throw',
): OriginPermissions & {
  contains: ReturnType<typeof vi.fn>;
  request: ReturnType<typeof vi.fn>;
} {
  return {
    contains: vi.fn(async (p: { origins: string[] }) =>
      p.origins.every((o) => granted.includes(o)),
    ),
    request: vi.fn(async () => {
      if (answer === 'throw') throw new Error('This function must be called during a user gesture');
      return answer;
    }),
  };
}

describe('originPattern', () => {
  it('is the origin of the server, port kept, path dropped', () => {
    expect(originPattern('https://couch.example.com:6984/teams/a')).toBe(
      'https://couch.example.com:6984/*',
    );
    expect(originPattern('http://127.0.0.1:5984')).toBe('http://127.0.0.1:5984/*');
  });
  it('refuses what is not an http(s) URL', () => {
    expect(originPattern('ftp://couch.example.com')).toBeNull();
    expect(originPattern('couch.example.com')).toBeNull();
    expect(originPattern('')).toBeNull();
  });
});

describe('ensureOrigin', () => {
  const URL_ = 'https://couch.example.com:6984/team';
  const WANT = { origins: ['https://couch.example.com:6984/*'] };

  it('does not ask again when the origin is already granted', async () => {
    const p = fake(['https://couch.example.com:6984/*'], false);
    expect(await ensureOrigin(p, URL_)).toEqual({
      ok: true,
      origin: 'https://couch.example.com:6984',
      asked: false,
    });
    expect(p.contains).toHaveBeenCalledWith(WANT);
    expect(p.request).not.toHaveBeenCalled();
  });

  it('asks for exactly the server origin, nothing wider, and reports the grant', async () => {
    const p = fake(['https://other.example.com/*'], true);
    expect(await ensureOrigin(p, URL_)).toEqual({
      ok: true,
      origin: 'https://couch.example.com:6984',
      asked: true,
    });
    expect(p.request).toHaveBeenCalledTimes(1);
    expect(p.request).toHaveBeenCalledWith(WANT);
  });

  it('a refusal is denied', async () => {
    const p = fake([], false);
    expect(await ensureOrigin(p, URL_)).toEqual({
      ok: false,
      origin: 'https://couch.example.com:6984',
      reason: 'denied',
    });
  });

  it('a request Chrome rejects (no user gesture) is denied, never granted', async () => {
    const p = fake([], 'throw');
    const r = await ensureOrigin(p, URL_);
    expect(r).toMatchObject({ ok: false, reason: 'denied' });
  });

  it('an invalid URL asks nothing at all', async () => {
    const p = fake([], true);
    expect(await ensureOrigin(p, 'javascript:alert(1)')).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    expect(p.contains).not.toHaveBeenCalled();
    expect(p.request).not.toHaveBeenCalled();
  });
});
