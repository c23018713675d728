import { SEP, type Dirty } from '../history/ledger';
import {
  applySyncPatch,
  cannotEnable,
  configView,
  originPattern,
  readSyncConfig,
  type SyncPatch,
} from '../sync/config';
import { blankStatus, type SyncConfig, type SyncStatus, type TeamDoc } from '../sync/types';

/** The replication side the agent drives (src/sync/replicator.ts), built per config. */
export interface SyncEngine {
  markDirty(accountKeys: Iterable<string>): void;
  round(): Promise<unknown>;
  /** What the last round did; `received` = documents pulled (a new team copy to read). */
  readonly last?: { received: number };
  status(): SyncStatus;
  /** Team documents held locally (every machine, as last pulled). */
  teamDocs(): Promise<TeamDoc[]>;
  /** Deletes the local team copy; with `remote`, this machine's documents on the server too. */
  forget(remote: boolean): Promise<void>;
  /** Releases the local team database (a replaced engine must not hold it open). */
  close?(): void;
}

export interface SyncAgentDeps {
  load(): Promise<unknown>;
  save(c: SyncConfig): Promise<void>;
  /** Whether Chrome has granted this origin pattern (`https://host/*`). */
  granted(origin: string): Promise<boolean>;
  engine(c: SyncConfig): Promise<SyncEngine>;
  /** Keeps the periodic pull alarm on exactly while an engine runs. */
  alarm(on: boolean): Promise<void>;
  now(): number;
}

/** How long a live change waits before its push: a live stream costs a few writes a minute. */
export const PUSH_DELAY_MS = 20_000;

const OFF: SyncStatus = blankStatus('off');

/** Accounts (platform␟accountId) a change touches; observation ids and health are not synced. */
export function accountsOf(dirty: Dirty): Set<string> {
  const out = new Set<string>();
  for (const [store, keys] of Object.entries(dirty)) {
    if (store === 'processed' || store === 'health') continue;
    for (const k of keys) {
      const [p, a] = k.split(SEP);
      if (p && a !== undefined) out.add(p + SEP + a);
    }
  }
  return out;
}

/**
 * Team sync in the worker (issue #12): reads the config, starts the replicator only when the
 * seller enabled it and Chrome granted the server's origin, pushes changed accounts after
 * PUSH_DELAY_MS, and runs a round on each alarm. Sync never blocks capture: the service only
 * notifies it, and every failure stays in the status.
 */
export class SyncAgent {
  private engine: SyncEngine | null = null;
  /** The team's documents as read from the local store; dropped when a round pulls any. */
  private docs: Promise<TeamDoc[]> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private permitted = false;

  private constructor(
    private deps: SyncAgentDeps,
    public config: SyncConfig,
  ) {}

  static async start(deps: SyncAgentDeps): Promise<SyncAgent> {
    const r = readSyncConfig(await deps.load());
    if (r.fresh) await deps.save(r.config); // the machine id must not change between boots
    const agent = new SyncAgent(deps, r.config);
    await agent.restart();
    return agent;
  }

  private async restart(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.engine?.close?.();
    this.engine = null;
    this.docs = null;
    const c = this.config;
    this.permitted = c.url !== '' && (await this.deps.granted(originPattern(c.url)));
    if (c.enabled && this.permitted && !cannotEnable(c)) {
      this.engine = await this.deps.engine(c);
      this.engine.markDirty(['*']);
    }
    await this.deps.alarm(this.engine !== null);
  }

  /** Whether the replicator runs (enabled, complete, origin granted). */
  get running(): boolean {
    return this.engine !== null;
  }

  status(): SyncStatus {
    if (this.engine) return this.engine.status();
    if (this.config.enabled && !this.permitted) return { ...OFF, state: 'no_permission' };
    return OFF;
  }

  reply() {
    return { config: configView(this.config), status: this.status() };
  }

  /** Changes only the fields sent; enabling needs a complete config and the granted origin. */
  async configure(patch: SyncPatch): Promise<ReturnType<SyncAgent['reply']>> {
    const next = applySyncPatch(this.config, patch);
    if (next.enabled) {
      const why = cannotEnable(next);
      if (why) throw new Error(`${why.zh} / ${why.en}`);
      if (!(await this.deps.granted(originPattern(next.url))))
        throw new Error('未获得访问该服务器的权限 / the server’s origin is not granted');
    }
    await this.deps.save(next);
    this.config = next;
    await this.restart();
    if (this.engine) this.kick(0);
    return this.reply();
  }

  /** A change of the history: its accounts are pushed after PUSH_DELAY_MS. */
  changed(dirty: Dirty): void {
    if (!this.engine) return;
    this.engine.markDirty(accountsOf(dirty));
    if (!this.timer) this.kick(PUSH_DELAY_MS);
  }

  private kick(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.round();
    }, delay);
  }

  /** One round (push then pull), never two at once; failures are in the status, not thrown. */
  round(): Promise<SyncStatus> {
    const engine = this.engine;
    if (!engine) return Promise.resolve(this.status());
    this.queue = this.queue.then(
      () =>
        engine.round().then(
          () => {
            if ((engine.last?.received ?? 1) > 0) this.docs = null;
          },
          (e: unknown) => {
            this.docs = null;
            console.warn('LivePace sync', e);
          },
        ),
      () => undefined,
    );
    return this.queue.then(() => this.status());
  }

  /** Read once from IndexedDB (~700 docs, ~24 MB for 50 shops × a year), then from memory. */
  async teamDocs(): Promise<TeamDoc[]> {
    if (!this.engine) return [];
    this.docs ??= this.engine.teamDocs().catch((e: unknown) => {
      this.docs = null;
      throw e;
    });
    return this.docs;
  }

  /** Turns sync off and deletes the local team copy (and, asked, this machine's server docs). */
  async forget(remote: boolean): Promise<void> {
    await this.queue.catch(() => undefined);
    const engine = this.engine ?? (await this.deps.engine(this.config));
    await engine.forget(remote && this.engine !== null);
    if (engine !== this.engine) engine.close?.();
    await this.configure({ enabled: false });
  }
}
