/**
 * The team replica: every machine's documents as last pulled, in their own IndexedDB database
 * `livepace-team` (never the `livepace` history DB: local views stay local). One versioned
 * schema of its own; a pull batch and its checkpoint land in one transaction, so a worker
 * stopped at any point resumes from the last batch that is fully stored.
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Seq } from './couch';
import type { Machine, TeamDoc } from './types';

export const TEAM_DB_NAME = 'livepace-team';
export const TEAM_DB_VERSION = 1;

/** Where the pull stands, and on which server (the token of our `_local/` doc there). */
export interface PullCheckpoint {
  since: Seq;
  serverKey: string;
}

/** What the server holds of one of our own docs: its rev, and the hash of what we sent. */
export interface PushedEntry {
  id: string;
  rev: string;
  /** '' = rev known (from a conflict) but our content not on the server yet. */
  hash: string;
}

export interface SyncTimes {
  lastPushAt: string | null;
  lastPullAt: string | null;
}

interface TeamSchema extends DBSchema {
  docs: { key: string; value: TeamDoc };
  /** Own docs as the server last acknowledged them (store of its own: patched per doc). */
  pushed: { key: string; value: PushedEntry };
  /** Out-of-line keys: 'checkpoint', 'times', 'machines'. */
  meta: { key: string; value: PullCheckpoint | SyncTimes | Machine[] };
}

const NO_TIMES: SyncTimes = { lastPushAt: null, lastPullAt: null };
const byId = (a: Machine, b: Machine) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function openTeamStore(opts: { name?: string } = {}): Promise<TeamStore> {
  const name = opts.name ?? TEAM_DB_NAME;
  const db = await openDB<TeamSchema>(name, TEAM_DB_VERSION, {
    upgrade(d, oldVersion) {
      if (oldVersion < 1) {
        d.createObjectStore('docs', { keyPath: '_id' });
        d.createObjectStore('pushed', { keyPath: 'id' });
        d.createObjectStore('meta');
      }
    },
  });
  return new TeamStore(name, db);
}

export class TeamStore {
  constructor(
    readonly name: string,
    private readonly db: IDBPDatabase<TeamSchema>,
  ) {}

  /**
   * One pull batch: the docs (valid ones only), the ids the server deleted, and the checkpoint
   * after them, in ONE transaction. The machines list is patched in the same transaction.
   */
  async putPulled(docs: readonly TeamDoc[], checkpoint: PullCheckpoint, deleted: string[] = []) {
    const tx = this.db.transaction(['docs', 'meta'], 'readwrite');
    const docStore = tx.objectStore('docs');
    const meta = tx.objectStore('meta');
    const known = ((await meta.get('machines')) as Machine[] | undefined) ?? [];
    const machines = new Map(known.map((m) => [m.id, m]));
    for (const d of docs) machines.set(d.machine.id, d.machine);
    try {
      await Promise.all([
        // async: a put that throws synchronously becomes a rejection Promise.all sees.
        ...docs.map(async (d) => docStore.put(d)),
        ...deleted.map((id) => docStore.delete(id)),
        meta.put([...machines.values()].sort(byId), 'machines'),
        meta.put({ since: checkpoint.since, serverKey: checkpoint.serverKey }, 'checkpoint'),
      ]);
      await tx.done;
    } catch (e) {
      // A request that throws (a doc without a valid key) does not abort the transaction by
      // itself: abort it, or the rest of the batch would land without being complete.
      tx.done.catch(() => undefined);
      if (!tx.error) tx.abort();
      throw e;
    }
  }

  allDocs(): Promise<TeamDoc[]> {
    return this.db.getAll('docs');
  }

  countDocs(): Promise<number> {
    return this.db.count('docs');
  }

  /** Machines seen in pulled docs, sorted by id (names as their latest doc says). */
  async machines(): Promise<Machine[]> {
    return ((await this.db.get('meta', 'machines')) as Machine[] | undefined) ?? [];
  }

  async checkpoint(): Promise<PullCheckpoint | null> {
    return ((await this.db.get('meta', 'checkpoint')) as PullCheckpoint | undefined) ?? null;
  }

  /**
   * A new server (or one restarted empty): pull from the start and consider nothing pushed.
   * Pulled docs stay until the server sends newer ones.
   */
  async resetServer(serverKey: string) {
    const tx = this.db.transaction(['pushed', 'meta'], 'readwrite');
    await Promise.all([
      tx.objectStore('pushed').clear(),
      tx.objectStore('meta').put({ since: 0, serverKey }, 'checkpoint'),
    ]);
    await tx.done;
  }

  async pushed(): Promise<Map<string, PushedEntry>> {
    return new Map((await this.db.getAll('pushed')).map((e) => [e.id, e]));
  }

  /** Patches the entries given (other docs' entries untouched). */
  async setPushed(entries: readonly PushedEntry[]) {
    const tx = this.db.transaction('pushed', 'readwrite');
    await Promise.all(entries.map((e) => tx.store.put({ id: e.id, rev: e.rev, hash: e.hash })));
    await tx.done;
  }

  async times(): Promise<SyncTimes> {
    return ((await this.db.get('meta', 'times')) as SyncTimes | undefined) ?? NO_TIMES;
  }

  /** Patches one or both times (read and write in one transaction). */
  async setTimes(patch: Partial<SyncTimes>) {
    const tx = this.db.transaction('meta', 'readwrite');
    const cur = ((await tx.store.get('times')) as SyncTimes | undefined) ?? NO_TIMES;
    await tx.store.put({ ...cur, ...patch }, 'times');
    await tx.done;
  }

  close() {
    this.db.close();
  }

  /** Closes and deletes the whole database (sync forgotten on this machine). */
  async clear() {
    this.db.close();
    await deleteDB(this.name);
  }
}
