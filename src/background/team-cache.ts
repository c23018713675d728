import type { History } from '../history/model';
import type { Evaluation } from '../rules/result';
import { isoBeijing } from '../time/beijing';
import { teamView } from '../sync/team-view';
import type { SyncStatus, TeamDoc, TeamView } from '../sync/types';

type Evaluate = (h: History, now: Date) => Evaluation;

const accountOf = (d: TeamDoc): string =>
  d.kind === 'account'
    ? `${d.account.platform}|${d.account.accountId}`
    : `${d.platform}|${d.accountId}`;

/** What a shop's documents are: ids and revs (or updatedAt for unpushed own docs), sorted. */
const signature = (docs: TeamDoc[]): string =>
  docs
    .map((d) => `${d._id}@${d._rev ?? d.updatedAt}`)
    .sort()
    .join('\n');

interface Entry {
  sig: string;
  minute: number;
  view: TeamView;
}

/**
 * The team view, one shop at a time: a shop is merged and evaluated again only when one of its
 * documents changed or the minute turned (pace and ETAs depend on the clock). 50 shops × a year
 * is ~700 documents; a live stream elsewhere changes one shop's docs every push, so opening the
 * 团队 tab re-merges one shop, not fifty. Shops are independent: merge.ts merges per account.
 */
export class TeamViewCache {
  private shops = new Map<string, Entry>();

  build(docs: TeamDoc[], evaluate: Evaluate, now: Date, sync: SyncStatus): TeamView {
    const minute = Math.floor(now.getTime() / 60_000);
    const groups = new Map<string, TeamDoc[]>();
    for (const d of docs) {
      const k = accountOf(d);
      const g = groups.get(k);
      if (g) g.push(d);
      else groups.set(k, [d]);
    }
    const next = new Map<string, Entry>();
    for (const [k, g] of groups) {
      const sig = signature(g);
      const old = this.shops.get(k);
      const hit = old && old.sig === sig && old.minute === minute;
      next.set(k, hit ? old : { sig, minute, view: teamView(g, evaluate, now, sync) });
    }
    this.shops = next; // shops whose documents are gone are dropped
    return combine(
      [...next.values()].map((e) => e.view),
      now,
      sync,
    );
  }
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** One view from per-shop views, in teamView's own order (platform, name, id). */
function combine(views: TeamView[], now: Date, sync: SyncStatus): TeamView {
  const shops = views.flatMap((v) => v.shops);
  shops.sort(
    (a, b) =>
      cmp(a.platform, b.platform) ||
      cmp(a.displayName, b.displayName) ||
      cmp(a.accountId, b.accountId),
  );
  const order = new Map(shops.map((s, i) => [`${s.platform}|${s.accountId}`, i]));
  const rank = (a: { platform: string; accountId: string }) =>
    order.get(`${a.platform}|${a.accountId}`) ?? shops.length;
  const accounts = views.flatMap((v) => v.evaluation.accounts).sort((a, b) => rank(a) - rank(b));
  const first = views[0]?.evaluation;
  return {
    at: isoBeijing(now.getTime()),
    shops,
    evaluation: {
      now: first?.now ?? isoBeijing(now.getTime()),
      packVersions: first?.packVersions ?? {},
      accounts,
    },
    conflicts: views.flatMap((v) => v.conflicts),
    sync,
  };
}
