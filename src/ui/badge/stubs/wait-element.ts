/**
 * Build-time stand-in for `@1natsu/wait-element` (aliased in wxt.config.ts). WXT's
 * createShadowRootUi imports it only for `autoMount()`, which LivePace never calls; the real
 * package and its deps (many-keys-map, defu) cost ~1.2 KB gzip in every console content
 * script. Calling autoMount with this stub fails loudly instead of silently doing nothing.
 */
export function waitElement(): Promise<never> {
  return Promise.reject(new Error('livepace: autoMount is not bundled (see wxt.config.ts)'));
}
