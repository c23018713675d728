// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { readSettings, type GlobalSettings } from '../../../src/settings';

/** The getSettings reply the options page receives; set by each test. */
let reply: Record<string, unknown> = {};
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      sendMessage: async (m: { type: string }) =>
        m.type === 'getSettings' ? reply : { error: `unexpected ${m.type}` },
    },
  },
}));
const { OptionsApp } = await import('../../../src/ui/options/App');

/** Renders the whole options page on a getSettings reply; resolves once it has loaded. */
async function optionsWith(stored: unknown): Promise<HTMLElement> {
  const { settings, problems } = readSettings(stored);
  reply = {
    global: settings,
    accounts: [],
    accountSettings: {},
    ...(problems.length ? { settingsProblems: problems } : {}),
  };
  const root = document.createElement('div');
  document.body.append(root);
  render(<OptionsApp />, root);
  await vi.waitFor(() => {
    if (!root.querySelector('[data-testid="tab-general"]')) throw new Error('not rendered');
    if (!root.textContent?.includes(settings.language === 'zh' ? '还没有账号' : 'No accounts'))
      throw new Error('not loaded');
  });
  return root;
}
const text = (root: HTMLElement, id: string): string | null =>
  root.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;

const good: GlobalSettings = {
  version: 1,
  language: 'zh',
  alerts: {
    achieved: true,
    behindPace: false,
    behindPaceHour: 21,
    jdNear24h: true,
    alibabaNearMidnight: true,
    alibabaLevelAtRisk: true,
    sessionReview: false,
  },
  retentionDays: 90,
  badgeDisabled: ['jd'],
};

describe('options page: stored settings that could not be read', () => {
  it('says in Chinese which settings went back to their defaults and which were kept', async () => {
    // Language and alerts unreadable; retention and the badge list readable.
    const root = await optionsWith({ ...good, language: 'fr', alerts: { achieved: 'yes' } });
    expect(text(root, 'settings-problems')).toContain('部分已保存的设置无法读取');
    expect(text(root, 'settings-reset')).toBe('已改用默认值：语言、提醒');
    expect(text(root, 'settings-kept')).toBe('按原样保留：历史保留期限、页面小徽标开关');
    expect(text(root, 'settings-ignored')).toBeNull();
    expect(text(root, 'settings-problems')).toContain('原来保存的内容已另存一份，不会被覆盖');
    root.remove();
  });

  it('in English when the kept language is English, with unknown fields named', async () => {
    const root = await optionsWith({ ...good, language: 'en', retentionDays: 5, theme: 'dark' });
    expect(text(root, 'settings-problems')).toContain('Some saved settings could not be read');
    expect(text(root, 'settings-reset')).toBe('Back to their defaults: History retention');
    expect(text(root, 'settings-kept')).toBe('Kept as they were: Language, Alerts, In-page badges');
    expect(text(root, 'settings-ignored')).toBe('Unknown fields not used: theme');
    root.remove();
  });

  it('says nothing was kept when the stored value was not settings at all', async () => {
    const root = await optionsWith('garbage');
    expect(text(root, 'settings-reset')).toBe(
      '已改用默认值：语言、提醒、历史保留期限、页面小徽标开关',
    );
    expect(text(root, 'settings-kept')).toBe('没有可保留的设置，全部使用默认值');
    root.remove();
  });

  it('shows no message when the stored settings were readable', async () => {
    const root = await optionsWith(good);
    expect(root.querySelector('[data-testid="settings-problems"]')).toBeNull();
    root.remove();
  });
});
