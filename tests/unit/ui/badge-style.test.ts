import { afterEach, describe, expect, it, vi } from 'vitest';
import { BADGE_CSS } from '../../../src/ui/badge/css';
import { BADGE_CSS_KEY } from '../../../src/messaging/keys';
import { zhBadge } from '../../../src/ui/i18n/zh';
import { enBadge } from '../../../src/ui/i18n/en';

/**
 * The badge's stylesheet travels with its strings (issue #16: ~1.1 KB gzip out of every console
 * top frame): the background's `badgeStrings` reply carries it, and the badge's loader hands it
 * to the shadow root, not to the dictionary.
 */
const sent = vi.hoisted(() => ({ reply: {} }));
vi.mock('../../../src/messaging/client', () => ({
  call: vi.fn(() => Promise.resolve(sent.reply)),
}));

afterEach(() => vi.clearAllMocks());

describe('the badge stylesheet comes from the background', () => {
  it('badgeStrings answers the strings of the language and the stylesheet', async () => {
    const { dataHandlers } = await import('../../../src/background/handlers-data');
    const h = dataHandlers({} as never);
    for (const [lang, dict] of [
      ['zh', zhBadge],
      ['en', enBadge],
    ] as const) {
      const r = (await h.badgeStrings({ lang })) as Record<string, string>;
      expect(r[BADGE_CSS_KEY]).toBe(BADGE_CSS);
      expect(BADGE_CSS.length).toBeGreaterThan(1000);
      const { [BADGE_CSS_KEY]: _css, ...strings } = r;
      expect(strings).toEqual(dict);
    }
  });

  it('the loader returns the stylesheet and keeps it out of the strings', async () => {
    const { loadBadgeStrings } = await import('../../../src/ui/badge/rpc');
    const { isBadgeKey, tb } = await import('../../../src/ui/i18n/core');
    sent.reply = { ...zhBadge, [BADGE_CSS_KEY]: '.x{color:red}' };
    expect(await loadBadgeStrings('zh')).toBe('.x{color:red}');
    const someKey = Object.keys(zhBadge)[0] as keyof typeof zhBadge;
    expect(tb('zh', someKey)).toBe(zhBadge[someKey]);
    expect(isBadgeKey(BADGE_CSS_KEY)).toBe(false);
    sent.reply = { ...zhBadge };
    expect(await loadBadgeStrings('zh')).toBe('');
  });
});
