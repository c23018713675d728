import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { upgradeSettings } from '../../../src/settings/migrations';
import { readSettings, SETTINGS_STEPS, SETTINGS_VERSION } from '../../../src/settings';

/** Everything a seller can set, each away from its default, as the current version stores it. */
const SET_BY_SELLER = {
  version: 1,
  language: 'en',
  alerts: {
    achieved: false,
    behindPace: false,
    behindPaceHour: 7,
    jdNear24h: false,
    alibabaNearMidnight: false,
    alibabaLevelAtRisk: false,
  },
  retentionDays: 365,
  badgeDisabled: ['jd', 'alibaba'],
};

/** Alert toggles added after these copies were written: a default, no version step needed. */
const ADDED_LATER = { sessionReview: true };

/**
 * One stored copy per version, written out as that version stored it (not made by the steps).
 * Adding a step without adding its version's copy here fails the first test below.
 */
const STORED: Record<number, Record<string, unknown>> = {
  0: {
    language: 'en',
    alerts: SET_BY_SELLER.alerts,
    retentionDays: 365,
    badgeDisabled: ['jd', 'alibaba'],
  },
  1: SET_BY_SELLER,
};

describe('settings migrations', () => {
  it('the version is the number of steps, each step has its test file, each version a stored copy', () => {
    expect(SETTINGS_VERSION).toBe(SETTINGS_STEPS.length);
    const tests = readdirSync(new URL('./migrations/', import.meta.url)).sort();
    expect(tests).toEqual(SETTINGS_STEPS.map((_, i) => `v${i + 1}.test.ts`));
    expect(Object.keys(STORED).map(Number)).toEqual(
      Array.from({ length: SETTINGS_VERSION + 1 }, (_, v) => v),
    );
  });

  for (const [version, stored] of Object.entries(STORED)) {
    it(`a copy stored by version ${version} loads as the current shape with every setting kept`, () => {
      expect(readSettings(structuredClone(stored))).toEqual({
        settings: { ...SET_BY_SELLER, alerts: { ...SET_BY_SELLER.alerts, ...ADDED_LATER } },
        problems: [],
      });
    });
  }

  it('a field added later with a default keeps what the seller then set', () => {
    const now = { ...SET_BY_SELLER, alerts: { ...SET_BY_SELLER.alerts, sessionReview: false } };
    expect(readSettings(structuredClone(now))).toEqual({ settings: now, problems: [] });
  });

  it('a version-0 copy with only some fields set gets the defaults for the rest, no problem', () => {
    expect(readSettings({ language: 'en' })).toEqual({
      settings: { ...readSettings(undefined).settings, language: 'en' },
      problems: [],
    });
  });

  it('a version it does not know is named, and the fields are still read one by one', () => {
    for (const bad of [-1, 1.5, '1', SETTINGS_VERSION + 1]) {
      const problems: string[] = [];
      const out = upgradeSettings({ version: bad, language: 'en' }, problems);
      expect(out).toEqual({ version: SETTINGS_VERSION, language: 'en' });
      expect(problems).toEqual([`version: ${JSON.stringify(bad)} is not a known settings version`]);
    }
    expect(readSettings({ version: 99, retentionDays: 90 }).settings.retentionDays).toBe(90);
  });

  it('a current copy goes through no step', () => {
    const problems: string[] = [];
    const cur = { version: SETTINGS_VERSION, colour: 'red' };
    expect(upgradeSettings(cur, problems)).toBe(cur);
    expect(problems).toEqual([]);
  });
});
