/**
 * Team sync rounds (issue #12): push this machine's changed docs, then pull every machine's
 * changes into the team store. Network failures never throw: the status says offline (no
 * answer) or error (the server answered no), and the next round retries what is left.
 *
 * Server identity: a `_local/livepace-<machineId>` doc on the server holds a random token that
 * the local checkpoint remembers. Missing or different (the server lost its data, or this is
 * another database) → pull again from 0 and treat every own doc as unpushed, as CouchDB's own
 * replicators do; that is how a server restarted empty gets everything back.
 */
import { allDocsPages, CouchFailure, type CouchClient } from './couch';
import { pull, type PullOutcome } from './replicator-pull';
import { push, toPush, type PushProgress } from './replicator-push';
import type { TeamStore } from './store';
import { blankStatus, type SyncStatus, type TeamDoc } from './types';

export interface ReplicatorDeps {
  couch: CouchClient;
  store: TeamStore;
  machineId: string;
  now(): number;
  /** This machine's docs (no _rev) of these accounts (platform␟accountId), or of all. */
  localDocs(scope: string[] | 'all'): TeamDoc[] | Promise<TeamDoc[]>;
  docHash(doc: TeamDoc): string;
  /** Checks a pulled doc (validateDoc of ./docs): refused docs are counted, never stored. */
  validate(raw: unknown): TeamDoc | { error: string };
  /** The server token; default crypto.randomUUID. */
  token?(): string;
}

/** What the last round did (tests and the bench read it). */
export interface RoundReport {
  sent: number;
  received: number;
  refused: number;
  refusedErrors: string[];
}

export class Replicator {
  private dirty = new Set<string>();
  /** Every own doc is compared on the first round after a worker start (changes while stopped). */
  private all = true;
  private running: Promise<SyncStatus> | null = null;
  private current: SyncStatus = blankStatus('idle');
  /** Refused pulled docs since this replicator started. */
  refused = 0;
  last: RoundReport = { sent: 0, received: 0, refused: 0, refusedErrors: [] };

  constructor(private readonly d: ReplicatorDeps) {}

  /** Accounts whose docs changed; '*' = every account. */
  markDirty(accountKeys: Iterable<string>): void {
    for (const k of accountKeys) {
      if (k === '*') this.all = true;
      else this.dirty.add(k);
    }
  }

  status(): SyncStatus {
    return { ...this.current, machines: [...this.current.machines] };
  }

  teamDocs(): Promise<TeamDoc[]> {
    return this.d.store.allDocs();
  }

  /** One round at a time: a call during a round gets that round's result. */
  round(): Promise<SyncStatus> {
    this.running ??= this.run().finally(() => (this.running = null));
    return this.running;
  }

  private take(): string[] | 'all' {
    const scope = this.all ? 'all' : [...this.dirty];
    this.all = false;
    this.dirty.clear();
    return scope;
  }

  private giveBack(scope: string[] | 'all'): void {
    this.markDirty(scope === 'all' ? ['*'] : scope);
  }

  /** Returns the server token, resetting the pull and the pushed state if the server changed. */
  private async ensureServer(): Promise<{ key: string; reset: boolean }> {
    const id = `livepace-${this.d.machineId}`;
    const [local, remote] = await Promise.all([
      this.d.store.checkpoint(),
      this.d.couch.getLocal(id),
    ]);
    if (local && remote && remote.token === local.serverKey)
      return { key: local.serverKey, reset: false };
    const key = this.d.token ? this.d.token() : crypto.randomUUID();
    const at = new Date(this.d.now()).toISOString();
    await this.d.couch.putLocal({
      _id: id,
      ...(remote?._rev ? { _rev: remote._rev } : {}),
      token: key,
      at,
    });
    await this.d.store.resetServer(key);
    return { key, reset: true };
  }

  private async run(): Promise<SyncStatus> {
    let scope = this.take();
    const p: PushProgress = { pending: this.current.pending, sent: 0, failed: 0, refusal: null };
    const got: PullOutcome = { received: 0, refused: 0, errors: [] };
    this.current = { ...this.current, state: 'syncing' };
    let failure: CouchFailure | null = null;
    try {
      let todo = await toPush(this.d, await this.d.localDocs(scope));
      p.pending = todo.length;
      const server = await this.ensureServer();
      if (server.reset && scope !== 'all') {
        scope = 'all';
        todo = await toPush(this.d, await this.d.localDocs(scope));
        p.pending = todo.length;
      }
      await push(this.d, todo, p);
      if (p.sent > 0) await this.d.store.setTimes({ lastPushAt: this.iso() });
      await pull(this.d, server.key, got);
      await this.d.store.setTimes({ lastPullAt: this.iso() });
    } catch (e) {
      this.giveBack(scope);
      if (!(e instanceof CouchFailure)) {
        this.current = { ...this.current, state: 'error', error: { zh: String(e), en: String(e) } };
        throw e;
      }
      failure = e;
    }
    if (!failure && p.failed > 0) this.giveBack(scope);
    this.refused += got.refused;
    this.last = {
      sent: p.sent,
      received: got.received,
      refused: got.refused,
      refusedErrors: got.errors,
    };
    return this.settle(failure, p);
  }

  private async settle(failure: CouchFailure | null, p: PushProgress): Promise<SyncStatus> {
    const { store } = this.d;
    const [times, docs, machines] = await Promise.all([
      store.times(),
      store.countDocs(),
      store.machines(),
    ]);
    const refusal = p.refusal
      ? { zh: `服务器拒收了文档：${p.refusal}`, en: `The server refused a document: ${p.refusal}` }
      : null;
    const error = failure ? failure.text : refusal;
    const state = failure?.kind === 'offline' ? 'offline' : error ? 'error' : 'idle';
    this.current = { state, ...times, error, pending: p.pending, docs, machines };
    return this.status();
  }

  private iso(): string {
    return new Date(this.d.now()).toISOString();
  }

  /**
   * Deletes the local team copy; with `remote`, first this machine's docs on the server (the
   * seller asked; a network failure throws here, nothing is deleted locally then).
   */
  async forget(remote: boolean): Promise<void> {
    await this.running?.catch(() => undefined);
    if (remote) {
      for (const prefix of [`lp.a|${this.d.machineId}|`, `lp.m|${this.d.machineId}|`])
        for await (const rows of allDocsPages(this.d.couch, prefix))
          if (rows.length > 0)
            await this.d.couch.bulkDocs(
              rows.map((r) => ({ _id: r.id, _rev: r.rev, _deleted: true })),
            );
    }
    await this.d.store.clear();
  }
}
