import { describe, expect, it } from 'vitest';
import { emptyDirty, emptyLedger } from '../../../src/history/ledger';
import { applyManual } from '../../../src/history/manual';
import { parseHistory } from '../../../src/history/import';
import {
  AccountSettingsSchema,
  DayKeySchema,
  IsoInstantSchema,
  isDayKey,
} from '../../../src/history/model';
import { ManualEntrySchema } from '../../../src/messaging';

const at = '2026-03-02T12:00:00+08:00';
const file = (day: string) =>
  JSON.stringify({
    format: 'livepace-history',
    version: 1,
    exportedAt: at,
    accounts: [{ platform: 'jd', accountId: 'shop1', displayName: '小店' }],
    sessions: [],
    days: [
      {
        platform: 'jd',
        accountId: 'shop1',
        day,
        metrics: { durationSec: { value: 36_000, source: 'manual', at } },
      },
    ],
  });

describe('day keys round-trip or are refused', () => {
  it('accepts exactly the days of the calendar (365 in 2026, 366 in 2028)', () => {
    for (const [y, n] of [
      [2026, 365],
      [2028, 366],
      [2100, 0],
    ] as const) {
      let ok = 0;
      for (let m = 0; m <= 13; m += 1)
        for (let d = 0; d <= 32; d += 1) {
          const k = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          if (isDayKey(k)) ok += 1;
        }
      expect([y, ok]).toEqual([y, n]);
    }
  });

  it.each(['2026-02-30', '2026-02-29', '2026-04-31', '2026-00-10', '2026-1-05', '9999-01-01'])(
    '%s is refused by the schema, the importer, manual entry and settings',
    (bad) => {
      expect(DayKeySchema.safeParse(bad).success).toBe(false);
      const imp = parseHistory(file(bad));
      expect(imp).toEqual({ ok: false, error: expect.stringMatching(/^days\.0\.day: /) });
      const entry = { platform: 'jd', accountId: 'shop1', kind: 'day', key: bad, metrics: {} };
      const m = ManualEntrySchema.safeParse(entry);
      expect(m.success ? [] : m.error.issues.map((i) => i.path.join('.'))).toEqual(['key']);
      const l = emptyLedger();
      expect(() =>
        applyManual(l, { ...entry, kind: 'day', platform: 'jd' }, new Date(at), emptyDirty()),
      ).toThrow();
      expect(Object.keys(l.days)).toEqual([]);
      const s = AccountSettingsSchema.safeParse({ jdEnrolled: { '2026-02': bad } });
      expect(s.success).toBe(false);
    },
  );

  it('a month key must be a month; the boundary days are accepted', () => {
    expect(
      AccountSettingsSchema.safeParse({ jdEnrolled: { '2026-13': '2026-02-28' } }).success,
    ).toBe(false);
    expect(AccountSettingsSchema.parse({ jdEnrolled: { '2026-02': '2026-02-28' } })).toEqual({
      jdEnrolled: { '2026-02': '2026-02-28' },
    });
    expect(['2000-01-01', '2099-12-31', '2028-02-29'].map(isDayKey)).toEqual([true, true, true]);
    expect(['1999-12-31', '2100-01-01'].map(isDayKey)).toEqual([false, false]);
    const good = parseHistory(file('2026-03-02'));
    expect(good.ok && good.value.days.map((d) => d.day)).toEqual(['2026-03-02']);
  });

  it('instants outside 2000–2099 are refused; a session in year 9999 cannot be imported', () => {
    expect(IsoInstantSchema.safeParse('9999-01-01T00:00:00Z').success).toBe(false);
    expect(IsoInstantSchema.safeParse('1999-12-31T23:59:59+08:00').success).toBe(false);
    expect(IsoInstantSchema.safeParse('2099-12-31T23:59:59+08:00').success).toBe(true);
  });
});
