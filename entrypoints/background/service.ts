import type { DB } from '../../src/history/db';
import { ingest } from '../../src/history/ingest';
import {
  accKey,
  emptyDirty,
  mergeDirty,
  dirtyCount,
  type Dirty,
  type Ledger,
} from '../../src/history/ledger';
import { loadLedger, saveDirty } from '../../src/history/persist';
import { ledgerToHistory } from '../../src/history/to-history';
import type { Health, Observation } from '../../src/messaging';
import type { History, AccountSettings } from '../../src/history/model';
import { beijingIso } from '../../src/rules/calendar';
import type { Evaluation } from '../../src/rules/result';
import { defaultSettings, type GlobalSettings } from '../../src/settings';
import { COALESCE_MS, flushDelay, newlyDone } from './flush-policy';

export interface ServiceDeps {
  db: DB;
  now: () => Date;
  evaluate: (h: History, settings: Record<string, AccountSettings>, now: Date) => Evaluation;
  /** Called after every re-evaluation (view-updated signal, toolbar badge, notifications). */
  onEvaluated: (
    prev: Evaluation | null,
    next: Evaluation,
    settings: GlobalSettings,
    now: Date,
    /** The pages' latest health reports: views show unread figures as unread. */
    health: Health[],
  ) => Promise<void>;
}

interface Waiter {
  ids: string[];
  accounts: string[];
  resolve: (acked: string[]) => void;
  reject: (e: unknown) => void;
}

/**
 * Durability design (MV3 may kill this worker at any instant):
 * - Observations are applied to the in-memory ledger at once (the popup sees them), but an
 *   observation is ACKed only after the IndexedDB transaction holding its effects AND its id
 *   has committed. Writes are coalesced: one transaction per account per 10 s while live,
 *   immediately when a session starts/ends or a target is crossed.
 * - Killed before the commit: nothing of the pending batch is on disk and nothing was acked,
 *   so the content scripts resend it and it is applied afresh.
 * - Killed after the commit but before the ack reaches the tab: the resend finds its id in
 *   `processed` and is acked without being applied again.
 * - The same reading from two tabs (different ids) is harmless too: values are cumulative and
 *   stale readings are ignored, so applying it twice changes nothing.
 * - A failed commit (quota) reloads the ledger from disk, so memory never runs ahead of disk.
 */
export class HistoryService {
  ledger: Ledger;
  global: GlobalSettings;
  evaluation: Evaluation | null = null;
  updatedAt: string | null = null;
  lastError: string | null = null;
  /** Counts committed transactions (bench: writes per minute). */
  writes = 0;
  private dirty: Dirty = emptyDirty();
  private waiters: Waiter[] = [];
  private lastWrite = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();
  /** Set while an import is being applied (see applyImport). */
  private importing: Promise<void> | null = null;

  private constructor(
    private deps: ServiceDeps,
    ledger: Ledger,
    global: GlobalSettings,
  ) {
    this.ledger = ledger;
    this.global = global;
  }

  static async start(
    deps: ServiceDeps,
    global: GlobalSettings = defaultSettings(),
  ): Promise<HistoryService> {
    return new HistoryService(deps, await loadLedger(deps.db), global);
  }

  get db(): DB {
    return this.deps.db;
  }

  /** Applies observations; resolves with the ids that are durable once their write lands. */
  observe(list: Observation[]): Promise<string[]> {
    if (this.importing)
      return Promise.reject(new Error('导入进行中，稍后重发 / import running; resend'));
    const dirty = emptyDirty();
    let urgent = false;
    const accounts = new Set<string>();
    for (const o of list) {
      const r = ingest(this.ledger, o, dirty);
      if (r.sessionStarted || r.sessionEnded) urgent = true;
      accounts.add(accKey(o.platform, o.accountId));
    }
    const ids = list.map((o) => o.id);
    if (dirtyCount(dirty) === 0) return Promise.resolve(ids);
    mergeDirty(this.dirty, dirty);
    const prev = this.evaluation;
    const next = this.reevaluate();
    if (newlyDone(prev, next).length > 0) urgent = true;
    return new Promise((resolve, reject) => {
      this.waiters.push({ ids, accounts: [...accounts], resolve, reject });
      const nowMs = this.deps.now().getTime();
      const delay = Math.min(
        ...[...accounts].map((a) => flushDelay(urgent, this.lastWrite.get(a), nowMs)),
      );
      this.schedule(delay);
    });
  }

