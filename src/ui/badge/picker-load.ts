/**
 * The 点选 picker (picker.ts, with the CSS-path locator `makeLocator`) is not in the console
 * content scripts: it is its own file, `/picker.js` (entrypoints/picker.ts), imported the
 * first time the seller clicks 点选. A dynamic `import()` from a content script evaluates the
 * module in the content script's isolated world, so the module hands its functions over on
 * that world's global under PICKER_HOOK (the page's own scripts cannot see or set it). Why a
 * web-accessible file rather than `scripting.executeScript`: docs/security.md.
 */
import { browser } from 'wxt/browser';
import type { Binding } from '../../capture/bindings';
import type { Lang } from '../i18n/core';
import type { PickerDeps } from './picker';

export const PICKER_HOOK = Symbol.for('livepace.picker');
/** Where the build puts entrypoints/picker.ts (a WXT unlisted script). */
export const PICKER_FILE = '/picker.js';

export interface PickerModule {
  startPicker: (d: PickerDeps) => () => void;
  /** The picker's own copy of the badge strings (it is a separate bundle). */
  loadBadgeStrings: (lang: Lang) => Promise<unknown>;
  /** binding-store.ts's save: its validation stays out of badge.js as well. */
  saveBinding: (pageKind: string, b: Binding) => Promise<void>;
}

type HookHolder = { [PICKER_HOOK]?: PickerModule };

let loading: Promise<PickerModule> | null = null;

/** The picker module, imported once per page; a failed import may be retried. */
export function loadPicker(lang: Lang): Promise<PickerModule> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL(PICKER_FILE)).then(async () => {
    const mod = (globalThis as HookHolder)[PICKER_HOOK];
    if (!mod) throw new Error('picker.js did not register');
    await mod.loadBadgeStrings(lang).catch(() => undefined);
    return mod;
  });
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
