interface ImportMetaEnv {
  /** True only in the bench's build (wxt.config.ts): the worker exposes its counters. */
  readonly LIVEPACE_BENCH?: boolean;
}
