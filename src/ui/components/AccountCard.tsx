import type { AccountEvaluation } from '../../rules/result';
import { groupItems } from '../order';
import { pick, t, type Lang } from '../i18n';
import { AssumptionMark, ProjectedMark } from './Bits';
import { ItemRow } from './ItemRow';
import { LevelCard } from './LevelCard';

export function AccountCard({
  acc,
  lang,
  now,
}: {
  acc: AccountEvaluation;
  lang: Lang;
  now: string;
}) {
  const name = acc.displayName || acc.accountId;
  return (
    <article
      class={`account ${acc.live ? 'is-live' : ''}`}
      aria-label={name}
      data-testid="account"
      data-platform={acc.platform}
      data-account={acc.accountId}
    >
      <header class="row">
        <h3>
          {name}
          {acc.assumptions.map((a) => (
            <AssumptionMark key={a.id} a={a} lang={lang} />
          ))}
        </h3>
        <span class={`live ${acc.live ? 'on' : ''}`}>
          {acc.live ? `● ${t(lang, 'account.live')}` : t(lang, 'account.offline')}
        </span>
      </header>
      {acc.cycle && (
        <div class="muted cycle">
          {t(lang, 'cycle.range', {
            from: acc.cycle.from.slice(5),
            to: acc.cycle.to.slice(5),
            cutoff: acc.cycle.dataCutoff.slice(5),
          })}
          {acc.cycle.projected && <ProjectedMark lang={lang} />}
        </div>
      )}
      {acc.coldStart && (
        <div class={`cold ${acc.coldStart.status}`} data-testid="cold-start">
          <strong>{t(lang, `cold.${acc.coldStart.status}`)}</strong>
          <span class="muted"> · {pick(lang, acc.coldStart.reason)}</span>
        </div>
      )}
      {acc.level && <LevelCard level={acc.level} lang={lang} />}
      {groupItems(acc.items).map((items) => (
        <section class="group" key={items[0]!.group.zh} aria-label={pick(lang, items[0]!.group)}>
          <h4>{pick(lang, items[0]!.group)}</h4>
          <ul class="items">
            {items.map((i) => (
              <ItemRow key={`${i.packId}:${i.itemId}`} item={i} lang={lang} now={now} />
            ))}
          </ul>
        </section>
      ))}
      {acc.items.length === 0 && !acc.level && <div class="muted">{t(lang, 'popup.noItems')}</div>}
    </article>
  );
}
