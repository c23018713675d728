import { describe, expect, it } from 'vitest';
import {
  CONSOLE_HOST_PATTERNS,
  PLATFORM_META,
  PLATFORMS,
  platformOfHost,
} from '../../../src/platforms/ids';

type Entry = { default: { matches?: string[] } };
const matchesOf = async (name: string): Promise<string[]> =>
  ((await import(`../../../entrypoints/${name}.content/index.ts`)) as Entry).default.matches ?? [];

/** A host a match pattern covers: `https://*.1688.com/*` → work.1688.com. */
const sampleHost = (pattern: string): string =>
  (/^https:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '').replace(/^\*\./, 'work.');

describe('console hosts come from the platform metas', () => {
  // A content script may run on narrower paths than its platform's host permission.
  it.each(PLATFORMS)('%s: its content script runs on its own hosts, each of them', async (p) => {
    const matches = await matchesOf(p);
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) expect(platformOfHost(sampleHost(m)), m).toBe(p);
    const covered = new Set(matches.map(sampleHost));
    for (const h of PLATFORM_META[p].hosts) expect(covered.has(sampleHost(h)), h).toBe(true);
  });

  it('the tap runs on the platforms with JSON endpoints, and only there', async () => {
    const tapped = new Set((await matchesOf('tap')).map((m) => platformOfHost(sampleHost(m))));
    const withApi = PLATFORMS.filter((p) => PLATFORM_META[p].api !== null);
    expect([...tapped].sort()).toEqual([...withApi].sort());
    expect(tapped.has('jd')).toBe(true);
    expect(tapped.has('alibaba')).toBe(false);
  });

  it.each(PLATFORMS.flatMap((p) => PLATFORM_META[p].hosts.map((h) => [h, p] as const)))(
    'a sender on %s is %s',
    (pattern, p) => expect(platformOfHost(sampleHost(pattern))).toBe(p),
  );

  it('knows no other host', () => {
    expect(platformOfHost('1688.com')).toBe('alibaba');
    expect(platformOfHost('x1688.com')).toBeNull();
    expect(platformOfHost('jd.com')).toBeNull();
    expect(platformOfHost('evil.example')).toBeNull();
  });

  it('asks host permission for every console and nothing else', () => {
    expect(CONSOLE_HOST_PATTERNS).toEqual(PLATFORMS.flatMap((p) => PLATFORM_META[p].hosts));
    expect(CONSOLE_HOST_PATTERNS).toContain('https://channels.weixin.qq.com/*');
    expect(CONSOLE_HOST_PATTERNS.some((h) => h.includes('<all_urls>') || h === 'https://*/*')).toBe(
      false,
    );
  });
});
