import { describe, expect, it } from 'vitest';
import { emptyDirty, sessKey, accKey, dayRecKey, type Ledger } from '../../../src/history/ledger';
import { emptyHistory, type History, type Metrics, type Session } from '../../../src/history/model';
import { historyToLedger } from '../../../src/history/to-history';
import { docHash, dirtyScope, ownDocs, validateDoc } from '../../../src/sync/docs';
import type { AccountDoc, MonthDoc, TeamDoc } from '../../../src/sync/types';

const ME = { id: 'pc1-ab12', name: '一号机' };
const gmv = (value: number, at: string, source: 'network' | 'manual' = 'network'): Metrics => ({
  gmvFen: { value, source, at },
});

function sess(
  accountId: string,
  id: string,
  start: string,
  end: string | null,
  m: Metrics,
): Session {
  return {
    platform: 'jd',
    accountId,
    sessionId: id,
    start,
    end,
    live: end === null,
    metrics: m,
    flags: {},
    lastSeenAt: end ?? start,
  };
}

/** Shop a1 with sessions in April and (by Beijing day) May, a demo shop, a merged tombstone. */
function fixture(): Ledger {
  const h: History = {
    ...emptyHistory('2026-05-02T00:00:00+08:00'),
    accounts: [
      { platform: 'jd', accountId: 'a1', displayName: '店一' },
      { platform: 'jd', accountId: 'demo1', displayName: '演示', demo: true },
      { platform: 'jd', accountId: '~shop:x', displayName: 'x', mergedInto: 'a1' },
    ],
    sessions: [
      // 2026-04-30T16:30Z is 05-01 00:30 in Beijing: the May doc, in every TZ.
      sess(
        'a1',
        'L2',
        '2026-04-30T16:30:00Z',
        '2026-04-30T18:00:00Z',
        gmv(150000, '2026-04-30T18:00:00Z', 'manual'),
      ),
      sess(
        'a1',
        'L1',
        '2026-04-15T02:00:00Z',
        '2026-04-15T04:00:00Z',
        gmv(90000, '2026-04-15T04:00:00Z'),
      ),
      sess('demo1', 'D1', '2026-04-15T02:00:00Z', null, gmv(5, '2026-04-15T02:00:00Z')),
    ],
    days: [
      {
        platform: 'jd',
        accountId: 'a1',
        day: '2026-04-15',
        metrics: gmv(90000, '2026-04-15T04:00:00Z'),
      },
      {
        platform: 'jd',
        accountId: 'a1',
        day: '2026-05-01',
        metrics: gmv(150000, '2026-04-30T18:00:00Z', 'manual'),
      },
      {
        platform: 'jd',
        accountId: 'demo1',
        day: '2026-04-15',
        metrics: gmv(5, '2026-04-15T02:00:00Z'),
      },
    ],
    settings: { 'jd:a1': { jdAnchorLevel: 3 } },
    conflicts: [
      {
        platform: 'jd',
        accountId: 'a1',
        kind: 'session',
        key: 'L2',
        metric: 'gmvFen',
        manual: { value: 150000, source: 'manual', at: '2026-04-30T18:00:00Z' },
        scraped: { value: 120000, source: 'network', at: '2026-04-30T17:59:00Z' },
      },
    ],
  };
  return historyToLedger(h);
}

const AT = '2026-05-02T10:00:00+08:00';
const byId = (docs: TeamDoc[]) => new Map(docs.map((d) => [d._id, d]));

