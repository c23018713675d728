/**
 * What a console's capture script tells the badge script (entrypoints/badge.content) in the
 * same frame: which platform's badge this page shows, and the page kind the runner picked
 * (点选 binds figures per page kind). The two are separate bundles — the capture script runs at
 * document_start in every frame, the badge only in the top frame once the page is loaded, so
 * neither carries the other's code — but the extension's content scripts share one isolated
 * world per frame, so the slot lives on that world's global. The page's scripts cannot see it.
 */
import type { Platform } from '../platforms/ids';

interface PageSlot {
  /** Page kind (adapter id) the runner picked for this document; the badge reads it. */
  id: string | null;
  /** The platform whose badge this page shows; null: no badge here. */
  badge: Platform | null;
  listeners: Set<() => void>;
}

const KEY = Symbol.for('livepace.page');
type Holder = { [KEY]?: PageSlot };
const slot: PageSlot = ((globalThis as Holder)[KEY] ??= {
  id: null,
  badge: null,
  listeners: new Set(),
});

export const currentPage: { readonly id: string | null } = slot;

export function setCurrentPage(id: string | null): void {
  if (slot.id === id) return;
  slot.id = id;
  for (const f of slot.listeners) f();
}

export function onCurrentPage(f: () => void): () => void {
  slot.listeners.add(f);
  return () => slot.listeners.delete(f);
}

/** Called by a console's capture script: this page shows `platform`'s badge. */
export function offerBadge(platform: Platform): void {
  slot.badge = platform;
}

/** The platform whose badge the capture script asked for in this frame, or null. */
export const offeredBadge = (): Platform | null => slot.badge;
