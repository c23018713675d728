import { describe, expect, it } from 'vitest';
import { v1 } from '../../../../src/settings/migrations/v1';

describe('settings step v0 → v1', () => {
  it('stamps version 1 and keeps every field of a version-less copy as it was', () => {
    const alerts = { achieved: false, behindPaceHour: 7 };
    const v0 = { language: 'en', alerts, retentionDays: 365, badgeDisabled: ['jd', 'alibaba'] };
    expect(v1(v0)).toEqual({
      version: 1,
      language: 'en',
      alerts: { achieved: false, behindPaceHour: 7 },
      retentionDays: 365,
      badgeDisabled: ['jd', 'alibaba'],
    });
  });

  it('passes unreadable and unknown fields on for the reader to report, and leaves its input alone', () => {
    const v0 = { language: 42, colour: 'red' };
    expect(v1(v0)).toEqual({ version: 1, language: 42, colour: 'red' });
    expect(v0).toEqual({ language: 42, colour: 'red' });
  });
});
