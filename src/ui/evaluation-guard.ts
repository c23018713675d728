import { isPlatformId as isPlatform } from '../platforms/platform-ids';
import type { Health } from '../messaging';
import type { AccountEvaluation, Evaluation, ItemResult } from '../rules/result';

/**
 * The one place where the `view` reply's `evaluation: unknown` is narrowed. A light structural
 * check rather than zod, because the in-page badge (content script) uses it too and must stay
 * small. It checks what the UI dereferences; deeper fields are optional in the UI's reading.
 */
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isText = (x: unknown): boolean =>
  isObj(x) && typeof x.zh === 'string' && typeof x.en === 'string';

function isItem(x: unknown): x is ItemResult {
  return (
    isObj(x) &&
    typeof x.itemId === 'string' &&
    isText(x.label) &&
    isText(x.group) &&
    typeof x.unit === 'string' &&
    typeof x.status === 'string' &&
    typeof x.threshold === 'number' &&
    (x.current === null || typeof x.current === 'number') &&
    (x.remaining === null || typeof x.remaining === 'number') &&
    Array.isArray(x.assumptions) &&
    Array.isArray(x.warnings)
  );
}

function isAccount(x: unknown): x is AccountEvaluation {
  return (
    isObj(x) &&
    isPlatform(x.platform) &&
    typeof x.accountId === 'string' &&
    typeof x.displayName === 'string' &&
    typeof x.live === 'boolean' &&
    Array.isArray(x.items) &&
    x.items.every(isItem) &&
    Array.isArray(x.assumptions)
  );
}

export function isEvaluation(x: unknown): x is Evaluation {
  return (
    isObj(x) &&
    typeof x.now === 'string' &&
    Array.isArray(x.accounts) &&
    x.accounts.every(isAccount)
  );
}

/** Adapter health entries (the popup reads them without zod, see src/ui/badge/rpc.ts). */
export function isHealthList(x: unknown): x is Health[] {
  return (
    Array.isArray(x) &&
    x.every(
      (h) =>
        isObj(h) &&
        isPlatform(h.platform) &&
        typeof h.page === 'string' &&
        Array.isArray(h.missing) &&
        h.missing.every((m) => typeof m === 'string'),
    )
  );
}
