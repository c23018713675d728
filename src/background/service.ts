import type { DB } from '../history/db';
import { ingest } from '../history/ingest';
import {
  accKey,
  emptyDirty,
  mergeDirty,
  dirtyCount,
  type Dirty,
  type Ledger,
} from '../history/ledger';
import { loadLedger, saveDirty } from '../history/persist';
import { HistoryInput } from '../history/history-input';
import type { Observation } from '../messaging';
import { isoBeijing } from '../time/beijing';
import type { Evaluation } from '../rules/result';
import type { ServiceDeps, Waiter } from './deps';
import { defaultSettings, type GlobalSettings } from '../settings';
import { COALESCE_MS, flushDelay, newlyDone } from './flush-policy';
import { ImportGate } from './import-gate';

/**
 * History in memory and on disk, evaluated on every change. When writes land and when
 * readings are acked (the durability design): ./flush-policy.ts.
 */
export class HistoryService {
  evaluation: Evaluation | null = null;
  /** The ledger changed after `evaluation` was computed and its re-run is still queued. */
  private stale = false;
  /** The evaluation of the ledger as it is now (computed here if none is, or it is stale). */
  current = (): Evaluation =>
    !this.stale && this.evaluation ? this.evaluation : this.reevaluate();
  updatedAt: string | null = null;
  lastError: string | null = null;
  /** Counts committed transactions (bench: writes per minute). */
  writes = 0;
  private dirty: Dirty = emptyDirty();
  private waiters: Waiter[] = [];
  private lastWrite = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private imports = new ImportGate();
  private input = new HistoryInput();
  readonly changeListeners: Array<(dirty: Dirty) => void> = []; // team sync: accounts to push

  private constructor(
    private deps: ServiceDeps,
    public ledger: Ledger,
    public global: GlobalSettings,
  ) {}

  static start = async (deps: ServiceDeps, global = defaultSettings()): Promise<HistoryService> =>
    new HistoryService(deps, await loadLedger(deps.db), global);

  /** The service's clock: handlers ask it instead of reading the system time. */
  now = (): Date => new Date(this.deps.now());
  get db(): DB {
    return this.deps.db;
  }

  /** Applies observations; resolves with the ids that are durable once their write lands. */
  observe(list: Observation[]): Promise<string[]> {
    if (this.imports.busy)
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
    this.absorb(dirty);
    const prev = this.evaluation;
    const next = this.reevaluate();
    if (newlyDone(prev, next).length > 0) urgent = true;
    return new Promise((resolve, reject) => {
      this.waiters.push({ ids, accounts: [...accounts], resolve, reject });
      const nowMs = this.deps.now();
      const delay = Math.min(
        ...[...accounts].map((a) => flushDelay(urgent, this.lastWrite.get(a), nowMs)),
      );
      this.schedule(delay);
    });
  }

  /** Applies any other change (manual entry, settings …) and writes it at once. */
  async mutate(fn: (l: Ledger, dirty: Dirty) => void): Promise<void> {
    while (this.imports.busy) await this.imports.busy;
    const dirty = emptyDirty();
    fn(this.ledger, dirty);
    if (dirtyCount(dirty) > 0) this.absorb(dirty); // none (the tick): no extra write (#16)
    if (dirtyCount(dirty) > 0) await this.flush(); // live readings keep their coalesced one
    this.reevaluate();
  }

  private schedule(delay: number): void {
    if (delay === 0) return void this.flush().catch(() => undefined);
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
      const nowMs = this.deps.now();
      for (const w of waiters) {
        for (const a of w.accounts) this.lastWrite.set(a, nowMs);
        w.resolve(w.ids);
      }
    };
    this.chain = this.chain.then(run, run);
    return this.chain;
  }

  /** A change to the ledger: written on the next flush, and its accounts' engine input rebuilt. */
  private absorb(dirty: Dirty): void {
    mergeDirty(this.dirty, dirty);
    this.input.touched(dirty);
    for (const f of this.changeListeners) f(dirty);
  }

  /** Runs the rules engine on the current ledger and caches the result for `view`. */
  reevaluate(at?: Date): Evaluation {
    const now = at ?? this.now();
    const h = this.input.build(this.ledger, isoBeijing(now.getTime()));
    const next = this.deps.evaluate(h, h.settings, now);
    if (at) return next;
    this.stale = false;
    const prev = this.evaluation;
    this.evaluation = next;
    this.updatedAt = h.exportedAt;
    const health = Object.values(this.ledger.health);
    void this.deps.onEvaluated(prev, next, this.global, now, health).catch((e: unknown) => {
      console.warn('LivePace: ui effects failed', e);
    });
    return next;
  }

  /** Stages a low-value change (adapter health) to ride along with the next write. */
  stage(fn: (l: Ledger, dirty: Dirty) => void): void {
    const busy = this.imports.busy;
    if (busy) return void busy.then(() => this.stage(fn));
    const dirty = emptyDirty();
    fn(this.ledger, dirty);
    this.absorb(dirty);
    this.schedule(COALESCE_MS);
  }

  /**
   * Applies an import alone: observations are refused meanwhile (their tabs resend them) and other
   * changes wait. Pending writes land first, then `plan`'s rows in ONE transaction, so disk equals
   * `next` and memory switches to it; a failed commit (quota) leaves both as they were.
   */
  applyImport<T>(plan: (cur: Ledger) => { next: Ledger; written: Dirty; result: T }): Promise<T> {
    return this.imports.run(async () => {
      await this.flush().catch(() => undefined);
      let out!: T;
      const run = async () => {
        const p = plan(this.ledger);
        await saveDirty(this.deps.db, p.next, p.written, { whole: true });
        this.writes += 1;
        this.ledger = p.next;
        out = p.result;
      };
      this.chain = this.chain.then(run, run);
      await this.chain;
      // The reply goes first (it is on disk); the evaluation a task later, or on demand (current).
      this.stale = true;
      setTimeout(() => void (this.stale && this.reevaluate()), 0);
      return out;
    });
  }
}
