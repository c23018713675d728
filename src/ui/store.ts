import { createStore, type StoreApi } from 'zustand/vanilla';
import { useEffect, useState } from 'preact/hooks';
import type { Health } from '../messaging';
import type { AccountInsight } from '../messaging/schemas/insight';
import type { Evaluation } from '../rules/result';
import { isEvaluation } from './evaluation-guard';
import type { Lang } from './i18n';
import type { CachedView } from './popup/cached-view';
import { sendResolveAccount, type AccountRef, type ResolveAccount } from './popup/account-actions';

export interface ViewData {
  evaluation: unknown;
  health: Health[];
  updatedAt: string | null;
  /** The seller's own curves and month plans (src/background/insights.ts); absent = none. */
  insights?: AccountInsight[];
}

export interface ViewState {
  status: 'loading' | 'ready' | 'error';
  evaluation: Evaluation | null;
  health: Health[];
  updatedAt: string | null;
  insights: AccountInsight[];
  lang: Lang;
  error: string | null;
  /** Showing the background's last view (cached-view.ts) until the fresh one arrives. */
  stale: boolean;
  /** Paints a cached view, unless the fresh one already arrived. */
  paintCached: (c: CachedView) => void;
  load: () => Promise<void>;
  /** Confirms an unconfirmed account (into = null) or merges it; then re-reads the view. */
  resolveAccount: (from: AccountRef, into: string | null) => Promise<void>;
}

/** What the store needs from the outside world; injected so tests and harnesses can fake it. */
export interface ViewSource {
  view: () => Promise<ViewData>;
  lang: () => Promise<Lang>;
  /** Defaults to the raw runtime message (see popup/account-actions.ts). */
  resolveAccount?: ResolveAccount;
}

export function createViewStore(source: ViewSource): StoreApi<ViewState> {
  return createStore<ViewState>()((set, get) => ({
    status: 'loading',
    evaluation: null,
    health: [],
    updatedAt: null,
    insights: [],
    lang: 'zh',
    error: null,
    stale: false,
    paintCached: (c) => {
      if (get().status !== 'loading') return;
      set({ status: 'ready', stale: true, ...c });
    },
    load: async () => {
      try {
        const [data, lang] = await Promise.all([
          source.view(),
          source.lang().catch(() => 'zh' as const),
        ]);
        if (data.evaluation !== null && !isEvaluation(data.evaluation)) {
          throw new Error('unexpected evaluation shape');
        }
        set({
          status: 'ready',
          evaluation: data.evaluation,
          health: data.health,
          updatedAt: data.updatedAt,
          insights: data.insights ?? [],
          lang,
          error: null,
          stale: false,
        });
      } catch (e) {
        set({ status: 'error', stale: false, error: e instanceof Error ? e.message : String(e) });
      }
    },
    // Errors reach the caller (the banner shows them); the view is re-read only on success.
    resolveAccount: async (from, into) => {
      await (source.resolveAccount ?? sendResolveAccount)(from, into);
      await get().load();
    },
  }));
}

/** Preact binding for a vanilla zustand store (zustand's own hook needs React). */
export function useStore<T, S>(store: StoreApi<T>, select: (s: T) => S): S {
  const [value, setValue] = useState(() => select(store.getState()));
  useEffect(() => {
    setValue(select(store.getState()));
    return store.subscribe((s) => setValue(() => select(s)));
  }, [store]);
  return value;
}
