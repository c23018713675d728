/**
 * Host permission for the team's CouchDB (issue #12): the manifest only declares
 * `optional_host_permissions`, so options asks Chrome for exactly the server's origin when the
 * seller switches sync on. Called from the click handler (a user gesture, which Chrome requires
 * for `permissions.request`); `permissions` is passed in so tests use a fake.
 */

/** The part of `browser.permissions` this needs. */
export interface OriginPermissions {
  contains(p: { origins: string[] }): Promise<boolean>;
  request(p: { origins: string[] }): Promise<boolean>;
}

/** "https://couch.example.com:6984/*" for "https://couch.example.com:6984/team"; null if not http(s). */
export function originPattern(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  return `${u.origin}/*`;
}

export type OriginGrant =
  | { ok: true; origin: string; asked: boolean }
  | { ok: false; origin: string; reason: 'denied' | 'invalid' };

/**
 * Makes sure the server's origin is granted: already granted → no prompt; else Chrome asks the
 * seller. A rejected request (e.g. no gesture) counts as denied, never as granted.
 */
export async function ensureOrigin(api: OriginPermissions, url: string): Promise<OriginGrant> {
  const pattern = originPattern(url);
  if (!pattern) return { ok: false, origin: url, reason: 'invalid' };
  const origin = pattern.slice(0, -2);
  const want = { origins: [pattern] };
  if (await api.contains(want).catch(() => false)) return { ok: true, origin, asked: false };
  const granted = await api.request(want).catch(() => false);
  return granted ? { ok: true, origin, asked: true } : { ok: false, origin, reason: 'denied' };
}