describe('ownDocs', () => {
  it('one account doc and one month doc per Beijing month; demo and tombstone accounts stay local', () => {
    const docs = ownDocs(fixture(), ME, { at: AT });
    expect(docs.map((d) => d._id)).toEqual([
      'lp.a|pc1-ab12|jd|a1',
      'lp.m|pc1-ab12|jd|a1|2026-04',
      'lp.m|pc1-ab12|jd|a1|2026-05',
    ]);
    const m = byId(docs);
    const acc = m.get('lp.a|pc1-ab12|jd|a1') as AccountDoc;
    expect(acc).toMatchObject({ kind: 'account', v: 1, machine: ME, updatedAt: AT, live: false });
    expect(acc.account.displayName).toBe('店一');
    expect(acc.settings).toEqual({ jdAnchorLevel: 3 });
    expect(acc.lastLiveAt).toBe('2026-04-30T18:00:00Z');
    const may = m.get('lp.m|pc1-ab12|jd|a1|2026-05') as MonthDoc;
    expect(may.sessions.map((s) => s.sessionId)).toEqual(['L2']);
    expect(may.days.map((d) => d.day)).toEqual(['2026-05-01']);
    expect(may.conflicts.map((c) => [c.key, c.scraped.value])).toEqual([['L2', 120000]]);
    const apr = m.get('lp.m|pc1-ab12|jd|a1|2026-04') as MonthDoc;
    expect(apr.sessions.map((s) => s.metrics.gmvFen?.value)).toEqual([90000]);
    expect(apr.conflicts).toEqual([]);
  });

  it('live only while a live session was seen within the stale limit', () => {
    const l = fixture();
    const s = l.sessions[sessKey('jd', 'a1', 'L2')]!;
    Object.assign(s, { live: true, end: null, lastSeenAt: '2026-05-02T01:50:00Z' });
    const at = (iso: string) => (ownDocs(l, ME, { at: iso })[0] as AccountDoc).live;
    expect(at('2026-05-02T02:00:00Z')).toBe(true);
    expect(at('2026-05-02T02:06:00Z')).toBe(false);
  });

  it('docs are snapshots: later changes to the ledger do not show through', () => {
    const l = fixture();
    const docs = ownDocs(l, ME, { at: AT });
    l.sessions[sessKey('jd', 'a1', 'L1')]!.metrics.gmvFen!.value = 1;
    expect((docs[1] as MonthDoc).sessions[0]!.metrics.gmvFen?.value).toBe(90000);
  });

  it('a months scope builds just those docs, empty ones included, without walking the day records', () => {
    const l = fixture();
    let walked = 0;
    l.days = new Proxy(l.days, {
      ownKeys: (t) => {
        walked += 1;
        return Reflect.ownKeys(t);
      },
    });
    const a1 = accKey('jd', 'a1');
    const docs = ownDocs(l, ME, {
      accounts: new Set([a1]),
      months: new Map([[a1, new Set(['2026-05', '2026-03'])]]),
      at: AT,
    });
    expect(walked).toBe(0);
    expect(docs.map((d) => d._id)).toEqual([
      'lp.a|pc1-ab12|jd|a1',
      'lp.m|pc1-ab12|jd|a1|2026-03',
      'lp.m|pc1-ab12|jd|a1|2026-05',
    ]);
    expect(docs[1]).toMatchObject({ sessions: [], days: [], conflicts: [] });
    ownDocs(l, ME, { accounts: new Set([a1]), at: AT });
    expect(walked).toBe(1);
  });

  it('dirtyScope maps a flush to accounts and months', () => {
    const l = fixture();
    const d = emptyDirty();
    d.sessions.add(sessKey('jd', 'a1', 'L2'));
    d.days.add(dayRecKey('jd', 'a1', '2026-04-15'));
    d.settings.add(accKey('jd', 'demo1'));
    const s = dirtyScope(l, d);
    expect([...s.accounts].sort()).toEqual([accKey('jd', 'a1'), accKey('jd', 'demo1')].sort());
    expect([...s.months.get(accKey('jd', 'a1'))!].sort()).toEqual(['2026-04', '2026-05']);
    expect([...s.months.get(accKey('jd', 'demo1'))!]).toEqual([]);
    // A session deleted in the flush: its month is unknown, so the whole account is rebuilt.
    d.sessions.add(sessKey('jd', 'a1', 'gone'));
    expect(dirtyScope(l, d).months.has(accKey('jd', 'a1'))).toBe(false);
    // The demo account is in the scope but ownDocs still keeps it local.
    expect(ownDocs(l, ME, { ...dirtyScope(l, d), at: AT }).map((x) => x._id)).toHaveLength(3);
  });
});

describe('docHash', () => {
  it('ignores _id, _rev, updatedAt and key order; changes with the content', () => {
    const l = fixture();
    const [a, b] = [ownDocs(l, ME, { at: AT }), ownDocs(l, ME, { at: '2026-05-03T00:00:00Z' })];
    const month = a[2] as MonthDoc;
    expect(docHash(month)).toBe(docHash(b[2]!));
    expect(docHash({ ...month, _rev: '3-abc' })).toBe(docHash(month));
    const reversed = Object.fromEntries(Object.entries(month).reverse()) as unknown as MonthDoc;
    expect(docHash(reversed)).toBe(docHash(month));
    const changed = structuredClone(month);
    changed.sessions[0]!.metrics.gmvFen!.value = 150001;
    expect(docHash(changed)).not.toBe(docHash(month));
    expect(docHash(a[0]!)).not.toBe(docHash(month));
  });
});

describe('validateDoc', () => {
  const good = () => JSON.parse(JSON.stringify(ownDocs(fixture(), ME, { at: AT }))) as TeamDoc[];

  it('accepts every doc ownDocs builds, as they are (CouchDB metadata aside)', () => {
    for (const d of good())
      expect(validateDoc({ ...d, _rev: '1-x', _revisions: { start: 1 } })).toEqual({
        ...d,
        _rev: '1-x',
      });
  });

  it('refuses a doc whose id does not match its fields, naming the doc', () => {
    const [acc, apr] = good() as [AccountDoc, MonthDoc];
    expect(validateDoc({ ...acc, _id: 'lp.a|pc2|jd|a1' })).toEqual({
      error: 'lp.a|pc2|jd|a1: _id: 与内容不符 / does not match the document',
    });
    expect(validateDoc({ ...acc, machine: { id: 'pc2', name: 'x' } })).toHaveProperty('error');
    const may = structuredClone(apr);
    may.sessions[0]!.start = '2026-05-03T02:00:00Z';
    may.sessions[0]!.end = '2026-05-03T04:00:00Z';
    expect(validateDoc(may)).toEqual({
      error: 'lp.m|pc1-ab12|jd|a1|2026-04: sessions.0.start: 不在 2026-04 / not in 2026-04',
    });
    const other = structuredClone(apr);
    other.sessions[0]!.accountId = 'a2';
    expect(validateDoc(other)).toHaveProperty('error');
  });

  it('one bad doc never blocks the good ones', () => {
    const docs = good() as unknown[];
    const bad = structuredClone(docs[1]) as MonthDoc;
    bad.sessions[0]!.metrics.gmvFen!.value = -5;
    const results = [docs[0], bad, 'junk', { _id: 'x', _deleted: true }, docs[2]].map(validateDoc);
    expect(results.map((r) => ('error' in r ? r.error.split(':')[0] : r._id))).toEqual([
      'lp.a|pc1-ab12|jd|a1',
      'lp.m|pc1-ab12|jd|a1|2026-04',
      '(doc)',
      'x',
      'lp.m|pc1-ab12|jd|a1|2026-05',
    ]);
    expect('error' in results[1]! && results[1].error).toContain('sessions.0.metrics.gmvFen.value');
  });
});
