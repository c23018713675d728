import { useEffect } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { agoText } from '../format';
import { healthMessages } from '../health';
import { t } from '../i18n';
import { groupAccounts } from '../order';
import { useStore, type ViewState } from '../store';
import { AccountList } from './AccountList';
import { EmptyState } from './EmptyState';
import { UrgentLine } from './UrgentLine';

/** `onFresh`: after each render of a fresh (not cached) view, e.g. to keep a snapshot of it. */
export function PopupApp({
  store,
  onFresh,
}: {
  store: StoreApi<ViewState>;
  onFresh?: (s: ViewState) => void;
}) {
  const s = useStore(store, (x) => x);
  const { lang, evaluation } = s;
  useEffect(() => {
    if (s.status === 'ready' && !s.stale) onFresh?.(s);
  }, [s.status, s.stale, evaluation, lang]);
  useEffect(() => {
    // Lets the bench and e2e measure "open → cards rendered with data".
    if (s.status === 'ready') performance.mark('livepace:popup-rendered');
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [s.status, lang]);
  const now = evaluation?.now ?? new Date().toISOString();
  const problems = healthMessages(s.health, lang);
  const groups = groupAccounts(evaluation?.accounts ?? []);
  return (
    <main class="popup" data-status={s.status}>
      <header class="top row">
        <h1>{t(lang, 'app.title')}</h1>
        <nav>
          <a href="/options.html#history" target="_blank" data-testid="open-history">
            {t(lang, 'popup.history')}
          </a>
          <a href="/options.html" target="_blank" data-testid="open-options">
            {t(lang, 'popup.settings')}
          </a>
        </nav>
      </header>
      {s.updatedAt && (
        <div class="muted updated" data-testid="updated" data-stale={s.stale ? 'true' : undefined}>
          {s.stale
            ? t(lang, 'popup.stale', { ago: agoText(s.updatedAt, lang, new Date()) })
            : t(lang, 'popup.updated', { ago: agoText(s.updatedAt, lang, now) })}
        </div>
      )}
      {problems.length > 0 && (
        <ul class="health" role="status" data-testid="health">
          {problems.map((p) => (
            <li key={p}>⚠ {p}</li>
          ))}
        </ul>
      )}
      {evaluation && <UrgentLine accounts={evaluation.accounts} health={s.health} lang={lang} />}
      {s.status === 'loading' && <p class="muted">{t(lang, 'popup.loading')}</p>}
      {s.status === 'error' && (
        <p class="warn" role="alert">
          {t(lang, 'popup.error', { e: s.error ?? '' })}
        </p>
      )}
      {s.status === 'ready' && groups.length === 0 && <EmptyState lang={lang} />}
      <AccountList groups={groups} s={s} now={now} />
    </main>
  );
}
