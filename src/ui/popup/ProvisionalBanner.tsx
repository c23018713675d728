import { useState } from 'preact/hooks';
import type { AccountEvaluation } from '../../rules/result';
import { t, type Lang } from '../i18n';
import { NEW_ACCOUNT, type ResolveAccount } from './account-actions';

/** What the seller recognises: the shop name, else the page the readings came from. */
export function provisionalName(acc: Pick<AccountEvaluation, 'displayName' | 'accountId'>): string {
  const name = acc.displayName || acc.accountId;
  return name.replace(/^~(shop|live|page):/, '');
}

/**
 * "未确认账号 · 京选好物旗舰店 · 这是哪个账号？" with its one action: pick the account it is
 * (merge) or "a new account" (confirm). Nothing happens until the seller presses confirm.
 */
// eslint-disable-next-line max-lines-per-function -- Preact component: its length is the JSX, one block per part of the view
export function ProvisionalBanner(props: {
  acc: AccountEvaluation;
  /** Confirmed accounts of the same platform it may be. */
  others: AccountEvaluation[];
  lang: Lang;
  onResolve?: ResolveAccount;
}) {
  const { acc, others, lang, onResolve } = props;
  const [choice, setChoice] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!choice || !onResolve) return;
    setBusy(true);
    setError(null);
    try {
      const ref = { platform: acc.platform, accountId: acc.accountId };
      await onResolve(ref, choice === NEW_ACCOUNT ? null : choice);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="provisional" role="group" data-testid="provisional-banner">
      <p>{t(lang, 'provisional.banner', { name: provisionalName(acc) })}</p>
      <div class="row">
        <select
          data-testid="provisional-target"
          value={choice}
          disabled={busy}
          onChange={(e) => setChoice(e.currentTarget.value)}
        >
          <option value="" disabled>
            {t(lang, 'provisional.pick')}
          </option>
          {others.map((o) => (
            <option key={o.accountId} value={o.accountId}>
              {o.displayName || o.accountId}
            </option>
          ))}
          <option value={NEW_ACCOUNT}>{t(lang, 'provisional.new')}</option>
        </select>
        <button
          type="button"
          data-testid="provisional-confirm"
          disabled={!choice || busy || !onResolve}
          onClick={() => void submit()}
        >
          {t(lang, 'provisional.confirm')}
        </button>
      </div>
      {error && (
        <p class="warn" role="alert" data-testid="provisional-error">
          {t(lang, 'provisional.failed', { e: error })}
        </p>
      )}
    </div>
  );
}
