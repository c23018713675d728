/**
 * One import at a time. While one runs, `busy` is the promise of its end: observations are
 * refused (their tabs resend them onto the new content) and other changes wait for it.
 */
export class ImportGate {
  private current: Promise<void> | null = null;

  get busy(): Promise<void> | null {
    return this.current;
  }

  /** Runs `fn` once every earlier import has ended; `busy` stays set until this one ends. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    let done!: () => void;
    const mine = new Promise<void>((r) => (done = r));
    const prev = this.current;
    this.current = mine;
    try {
      await prev;
      return await fn();
    } finally {
      if (this.current === mine) this.current = null;
      done();
    }
  }
}
