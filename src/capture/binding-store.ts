/**
 * Bindings per page kind in chrome.storage.local (`livepace:bindings`), shared by the content
 * scripts (read, and save from the badge's picker) and the options page (list, remove).
 * Validated by hand because zod does not fit the content scripts' size budget: a malformed
 * entry is dropped on its own, the valid ones beside it are kept.
 */
import { browser } from 'wxt/browser';
import type { ReadKey, ReadKind } from './adapter';
import type { Binding, Locator, Step } from './bindings';

export const BINDINGS_KEY = 'livepace:bindings';
export type BindingMap = Record<string, Binding[]>;

const KINDS: readonly ReadKind[] = ['count', 'money', 'duration', 'score', 'medal'];
const HINTS = ['yuan', 'wanYuan', 'fen', 'seconds', 'minutes', 'hours'];
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isStr = (x: unknown, max = 200): x is string =>
  typeof x === 'string' && x.length > 0 && x.length <= max;
const isIndex = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

const isStep = (s: unknown): s is Step =>
  isObj(s) &&
  isStr(s.tag, 40) &&
  /^[a-z][a-z0-9-]*$/.test(s.tag) &&
  isIndex(s.nth) &&
  (s.cls === undefined || isStr(s.cls, 100));

function isLocator(l: unknown): l is Locator {
  return (
    isObj(l) &&
    isStr(l.label, 60) &&
    (l.hint === undefined || HINTS.includes(l.hint as string)) &&
    isIndex(l.up) &&
    Array.isArray(l.path) &&
    l.path.length <= 30 &&
    l.path.every(isStep) &&
    (l.row === undefined || isIndex(l.row))
  );
}

export const isBinding = (b: unknown): b is Binding =>
  isObj(b) &&
  isStr(b.metric, 40) &&
  KINDS.includes(b.kind as ReadKind) &&
  isLocator(b.locator) &&
  typeof b.sample === 'string' &&
  b.sample.length <= 100 &&
  isStr(b.createdAt, 40);

/** Whatever is stored, narrowed to valid bindings; bad page kinds and entries are dropped. */
export function validBindings(raw: unknown): BindingMap {
  const out: BindingMap = {};
  if (!isObj(raw)) return out;
  for (const [page, list] of Object.entries(raw)) {
    const ok = Array.isArray(list) ? list.filter(isBinding) : [];
    if (isStr(page, 60) && ok.length) out[page] = ok;
  }
  return out;
}

export async function loadAllBindings(): Promise<BindingMap> {
  const got = await browser.storage.local.get(BINDINGS_KEY);
  return validBindings(got[BINDINGS_KEY]);
}

export const loadBindings = async (pageKind: string): Promise<Binding[]> =>
  (await loadAllBindings())[pageKind] ?? [];

async function update(pageKind: string, f: (list: Binding[]) => Binding[]): Promise<void> {
  const all = await loadAllBindings();
  const next = f(all[pageKind] ?? []);
  if (next.length) all[pageKind] = next;
  else delete all[pageKind];
  await browser.storage.local.set({ [BINDINGS_KEY]: all });
}

/** Stores `b` for `pageKind`, replacing an earlier binding of the same metric. */
export const saveBinding = (pageKind: string, b: Binding): Promise<void> =>
  update(pageKind, (list) => [...list.filter((x) => x.metric !== b.metric), b]);

export const removeBinding = (pageKind: string, metric: ReadKey): Promise<void> =>
  update(pageKind, (list) => list.filter((x) => x.metric !== metric));

/** Calls `cb` with the new map whenever bindings change (any tab, the options page). */
export function onBindingsChanged(cb: (all: BindingMap) => void): () => void {
  const on = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && BINDINGS_KEY in changes)
      cb(validBindings(changes[BINDINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(on);
  return () => browser.storage.onChanged.removeListener(on);
}
