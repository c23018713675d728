import type { Health } from '../../messaging';
import type { AccountEvaluation } from '../../rules/result';
import { STATUS_MARK } from '../format';
import { t, type Lang } from '../i18n';
import { showItems } from '../unread';
import { mostUrgent, summaryText } from '../urgency';

/**
 * The popup's first line: the one most urgent item (label + figure + status), coloured by its
 * own status rather than always red. Nothing when no item is open.
 */
export function UrgentLine({
  accounts,
  health,
  lang,
}: {
  accounts: AccountEvaluation[];
  health: readonly Health[];
  lang: Lang;
}) {
  const urgent = mostUrgent(accounts.map((acc) => ({ acc, items: showItems(acc, health) })));
  if (!urgent) return null;
  const { acc, item } = urgent;
  const many = accounts.length > 1;
  return (
    <p class={`urgent s-${item.shown}`} data-testid="urgent" data-status={item.shown}>
      <span class="urgent-head">{t(lang, 'popup.urgent')}</span>
      <span aria-hidden="true">{STATUS_MARK[item.shown]} </span>
      {summaryText(item, lang, acc.platform)}
      {many && <span class="muted"> · {acc.displayName || acc.accountId}</span>}
    </p>
  );
}
