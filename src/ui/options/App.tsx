import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { Accounts } from './Accounts';
import { Bindings } from './Bindings';
import { DataTab } from './DataTab';
import { useSettings } from './data';
import { General } from './General';
import { History } from './History';
import { ManualEntry } from './ManualEntry';
import { PlatformTab } from './PlatformTab';
import { SettingsProblems } from './SettingsProblems';
import { Team } from './Team';

export const TABS = [
  'accounts',
  'platform',
  'manual',
  'bindings',
  'data',
  'general',
  'team',
  'history',
] as const;
export type Tab = (typeof TABS)[number];
/** The tab a key moves to from `tab` (wrapping), or undefined for other keys. */
export function nextTab(tab: Tab, key: string): Tab | undefined {
  const i = TABS.indexOf(tab);
  const n = TABS.length;
  if (key === 'ArrowRight') return TABS[(i + 1) % n];
  if (key === 'ArrowLeft') return TABS[(i + n - 1) % n];
  if (key === 'Home') return TABS[0];
  if (key === 'End') return TABS[n - 1];
  return undefined;
}
const fromHash = (): Tab => {
  const h = location.hash.slice(1);
  return TABS.find((id) => id === h) ?? 'accounts';
};

/** Options page: tabs addressable by hash (options.html#history) so the popup can link to them. */
// eslint-disable-next-line max-lines-per-function -- Preact component: its length is the JSX, one block per part of the view
export function OptionsApp() {
  const { data, error, reload, lang } = useSettings();
  const [tab, setTab] = useState<Tab>(fromHash());
  useEffect(() => {
    const on = (): void => setTab(fromHash());
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(lang, 'opt.title');
  }, [lang]);
  /** Roving tabindex (WAI-ARIA tabs): arrows, Home and End select a tab and move focus to it. */
  const onKey = (e: KeyboardEvent): void => {
    const next = nextTab(tab, e.key);
    if (!next) {
      // A link activates on Enter only; a tab also activates on Space.
      if (e.key === ' ') {
        e.preventDefault();
        location.hash = tab;
      }
      return;
    }
    e.preventDefault();
    setTab(next);
    location.hash = next;
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <main class="options" data-testid="options">
      <h1>{t(lang, 'opt.title')}</h1>
      <nav role="tablist" aria-label={t(lang, 'opt.title')} onKeyDown={onKey}>
        {TABS.map((id) => (
          <a
            key={id}
            role="tab"
            id={`tab-${id}`}
            href={`#${id}`}
            aria-selected={tab === id}
            tabIndex={tab === id ? 0 : -1}
            aria-controls="panel"
            data-testid={`tab-${id}`}
          >
            {t(lang, `tab.${id}`)}
          </a>
        ))}
      </nav>
      <section id="panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {/* The panel's own h2 keeps heading levels in order (h1 → h2 → h3) on every tab. */}
        <h2 class="sr-only">{t(lang, `tab.${tab}`)}</h2>
        {error && (
          <p class="warn" role="alert">
            {t(lang, 'common.error', { e: error })}
          </p>
        )}
        {data?.settingsProblems && (
          <SettingsProblems problems={data.settingsProblems} global={data.global} lang={lang} />
        )}
        {data && tab === 'accounts' && (
          <Accounts accounts={data.accounts} lang={lang} reload={reload} />
        )}
        {data && tab === 'platform' && <PlatformTab data={data} lang={lang} reload={reload} />}
        {data && tab === 'manual' && <ManualEntry data={data} lang={lang} reload={reload} />}
        {tab === 'bindings' && <Bindings lang={lang} />}
        {data && tab === 'data' && <DataTab lang={lang} reload={reload} />}
        {data && tab === 'general' && <General global={data.global} lang={lang} reload={reload} />}
        {data && tab === 'history' && <History data={data} lang={lang} />}
        {tab === 'team' && <Team lang={lang} />}
      </section>
    </main>
  );
}
