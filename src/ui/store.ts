import { createStore, type StoreApi } from 'zustand/vanilla';
import { useEffect, useState } from 'preact/hooks';
import type { Health } from '../messaging';
import type { Evaluation } from '../rules/result';
import { isEvaluation } from './evaluation-guard';
import type { Lang } from './i18n';

export interface ViewData {
  evaluation: unknown;
  health: Health[];
  updatedAt: string | null;
}

export interface ViewState {
  status: 'loading' | 'ready' | 'error';
  evaluation: Evaluation | null;
  health: Health[];
  updatedAt: string | null;
  lang: Lang;
  error: string | null;
  load: () => Promise<void>;
}

/** What the store needs from the outside world; injected so tests and harnesses can fake it. */
export interface ViewSource {
  view: () => Promise<ViewData>;
  lang: () => Promise<Lang>;
}

export function createViewStore(source: ViewSource): StoreApi<ViewState> {
  return createStore<ViewState>()((set) => ({
    status: 'loading',
    evaluation: null,
    health: [],
    updatedAt: null,
    lang: 'zh',
    error: null,
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
          lang,
          error: null,
        });
      } catch (e) {
        set({ status: 'error', error: e instanceof Error ? e.message : String(e) });
      }
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
