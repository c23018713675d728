import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { makeHistory } from '../../harness/history-data';
import { openHistoryDb, type DB } from '../../../src/history/db';
import { exportHistory } from '../../../src/history/export';
import { parseHistory, planImport } from '../../../src/history/import';
import { emptyLedger } from '../../../src/history/ledger';
import { loadLedger, replaceAll } from '../../../src/history/persist';
import { historyToLedger } from '../../../src/history/to-history';
import type { History } from '../../../src/history/model';
import type { Evaluation } from '../../../src/rules/result';
import { dataHandlers } from '../../../src/background/handlers-data';
import { HistoryService } from '../../../src/background/service';

vi.mock('wxt/browser', () => ({ browser: { runtime: { id: 'x', getURL: (p: string) => p } } }));

const now = new Date('2026-02-01T12:00:00+08:00');
const small = (): History => makeHistory({ accounts: 2, days: 20, now, seed: 7 });
let n = 0;
const dbName = () => `imp-${(n += 1)}-${Math.random()}`;

/** Every row and key of every object store, read straight from IndexedDB. */
async function rawStores(db: DB): Promise<Record<string, Array<[IDBValidKey, unknown]>>> {
  const out: Record<string, Array<[IDBValidKey, unknown]>> = {};
  for (const store of [...db.objectStoreNames]) {
    const keys = await db.getAllKeys(store);
    const rows: unknown[] = await db.getAll(store);
    out[store] = keys.map((k, i) => [k, rows[i]]);
  }
  return out;
}

function json(h: History): string {
  return exportHistory(historyToLedger(h), { format: 'json' }, now).text;
}

