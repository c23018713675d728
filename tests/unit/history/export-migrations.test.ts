import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openHistoryDb } from '../../../src/history/db';
import { exportHistory } from '../../../src/history/export';
import { parseHistory, planImport } from '../../../src/history/import';
import { emptyLedger } from '../../../src/history/ledger';
import { EXPORT_MIGRATIONS, migrateExport } from '../../../src/history/migrations/export';
import { HISTORY_FORMAT_VERSION, type History } from '../../../src/history/model';
import { loadLedger, replaceAll } from '../../../src/history/persist';
import { historyToLedger } from '../../../src/history/to-history';

const now = new Date('2026-03-11T12:00:00+08:00');
const V1 = readFileSync('tests/fixtures/sample-export.json', 'utf8');

describe('export format migrations', () => {
  it('one step per older version; the current version is 2', () => {
    expect(HISTORY_FORMAT_VERSION).toBe(2);
    expect(EXPORT_MIGRATIONS).toHaveLength(HISTORY_FORMAT_VERSION - 1);
  });

  it('a version 1 file imports through the migration, every record as it was', () => {
    const raw = JSON.parse(V1) as Record<string, unknown>;
    expect(raw.version).toBe(1);
    const r = parseHistory(V1);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.version).toBe(2);
    const { version: _v1, ...before } = raw;
    const { version: _v2, ...after } = r.value;
    expect(after).toEqual(before);
    expect(r.value.accounts.map((a) => a.platform)).toEqual(['jd', 'channels', 'alibaba']);
  });

  it('refuses versions it has no step for, naming the range it reads', () => {
    expect(migrateExport({ version: 0 }, 2)).toBeNull();
    expect(migrateExport({ version: 3 }, 2)).toBeNull();
    expect(migrateExport({ version: 1.5 }, 2)).toBeNull();
    const r = parseHistory(V1.replace('"version": 1', '"version": 3'));
    expect(r.ok ? 'accepted' : r.error).toBe(
      'version: 不支持的版本 3（支持 1–2）/ unsupported version 3 (this extension reads 1–2)',
    );
  });
});

/** A Douyin account with both fan clubs, new followers, targets and seller-entered levels. */
function douyinHistory(): History {
  const at = '2026-03-10T22:00:00+08:00';
  const v = (value: number) => ({ value, source: 'network' as const, at });
  const metrics = {
    durationSec: v(7200),
    dau: v(12_345),
    gmvFen: v(4_567_890),
    buyers: v(321),
    clubLive: v(88),
    clubShop: v(21),
    newFans: v(640),
  };
  const key = { platform: 'douyin' as const, accountId: 'xiaoxiang_88' };
  return {
    format: 'livepace-history',
    version: HISTORY_FORMAT_VERSION,
    exportedAt: '2026-03-11T12:00:00+08:00',
    accounts: [{ ...key, displayName: '小象好物' }],
    sessions: [
      {
        ...key,
        sessionId: '7481234567890123456',
        start: '2026-03-10T20:00:00+08:00',
        end: at,
        live: false,
        metrics,
        flags: {},
        lastSeenAt: at,
      },
    ],
    days: [{ ...key, day: '2026-03-10', metrics, sessions: 1 }],
    settings: {
      'douyin:xiaoxiang_88': {
        douyinTargets: [
          {
            id: 'club',
            label: '每场直播团',
            metric: 'clubLive',
            threshold: 100,
            period: 'session',
            reward: '流量券',
          },
        ],
        douyinLevels: {
          club: 'shop',
          levels: [{ level: 2, intimacy: 500, dailyEcommerceCap: 300 }],
        },
      },
    },
    conflicts: [],
  };
}

describe('an export with Douyin', () => {
  it('imports back identically through IndexedDB', async () => {
    const text = exportHistory(historyToLedger(douyinHistory()), { format: 'json' }, now).text;
    expect(text).toContain('"clubShop"');
    expect(text).toContain('"dailyEcommerceCap":300');
    const parsed = parseHistory(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.settings['douyin:xiaoxiang_88']?.douyinLevels?.club).toBe('shop');
    const db = await openHistoryDb({ name: `dy-exp-${Math.random()}` });
    await replaceAll(db, planImport(emptyLedger(), parsed.value).next);
    const again = exportHistory(await loadLedger(db), { format: 'json' }, now).text;
    expect(again).toBe(text);
    db.close();
  });
});
