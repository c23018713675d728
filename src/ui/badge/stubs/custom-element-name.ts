/**
 * Build-time stand-in for `is-potential-custom-element-name` (aliased in wxt.config.ts),
 * which @webext-core/isolated-element uses to validate the shadow host's tag name. The real
 * check is one large Unicode regex (~0.4 KB gzip per content script); the only name we pass
 * is the ASCII constant "livepace-badge", for which this ASCII subset of the rule
 * (lowercase letter first, at least one hyphen) gives the same answer.
 */
export default function isPotentialCustomElementName(name: string): boolean {
  return /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(name);
}