describe('export → import', () => {
  it('round-trips through an empty database exactly', async () => {
    const text = json(small());
    const parsed = parseHistory(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const db = await openHistoryDb({ name: dbName() });
    const { next, summary } = planImport(emptyLedger(), parsed.value);
    expect(summary.added).toBe(parsed.value.sessions.length + parsed.value.days.length);
    expect(summary.changed + summary.conflicting + summary.unchanged).toBe(0);
    await replaceAll(db, next);
    const again = exportHistory(await loadLedger(db), { format: 'json' }, now).text;
    expect(again).toBe(text);
    // A second dry run of the same file finds everything unchanged.
    const second = planImport(await loadLedger(db), parsed.value).summary;
    expect(second).toEqual({ added: 0, changed: 0, conflicting: 0, unchanged: summary.added });
    db.close();
  });

  it('exports one account and a date range only', () => {
    const h = small();
    const l = historyToLedger(h);
    const acc = h.accounts[1]!;
    const out = JSON.parse(
      exportHistory(l, { format: 'json', account: acc, from: '2026-01-20', to: '2026-01-25' }, now)
        .text,
    ) as History;
    expect(out.accounts).toEqual([acc]);
    expect(out.days.length).toBe(6);
    expect(
      out.days.every(
        (d) => d.accountId === acc.accountId && d.day >= '2026-01-20' && d.day <= '2026-01-25',
      ),
    ).toBe(true);
    expect(out.sessions.length).toBeGreaterThan(0);
    expect(out.sessions.every((s) => s.accountId === acc.accountId)).toBe(true);
  });

  it('counts changed and conflicting records, and keeps manual values', () => {
    const h = small();
    const cur = historyToLedger(h);
    const edited = structuredClone(h);
    const d0 = edited.days[0]!;
    d0.metrics.gmvFen = { value: 1, source: 'network', at: '2026-01-31T00:00:00+08:00' };
    const curDay = Object.values(cur.days).find(
      (d) => d.day === edited.days[1]!.day && d.accountId === edited.days[1]!.accountId,
    )!;
    curDay.metrics.orders = { value: 99, source: 'manual', at: '2026-01-31T00:00:00+08:00' };
    edited.days[1]!.metrics.orders = {
      value: 12,
      source: 'network',
      at: '2026-01-31T00:00:00+08:00',
    };
    const { next, summary } = planImport(cur, edited);
    expect(summary.changed).toBe(1);
    expect(summary.conflicting).toBe(1);
    const kept = Object.values(next.days).find(
      (d) =>
        d ===
        next.days[
          Object.keys(next.days).find(
            (k) =>
              next.days[k]!.day === edited.days[1]!.day &&
              next.days[k]!.accountId === edited.days[1]!.accountId,
          )!
        ],
    );
    expect(kept!.metrics.orders).toMatchObject({ value: 99, source: 'manual' });
    expect(
      Object.values(next.conflicts).some((c) => c.metric === 'orders' && c.scraped.value === 12),
    ).toBe(true);
  });
});

describe('import rejects bad files with the path of the first bad field', () => {
  const base = () => JSON.parse(json(small())) as Record<string, unknown> & History;
  const cases: Array<[string, (h: ReturnType<typeof base>) => unknown, RegExp]> = [
    [
      'negative',
      (h) =>
        ((h.sessions[3]!.metrics as Record<string, unknown>).gmvFen = {
          value: -5,
          source: 'network',
          at: '2026-01-20T10:00:00+08:00',
        }),
      /^sessions\.3\.metrics\.gmvFen\.value: /,
    ],
    [
      'huge',
      (h) =>
        ((h.days[2]!.metrics as Record<string, unknown>).buyers = {
          value: 1e300,
          source: 'network',
          at: '2026-01-20T10:00:00+08:00',
        }),
      /^days\.2\.metrics\.buyers\.value: /,
    ],
    [
      '"NaN" string',
      (h) =>
        ((h.days[0]!.metrics as Record<string, unknown>).dau = {
          value: 'NaN',
          source: 'network',
          at: '2026-01-20T10:00:00+08:00',
        }),
      /^days\.0\.metrics\.dau\.value: /,
    ],
    [
      'unknown metric',
      (h) =>
        ((h.days[0]!.metrics as Record<string, unknown>).likes = {
          value: 1,
          source: 'network',
          at: '2026-01-20T10:00:00+08:00',
        }),
      /^days\.0\.metrics/,
    ],
  ];
  for (const [label, mutate, re] of cases) {
    it(`rejects ${label}`, () => {
      const h = base();
      mutate(h);
      const r = parseHistory(JSON.stringify(h));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(re);
    });
  }

  it('rejects __proto__, constructor and prototype keys', () => {
    const text = json(small());
    const hostile = text.replace('"metrics":{', '"metrics":{"__proto__":{"polluted":true},');
    const r = parseHistory(hostile);
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(/^sessions\.0\.metrics\.__proto__: /),
    });
    const r2 = parseHistory(text.replace('"accounts":[{', '"accounts":[{"constructor":1,'));
    expect(r2).toEqual({ ok: false, error: expect.stringMatching(/^accounts\.0\.constructor: /) });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a truncated file and a wrong version', () => {
    const text = json(small());
    const t = parseHistory(text.slice(0, Math.floor(text.length / 2)));
    expect(t.ok || t.error).toMatch(/truncated or not JSON/);
    const v = parseHistory(text.replace('"version":2', '"version":3'));
    expect(v.ok || v.error).toMatch(/^version: .*unsupported version 3/);
    const f = parseHistory('{"format":"other","version":1}');
    expect(f.ok || f.error).toMatch(/^format: /);
  });

  it('leaves the store unchanged when a file is rejected (read back from IndexedDB)', async () => {
    const db = await openHistoryDb({ name: dbName() });
    const svc = await HistoryService.start({
      db,
      now: () => now.getTime(),
      evaluate: (): Evaluation => ({ now: '', packVersions: {}, accounts: [] }),
      onEvaluated: vi.fn(async () => undefined),
    });
    const apply = dataHandlers(svc).importApply as (p: unknown, s: unknown) => Promise<unknown>;
    const first = json(makeHistory({ accounts: 2, days: 20, now, seed: 7 }));
    expect(await apply({ text: first }, {})).toMatchObject({ ok: true });
    const before = await rawStores(db);
    expect(before.buckets!.length).toBeGreaterThan(0);

    // A file that would change every record, except that one value is negative.
    const other = json(makeHistory({ accounts: 2, days: 20, now, seed: 8 }));
    const bad = other.replace(/"gmvFen":\{"value":\d+/, '"gmvFen":{"value":-1');
    expect(bad).not.toBe(other);
    const r = (await apply({ text: bad }, {})) as { ok: boolean; error?: string };
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/\.gmvFen\.value: /) });
    expect(await rawStores(db)).toEqual(before);

    // The comparison can see a change: the same file without the bad value lands.
    expect(await apply({ text: other }, {})).toMatchObject({ ok: true });
    expect(await rawStores(db)).not.toEqual(before);
    db.close();
  });
});
