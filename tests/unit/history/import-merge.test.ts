import { describe, expect, it } from 'vitest';
import { parseHistory, planImport } from '../../../src/history/import';
import { accKey, emptyLedger, type Ledger } from '../../../src/history/ledger';
import {
  HISTORY_FORMAT,
  HISTORY_FORMAT_VERSION,
  type AccountSettings,
  type History,
} from '../../../src/history/model';

const ACC = { platform: 'alibaba' as const, accountId: 'b2b-1', displayName: '义乌小店' };
const KEY = accKey('alibaba', 'b2b-1');
const READ_AT = '2026-02-01T10:00:00+08:00';
const net = (value: number, at = READ_AT) => ({ value, source: 'network' as const, at });

/** A ledger holding facts read from the 1688 workbench this morning. */
function consoleRead(): Ledger {
  const l = emptyLedger();
  l.accounts[KEY] = ACC;
  l.settings[KEY] = {
    alibabaCategory: 'consumer',
    shop: {
      chengxintong: true,
      medal: net(3),
      bsrDesc: net(4.8),
      fans: net(1234),
      sessions30: net(12),
      buyers30: net(56),
    },
  };
  return l;
}

/** An export file of that account with the given settings (day records irrelevant here). */
function file(settings: AccountSettings | undefined): History {
  const p = parseHistory(
    JSON.stringify({
      format: HISTORY_FORMAT,
      version: HISTORY_FORMAT_VERSION,
      exportedAt: '2026-02-01T12:00:00+08:00',
      accounts: [ACC],
      sessions: [],
      days: [],
      settings: settings ? { 'alibaba:b2b-1': settings } : {},
      conflicts: [],
    }),
  );
  if (!p.ok) throw new Error(p.error);
  return p.value;
}

describe('import merges settings per field', () => {
  it('a file without shop facts keeps the console-read facts exactly', () => {
    const cur = consoleRead();
    const plan = planImport(cur, file({ alibabaCategory: 'consumer' }));
    expect(plan.next.settings[KEY]).toEqual(cur.settings[KEY]);
    expect(plan.next.settings[KEY]?.shop?.medal).toEqual(net(3));
    expect(plan.summary.settings).toBeUndefined();
  });

  it('a file without any settings for the account keeps them too', () => {
    const cur = consoleRead();
    const plan = planImport(cur, file(undefined));
    expect(plan.next.settings[KEY]?.shop).toEqual(cur.settings[KEY]?.shop);
  });

  it('a file carrying only some facts replaces those (newer) and keeps the others', () => {
    const later = '2026-02-01T11:00:00+08:00';
    const plan = planImport(
      consoleRead(),
      file({
        alibabaCategory: 'industrial',
        shop: { medal: net(4, later), fans: net(1300, later) },
      }),
    );
    const shop = plan.next.settings[KEY]?.shop;
    expect(shop?.medal).toEqual(net(4, later));
    expect(shop?.fans).toEqual(net(1300, later));
    expect(shop?.bsrDesc).toEqual(net(4.8));
    expect(shop?.buyers30).toEqual(net(56));
    expect(shop?.chengxintong).toBe(true);
    expect(plan.next.settings[KEY]?.alibabaCategory).toBe('industrial');
    // The dry run lists exactly what changes, with the shown figures.
    expect(plan.summary.settings).toEqual([
      {
        platform: 'alibaba',
        accountId: 'b2b-1',
        field: 'alibabaCategory',
        from: 'consumer',
        to: 'industrial',
      },
      { platform: 'alibaba', accountId: 'b2b-1', field: 'shop.medal', from: 3, to: 4 },
      { platform: 'alibaba', accountId: 'b2b-1', field: 'shop.fans', from: 1234, to: 1300 },
    ]);
    // The settings row is among the rows an apply writes.
    expect(plan.written.settings.has(KEY)).toBe(true);
  });

  it('an older fact in the file does not replace a newer console reading', () => {
    const plan = planImport(
      consoleRead(),
      file({ shop: { medal: net(2, '2026-01-20T10:00:00+08:00') } }),
    );
    expect(plan.next.settings[KEY]?.shop?.medal).toEqual(net(3));
    expect(plan.summary.settings).toBeUndefined();
  });

  it('into an empty profile, the file facts arrive and the preview lists them', () => {
    const plan = planImport(emptyLedger(), file({ shop: { medal: net(3) } }));
    expect(plan.next.settings[KEY]).toEqual({ shop: { medal: net(3) } });
    expect(plan.summary.settings).toEqual([
      { platform: 'alibaba', accountId: 'b2b-1', field: 'shop.medal', from: null, to: 3 },
    ]);
  });
});
