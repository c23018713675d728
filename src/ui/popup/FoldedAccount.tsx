import type { AccountEvaluation } from '../../rules/result';
import { t, type Lang } from '../i18n';
import { foldSummary } from './fold-accounts';

/** An account beyond the first few: its header and one summary line; a click opens the card. */
export function FoldedAccount({
  acc,
  lang,
  onOpen,
}: {
  acc: AccountEvaluation;
  lang: Lang;
  onOpen: () => void;
}) {
  const name = acc.displayName || acc.accountId;
  const sum = foldSummary(acc);
  const line =
    t(lang, 'popup.summary', { done: sum.done, total: sum.total }) +
    (sum.behind > 0 ? ` · ${t(lang, 'popup.summaryBehind', { n: sum.behind })}` : '');
  return (
    <article
      class="account folded"
      aria-label={name}
      data-testid="account"
      data-folded="true"
      data-platform={acc.platform}
      data-account={acc.accountId}
    >
      <button
        type="button"
        class="row fold-line"
        aria-expanded="false"
        title={t(lang, 'popup.expand')}
        data-testid="expand-account"
        onClick={onOpen}
      >
        <strong class="name">{name}</strong>
        <span class="muted">{line} ▸</span>
      </button>
    </article>
  );
}
