import { t, type Lang } from '../i18n';

/** Where a new user should go first: the exact console pages the adapters read. */
export const CONSOLE_LINKS = [
  { key: 'empty.jd', url: 'https://jlive.jd.com/bigScreen' },
  { key: 'empty.channels', url: 'https://channels.weixin.qq.com/platform/live/liveBuild' },
  { key: 'empty.alibaba', url: 'https://work.1688.com/' },
] as const;

export function EmptyState({ lang }: { lang: Lang }) {
  return (
    <section class="empty" data-testid="empty">
      <h2>{t(lang, 'empty.title')}</h2>
      <p>{t(lang, 'empty.body')}</p>
      <ol>
        {CONSOLE_LINKS.map((l) => (
          <li key={l.url}>
            <a href={l.url} target="_blank" rel="noreferrer">
              {t(lang, l.key)}
            </a>
            <div class="muted url">{l.url.replace('https://', '')}</div>
          </li>
        ))}
      </ol>
      {/* Manual entry needs an account to enter figures for: say how one appears, no dead link. */}
      <p class="muted" data-testid="empty-manual">
        {t(lang, 'empty.manual')}
      </p>
    </section>
  );
}
