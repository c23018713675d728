import { useState } from 'preact/hooks';
import type { AccountEvaluation } from '../../rules/result';
import { AccountCard } from '../components/AccountCard';
import { t } from '../i18n';
import { insightOf } from '../insight-guard';
import type { PlatformGroup } from '../order';
import type { ViewState } from '../store';
import { FoldedAccount } from './FoldedAccount';
import { fullAccounts, listKey } from './fold-accounts';

/**
 * The popup's accounts by platform. Live and unconfirmed accounts and the first few in order
 * render in full; the rest as a header and a one-line summary until clicked (60 accounts in
 * full were 7,136 elements and a 198 ms task, issue #16). What was opened stays open across
 * refreshes: the set lives here, not in the fresh evaluation.
 */
export function AccountList({
  groups,
  s,
  now,
}: {
  groups: PlatformGroup[];
  s: Pick<ViewState, 'lang' | 'health' | 'insights' | 'resolveAccount'>;
  now: string;
}) {
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const { lang } = s;
  const full = fullAccounts(groups);
  // With a live account, the other full cards fold their details so the live one is not pushed down.
  const anyLive = groups.some((g) => g.accounts.some((a) => a.live));
  const card = (a: AccountEvaluation, g: PlatformGroup) => (
    <AccountCard
      key={listKey(a)}
      acc={a}
      lang={lang}
      now={now}
      others={a.provisional ? g.accounts.filter((o) => !o.provisional) : undefined}
      onResolve={s.resolveAccount}
      health={s.health}
      fold={anyLive && !a.live}
      insight={insightOf(s.insights, a)}
    />
  );
  return (
    <>
      {groups.map((g) => (
        <section
          class="platform"
          key={g.platform}
          aria-label={t(lang, `platform.${g.platform}`)}
          data-testid="platform"
        >
          <h2>{t(lang, `platform.${g.platform}`)}</h2>
          {g.accounts.map((a) =>
            full.has(listKey(a)) || opened.has(listKey(a)) ? (
              card(a, g)
            ) : (
              <FoldedAccount
                key={listKey(a)}
                acc={a}
                lang={lang}
                onOpen={() => setOpened((o) => new Set([...o, listKey(a)]))}
              />
            ),
          )}
        </section>
      ))}
    </>
  );
}
