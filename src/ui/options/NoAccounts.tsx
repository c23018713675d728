import { t, type Lang } from '../i18n';
import { CONSOLE_LINKS } from '../popup/EmptyState';

/**
 * What a tab that needs an account shows before there is one: how accounts appear (open the
 * console page once), the pages to open, and the import as another way in. Never a dead end.
 */
export function NoAccounts({ lang, manual = false }: { lang: Lang; manual?: boolean }) {
  return (
    <section class="noacc" data-testid="no-accounts">
      <h3>{t(lang, 'noacc.title')}</h3>
      <p>{t(lang, 'noacc.body')}</p>
      <ul class="noacc-links">
        {CONSOLE_LINKS.map((l) => (
          <li key={l.url}>
            <a href={l.url} target="_blank" rel="noreferrer">
              {t(lang, l.key)}
            </a>{' '}
            <span class="muted">{l.url.replace('https://', '')}</span>
          </li>
        ))}
      </ul>
      <p>
        <a href="#data">{t(lang, 'noacc.import')}</a>
      </p>
      {manual && <p class="muted">{t(lang, 'noacc.manualAfter')}</p>}
    </section>
  );
}
