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
  setTimer?: (fn: () => void, ms: number) => void;
}

export class Outbox {
  private pending: Observation[] = [];
  private inFlight = false;
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

  async flush(): Promise<void> {
    if (this.inFlight || this.pending.length === 0) return;
    this.inFlight = true;
    const batch = this.pending.slice(0, 500);
    try {
      const acked = new Set(await this.transmit(batch));
      this.pending = this.pending.filter((o) => !acked.has(o.id));
      this.failures = acked.size > 0 || batch.length === 0 ? 0 : this.failures + 1;
    } catch {
      this.failures++;
    } finally {
      this.inFlight = false;
    }
    if (this.pending.length > 0) this.armRetry();
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
