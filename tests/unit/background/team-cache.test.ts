import { describe, expect, it } from 'vitest';
import type { History } from '../../../src/history/model';
import { historyToLedger } from '../../../src/history/to-history';
import { evaluate } from '../../../src/rules/engine';
import { loadPacks } from '../../../src/rules/packs';
import { ownDocs } from '../../../src/sync/docs';
import { teamView } from '../../../src/sync/team-view';
import { blankStatus, type SyncStatus, type TeamDoc } from '../../../src/sync/types';
import { TeamViewCache } from '../../../src/background/team-cache';
import { makeHistory } from '../../harness/history-data';

const packs = loadPacks();
const NOW = new Date('2026-05-20T15:00:10+08:00');
const SYNC: SyncStatus = blankStatus('idle');

/** Two machines' docs, as pulled (with revs), over 3 sellers × 2 platforms × 60 days. */
function teamDocs(): TeamDoc[] {
  const h = makeHistory({ accounts: 3, days: 60, now: NOW });
  const half = (keep: (i: number) => boolean): History => {
    const accounts = h.accounts.filter((_, i) => keep(i));
    const ids = new Set(accounts.map((a) => `${a.platform}|${a.accountId}`));
    const mine = (r: { platform: string; accountId: string }) =>
      ids.has(`${r.platform}|${r.accountId}`);
    return { ...h, accounts, sessions: h.sessions.filter(mine), days: h.days.filter(mine) };
  };
  const at = '2026-05-20T14:59:00+08:00';
  const a = ownDocs(historyToLedger(half((i) => i % 2 === 0)), { id: 'a-1', name: 'A' }, { at });
  const b = ownDocs(historyToLedger(half((i) => i % 2 === 1)), { id: 'b-2', name: 'B' }, { at });
  return [...a, ...b].map((d) => ({ ...d, _rev: '1-x' }));
}

function counting() {
  const seen: string[] = [];
  const ev = (h: History, now: Date) => {
    seen.push(...h.accounts.map((x) => x.accountId));
    return evaluate(packs, h, h.settings, now);
  };
  return { seen, ev };
}

describe('TeamViewCache', () => {
  const docs = teamDocs();

  it('gives the same view as merging everything at once', () => {
    const plain = teamView(docs, (h, n) => evaluate(packs, h, h.settings, n), NOW, SYNC);
    const cached = new TeamViewCache().build(docs, counting().ev, NOW, SYNC);
    expect(cached.shops).toEqual(plain.shops);
    expect(cached.evaluation.accounts).toEqual(plain.evaluation.accounts);
    expect(cached.conflicts).toEqual(plain.conflicts);
    expect(cached.shops).toHaveLength(6);
  });

  it('re-merges only the shop whose documents changed, and every shop when the minute turns', () => {
    const cache = new TeamViewCache();
    const c = counting();
    cache.build(docs, c.ev, NOW, SYNC);
    expect(c.seen).toHaveLength(6);
    c.seen.length = 0;
    cache.build(docs, c.ev, new Date(NOW.getTime() + 30_000), SYNC);
    expect(c.seen).toEqual([]);
    const changed = docs.map((d, i) => (i === 0 ? { ...d, _rev: '2-y' } : d));
    const first = changed[0]!;
    const id = first.kind === 'account' ? first.account.accountId : first.accountId;
    cache.build(changed, c.ev, new Date(NOW.getTime() + 40_000), SYNC);
    expect(c.seen).toEqual([id]);
    c.seen.length = 0;
    cache.build(changed, c.ev, new Date(NOW.getTime() + 60_000), SYNC);
    expect(c.seen).toHaveLength(6);
  });

  it('a shop whose documents are gone leaves the view', () => {
    const cache = new TeamViewCache();
    const c = counting();
    cache.build(docs, c.ev, NOW, SYNC);
    const first = docs[0]!;
    const gone = first.kind === 'account' ? first.account.accountId : first.accountId;
    const rest = docs.filter(
      (d) => (d.kind === 'account' ? d.account.accountId : d.accountId) !== gone,
    );
    const v = cache.build(rest, c.ev, NOW, SYNC);
    expect(v.shops.map((s) => s.accountId)).not.toContain(gone);
    expect(v.shops).toHaveLength(5);
  });
});
