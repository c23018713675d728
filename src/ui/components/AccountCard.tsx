import type { Health } from '../../messaging';
import type { AccountEvaluation } from '../../rules/result';
import { freshnessText } from '../format';
import { pick, t, type Lang } from '../i18n';
import { cardFreshness } from '../popup/freshness';
import { countItems, layoutCard } from '../popup/layout';
import type { ResolveAccount } from '../popup/account-actions';
import { settingsHref } from '../popup/links';
import { ProvisionalBanner } from '../popup/ProvisionalBanner';
import { AssumptionsChip, ProjectedMark } from './Bits';
import type { RowContext } from './ItemRow';
import { ItemSection } from './ItemSection';
import { LevelCard } from './LevelCard';
import { showItems } from '../unread';
import { beijingDay } from '../../time/beijing';
import { CARD_EXTRAS } from '../../platforms/card-extras';
import type { AccountInsight } from '../../messaging/schemas/insight';
import { Deltas } from './Deltas';
import { WhatIf } from './WhatIf';

// eslint-disable-next-line max-lines-per-function -- Preact component: its length is the JSX, one block per part of the view
export function AccountCard({
  acc,
  lang,
  now,
  others = [],
  onResolve,
  health = [],
  fold = false,
  insight,
}: {
  acc: AccountEvaluation;
  lang: Lang;
  now: string;
  /** Confirmed accounts of the same platform an unconfirmed one may be merged into. */
  others?: AccountEvaluation[];
  onResolve?: ResolveAccount;
  /** The `view` reply's health reports: figures a page could not read are shown as 未读到. */
  health?: readonly Health[];
  /** Fold the details (another account is live): the header and freshness stay visible. */
  fold?: boolean;
  /** Deltas, curve ETAs, what-if and month plans from the seller's own history. */
  insight?: AccountInsight;
}) {
  const name = acc.displayName || acc.accountId;
  const layout = layoutCard(acc, showItems(acc, health));
  const fresh = cardFreshness(acc);
  const today = beijingDay(now);
  const ctx: RowContext = {
    lang,
    now,
    cardFresh: fresh,
    shared: new Set(),
    sharedWarnings: new Set(),
    settings: settingsHref(acc),
    cycleProjected: !!acc.cycle?.projected,
    platform: acc.platform,
    manual: settingsHref(acc).replace('#platform', '#manual'),
    insight,
  };
  const live = acc.live ? insight?.live : null;
  const nChecks = countItems(layout.checks);
  const Extra = CARD_EXTRAS[acc.platform];
  // An element, not an inner component: a component made per render would remount (and close
  // every <details>) on each refresh.
  const body = (
    <>
      {live && <Deltas live={live} lang={lang} platform={acc.platform} />}
      {live?.whatIf && <WhatIf whatIf={live.whatIf} items={acc.items} lang={lang} />}
      {acc.coldStart && (
        <div class={`cold ${acc.coldStart.status}`} data-testid="cold-start">
          <strong>{t(lang, `cold.${acc.coldStart.status}`)}</strong>
          <span class="muted"> · {pick(lang, acc.coldStart.reason)}</span>
        </div>
      )}
      {acc.level && <LevelCard level={acc.level} lang={lang} settings={ctx.settings} />}
      {layout.sections.map((s) => (
        <ItemSection key={s.group.zh} s={s} ctx={ctx} />
      ))}
      {acc.items.length === 0 && !acc.level && (
        <div class="no-items" data-testid="no-items">
          {acc.platform === 'channels' || acc.platform === 'douyin' ? (
            <>
              <a class="cta" href={ctx.settings} target="_blank" data-testid="setting-cta">
                {t(lang, 'popup.noTargets')} →
              </a>
              <div class="muted">{t(lang, 'popup.noTargetsHint')}</div>
            </>
          ) : (
            <span class="muted">{t(lang, 'popup.noItems')}</span>
          )}
        </div>
      )}
      {nChecks > 0 && (
        <details class="checks" data-testid="checks">
          <summary>{t(lang, 'popup.checks', { n: nChecks })}</summary>
          {layout.checks.map((s) => (
            <ItemSection key={s.group.zh} s={s} ctx={ctx} />
          ))}
        </details>
      )}
      {Extra && <Extra lang={lang} acc={acc} />}
    </>
  );
  return (
    <article
      class={`account ${acc.live ? 'is-live' : ''}`}
      aria-label={name}
      data-testid="account"
      data-platform={acc.platform}
      data-account={acc.accountId}
      data-provisional={acc.provisional ? 'true' : undefined}
    >
      {acc.provisional && (
        <ProvisionalBanner acc={acc} others={others} lang={lang} onResolve={onResolve} />
      )}
      <header class="row">
        <h3 title={name}>{name}</h3>
        <span class={`live ${acc.live ? 'on' : ''}`}>
          {acc.live ? `● ${t(lang, 'account.live')}` : t(lang, 'account.offline')}
        </span>
      </header>
      <div class="sub">
        {acc.cycle && (
          <span class="muted cycle">
            {t(lang, 'cycle.range', {
              from: acc.cycle.from.slice(5),
              to: acc.cycle.to.slice(5),
              cutoff: acc.cycle.dataCutoff.slice(5),
            })}
            {acc.cycle.projected && <ProjectedMark lang={lang} />}
            {' · '}
            {t(lang, 'cycle.dates', {
              enrol: acc.cycle.enrolBy.slice(5),
              rewards: acc.cycle.rewardsBy.slice(5),
            })}
          </span>
        )}
        {acc.cycle && acc.cycle.enrolled === null && today <= acc.cycle.enrolBy && (
          <span class="cycle-enrol" data-testid="enrol-by">
            {t(lang, 'cycle.notEnrolled', { enrol: acc.cycle.enrolBy.slice(5) })}
          </span>
        )}
        {fresh && (
          <span class="muted card-fresh" data-testid="freshness">
            {t(lang, 'popup.dataAt', { x: freshnessText(fresh, lang, now) })}
          </span>
        )}
        <AssumptionsChip list={acc.assumptions} lang={lang} />
      </div>
      {fold ? (
        <details class="more" data-testid="account-details">
          <summary>{t(lang, 'popup.details')}</summary>
          {body}
        </details>
      ) : (
        body
      )}
    </article>
  );
}