  /** Applies any other change (manual entry, settings …) and writes it at once. */
  async mutate(fn: (l: Ledger, dirty: Dirty) => void): Promise<void> {
    while (this.importing) await this.importing;
    const dirty = emptyDirty();
    fn(this.ledger, dirty);
    mergeDirty(this.dirty, dirty);
    await this.flush();
    this.reevaluate();
  }

  private schedule(delay: number): void {
    if (delay === 0) {
      void this.flush().catch(() => undefined);
      return;
    }
    if (this.timer) return; // an earlier flush is already due
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush().catch(() => undefined);
    }, delay);
  }

  /** Writes everything dirty in one transaction; then acks the waiting observations. */
  flush(): Promise<void> {
    const run = async () => {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      const dirty = this.dirty;
      const waiters = this.waiters;
      this.dirty = emptyDirty();
      this.waiters = [];
      if (dirtyCount(dirty) === 0 && waiters.length === 0) return;
      try {
        await saveDirty(this.deps.db, this.ledger, dirty);
        this.writes += 1;
        this.lastError = null;
      } catch (e) {
        this.lastError = e instanceof Error ? e.message : String(e);
        // Memory must not run ahead of disk: drop everything not committed.
        this.ledger = await loadLedger(this.deps.db);
        this.dirty = emptyDirty();
        for (const w of waiters) w.reject(e);
        this.reevaluate();
        throw e;
      }
      const nowMs = this.deps.now().getTime();
      for (const w of waiters) {
        for (const a of w.accounts) this.lastWrite.set(a, nowMs);
        w.resolve(w.ids);
      }
    };
    this.chain = this.chain.then(run, run);
    return this.chain;
  }

  /** Runs the rules engine on the current ledger and caches the result for `view`. */
  reevaluate(at?: Date): Evaluation {
    const now = at ?? this.deps.now();
    const h = ledgerToHistory(this.ledger, beijingIso(now));
    const next = this.deps.evaluate(h, h.settings, now);
    if (at) return next;
    const prev = this.evaluation;
    this.evaluation = next;
    this.updatedAt = beijingIso(now);
    const health = Object.values(this.ledger.health);
    void this.deps.onEvaluated(prev, next, this.global, now, health).catch((e: unknown) => {
      console.warn('LivePace: ui effects failed', e);
    });
    return next;
  }

  /** Stages a low-value change (adapter health) to ride along with the next write. */
  stage(fn: (l: Ledger, dirty: Dirty) => void): void {
    if (this.importing) {
      void this.importing.then(() => this.stage(fn));
      return;
    }
    const dirty = emptyDirty();
    fn(this.ledger, dirty);
    mergeDirty(this.dirty, dirty);
    this.schedule(COALESCE_MS);
  }

  /**
   * Applies an import alone. While it runs, observations are refused (their tabs resend them
   * onto the new content) and other changes wait, so nothing touches the ledger between
   * planning and commit. Pending writes land first; then the rows `plan` lists are written in
   * ONE transaction, so disk equals `next` and memory switches to it without re-reading the
   * database. A failed commit (quota) leaves disk and memory as they were.
   */
  async applyImport<T>(
    plan: (cur: Ledger) => { next: Ledger; written: Dirty; result: T },
  ): Promise<T> {
    let done!: () => void;
    const importing = new Promise<void>((r) => (done = r));
    const prevImport = this.importing;
    this.importing = importing;
    try {
      await prevImport;
      await this.flush().catch(() => undefined);
      let out!: T;
      const run = async () => {
        const p = plan(this.ledger);
        await saveDirty(this.deps.db, p.next, p.written);
        this.writes += 1;
        this.ledger = p.next;
        out = p.result;
      };
      this.chain = this.chain.then(run, run);
      await this.chain;
      this.reevaluate();
      return out;
    } finally {
      if (this.importing === importing) this.importing = null;
      done();
    }
  }

  hasLive(): boolean {
    return Object.values(this.ledger.sessions).some((s) => s.live);
  }
}
