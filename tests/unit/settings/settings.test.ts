import { describe, expect, it, vi } from 'vitest';
import {
  defaultSettings,
  GlobalSettingsPatchSchema,
  patchSettings,
  readSettings,
} from '../../../src/settings';

const sent: unknown[] = [];
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      sendMessage: async (m: unknown) => {
        sent.push(m);
        return { ok: true };
      },
    },
  },
}));

describe('unreadable settings never reset silently', () => {
  it('nothing stored is a fresh install: defaults, no problem', () => {
    expect(readSettings(undefined)).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it('keeps every readable field and names each unreadable one', () => {
    const r = readSettings({
      version: 1,
      language: 'en',
      alerts: { achieved: 3 },
      retentionDays: 12,
      badgeDisabled: ['channels'],
      colour: 'red',
    });
    expect(r.settings).toEqual({
      ...defaultSettings(),
      language: 'en',
      badgeDisabled: ['channels'],
    });
    expect(r.problems.map((p) => p.split(':')[0])).toEqual(['alerts', 'retentionDays', 'colour']);
  });

  it('a version from the future or a non-object is reported', () => {
    expect(readSettings({ version: 7, language: 'en' }).problems).toEqual([
      'version: 7 is not a known settings version',
    ]);
    expect(readSettings({ version: 7, language: 'en' }).settings.language).toBe('en');
    expect(readSettings('zh').problems).toEqual(['settings: not an object']);
  });
});

describe('patches change only what they name', () => {
  it('absent fields are not filled with defaults', () => {
    expect(GlobalSettingsPatchSchema.parse({ alerts: { achieved: false } })).toEqual({
      alerts: { achieved: false },
    });
  });

  it('retention and the whole badge list cannot be sent as a patch', () => {
    expect(GlobalSettingsPatchSchema.safeParse({ retentionDays: 30 }).success).toBe(false);
    expect(GlobalSettingsPatchSchema.safeParse({ badgeDisabled: [] }).success).toBe(false);
  });

  it('merges one alert toggle into the stored alerts', () => {
    const g = { ...defaultSettings(), language: 'en' as const, retentionDays: 90 };
    const next = patchSettings(g, { alerts: { behindPaceHour: 7 } });
    expect(next).toEqual({ ...g, alerts: { ...g.alerts, behindPaceHour: 7 } });
  });

  it('a toggle sent as undefined leaves the stored one as it was', () => {
    const g = { ...defaultSettings(), alerts: { ...defaultSettings().alerts, achieved: false } };
    const next = patchSettings(g, { alerts: { achieved: undefined, behindPace: false } });
    expect(next.alerts).toEqual({ ...g.alerts, achieved: false, behindPace: false });
  });
});

describe("the badge's close", () => {
  it('sends only its own platform, never a copy of the settings it read', async () => {
    const { disableBadge } = await import('../../../src/ui/badge/rpc');
    const stale = { language: 'zh', retentionDays: 30, badgeDisabled: [] };
    await disableBadge({ lang: 'zh', disabled: false, global: stale }, 'jd');
    expect(sent).toEqual([
      { type: 'setBadgeDisabled', payload: { platform: 'jd', disabled: true } },
    ]);
  });
});
