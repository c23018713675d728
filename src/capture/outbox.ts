/**
 * Observations waiting for the background's ack. MV3 stops idle service workers, so a
 * sendMessage can fail or land in a worker that restarts; readings stay here (bounded, in
 * memory) and are resent until their ids are acked. Ids make resends idempotent.
 */
import type { Observation } from '../messaging';

export interface OutboxOptions {
  max?: number;
  /** First retry delay; doubles per failure up to maxRetryMs. */
  retryMs?: number;
  maxRetryMs?: number;
  /** Readings on their way at once; beyond this, new ones wait for answers. */
  maxInFlight?: number;
  setTimer?: (fn: () => void, ms: number) => void;
}

export class Outbox {
  private pending: Observation[] = [];
  /** Ids of readings sent and not yet answered. */
  private readonly inFlight = new Set<string>();
  private failures = 0;
  private retryArmed = false;

  constructor(
    private readonly transmit: (obs: Observation[]) => Promise<string[]>,
    private readonly opts: OutboxOptions = {},
  ) {}

  get size(): number {
    return this.pending.length;
  }

  add(obs: Observation): void {
    this.pending.push(obs);
    // Values are cumulative, so when the worker is gone for long the oldest matter least.
    const max = this.opts.max ?? 200;
    if (this.pending.length > max) this.pending.splice(0, this.pending.length - max);
  }

  /**
   * Sends every reading not already on its way. The background answers a batch only once it
   * is on disk (up to one write window later), so a newer reading must not queue behind an
   * older batch: it goes at once and joins the same coalesced write.
   */
  async flush(): Promise<void> {
    const batch = this.pending.filter((o) => !this.inFlight.has(o.id)).slice(0, 500);
    if (batch.length === 0 || this.inFlight.size >= (this.opts.maxInFlight ?? 2000)) return;
    for (const o of batch) this.inFlight.add(o.id);
    try {
      const acked = new Set(await this.transmit(batch));
      this.pending = this.pending.filter((o) => !acked.has(o.id));
      this.failures = acked.size > 0 ? 0 : this.failures + 1;
    } catch {
      this.failures++;
    } finally {
      for (const o of batch) this.inFlight.delete(o.id);
    }
    if (this.pending.some((o) => !this.inFlight.has(o.id))) this.armRetry();
  }

  private armRetry(): void {
    if (this.retryArmed) return;
    this.retryArmed = true;
    const base = this.opts.retryMs ?? 1000;
    const delay = Math.min(
      base * 2 ** Math.max(0, this.failures - 1),
      this.opts.maxRetryMs ?? 30_000,
    );
    const set = this.opts.setTimer ?? ((fn, ms) => void setTimeout(fn, ms));
    set(() => {
      this.retryArmed = false;
      void this.flush();
    }, delay);
  }
}
