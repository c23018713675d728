/** Team docs and fake machines for the transport tests (couch, store, replicator). */
import { SEP } from '../../../src/history/ledger';
import { couchClient, type CouchClient } from '../../../src/sync/couch';
import { docHash, validateDoc } from '../../../src/sync/docs';
import { Replicator } from '../../../src/sync/replicator';
import { openTeamStore, type TeamStore } from '../../../src/sync/store';
import {
  accountDocId,
  monthDocId,
  type AccountDoc,
  type MonthDoc,
  type TeamDoc,
} from '../../../src/sync/types';
import type { CouchServer } from '../../harness/couch-server';

export const AT = '2026-05-10T12:00:00+08:00';

export function accountDoc(
  machineId: string,
  accountId: string,
  displayName = accountId,
): AccountDoc {
  return {
    _id: accountDocId(machineId, 'jd', accountId),
    kind: 'account',
    v: 1,
    machine: { id: machineId, name: `机器 ${machineId}` },
    account: { platform: 'jd', accountId, displayName },
    lastLiveAt: null,
    live: false,
    updatedAt: AT,
  };
}

export function monthDoc(machineId: string, accountId: string, month: string): MonthDoc {
  return {
    _id: monthDocId(machineId, 'jd', accountId, month),
    kind: 'month',
    v: 1,
    machine: { id: machineId, name: `机器 ${machineId}` },
    platform: 'jd',
    accountId,
    month,
    sessions: [],
    days: [],
    conflicts: [],
    updatedAt: AT,
  };
}

/** `platform␟accountId` of a doc, as the worker's dirty keys. */
export const keyOf = (d: TeamDoc): string =>
  d.kind === 'account' ? `jd${SEP}${d.account.accountId}` : `jd${SEP}${d.accountId}`;

/** Every request as "METHOD /path" (query left out) plus its body. */
export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

export function recordingFetch(log: Recorded[]): typeof fetch {
  return (input, init) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
    );
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    log.push({ method: init?.method ?? 'GET', path: url.pathname, query: url.searchParams, body });
    return fetch(input, init);
  };
}

/** One machine: its own docs (the "local history"), a team store, a replicator, a request log. */
export interface FakeMachine {
  id: string;
  own: Map<string, TeamDoc>;
  store: TeamStore;
  couch: CouchClient;
  rep: Replicator;
  log: Recorded[];
  /** Sets or replaces an own doc and marks its account dirty. */
  write(doc: TeamDoc): void;
}

let n = 0;
export async function machineOn(
  server: CouchServer,
  db: string,
  id: string,
  opts: { store?: TeamStore; docs?: TeamDoc[] } = {},
): Promise<FakeMachine> {
  const store = opts.store ?? (await openTeamStore({ name: `team-${id}-${++n}-${Math.random()}` }));
  const log: Recorded[] = [];
  const couch = couchClient({
    url: server.url,
    db,
    username: '',
    password: '',
    fetch: recordingFetch(log),
    timeoutMs: 3000,
  });
  const own = new Map((opts.docs ?? []).map((d) => [d._id, d]));
  const localDocs = (scope: string[] | 'all') =>
    [...own.values()].filter((d) => scope === 'all' || scope.includes(keyOf(d)));
  let t = Date.parse(AT);
  const rep = new Replicator({
    couch,
    store,
    machineId: id,
    now: () => (t += 1000),
    localDocs,
    docHash,
    validate: validateDoc,
  });
  return {
    id,
    own,
    store,
    couch,
    rep,
    log,
    write(doc) {
      own.set(doc._id, doc);
      rep.markDirty([keyOf(doc)]);
    },
  };
}

/** Requests of `log` to `_bulk_docs`, as the number of docs each carried. */
export const bulkSizes = (log: Recorded[]): number[] =>
  log
    .filter((r) => r.path.endsWith('/_bulk_docs'))
    .map((r) => (r.body as { docs: unknown[] }).docs.length);

/** What the server holds: ids (sorted) and docs without _rev, straight from `_all_docs`. */
export async function serverDocs(server: CouchServer, db: string): Promise<Map<string, unknown>> {
  const r = await server.request(`/${db}/_all_docs?include_docs=true`);
  const body = (await r.json()) as { rows: { id: string; doc: { _rev?: string } }[] };
  return new Map(
    body.rows.map((row) => {
      const { _rev: _r, ...doc } = row.doc;
      return [row.id, doc];
    }),
  );
}

/** A store's docs without _rev, by id. */
export async function storeDocs(store: TeamStore): Promise<Map<string, unknown>> {
  return new Map(
    (await store.allDocs()).map((d) => {
      const { _rev: _r, ...doc } = d;
      return [d._id, doc];
    }),
  );
}
