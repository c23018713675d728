import { useState } from 'preact/hooks';
import type { Account } from '../../history/model';
import { callChecked } from '../../messaging/checked';
import { t, type Lang } from '../i18n';
import { keyOf, refOf, useAction } from './data';
import { Status } from './Status';
import { NoAccounts } from './NoAccounts';

// eslint-disable-next-line max-lines-per-function -- Preact component: its length is the JSX, one block per part of the view
function AccountRow({ a, lang, reload }: { a: Account; lang: Lang; reload: () => Promise<void> }) {
  const [name, setName] = useState(a.displayName);
  const [status, run] = useAction();
  const label = a.displayName || a.accountId;
  return (
    <li
      class="acct"
      data-testid="account-row"
      data-account={a.accountId}
      data-platform={a.platform}
    >
      <div class="row">
        <strong>
          {t(lang, `platform.${a.platform}`)} · {label}
        </strong>
        <span class="muted">
          {a.accountId}
          {a.hidden ? ` · ${t(lang, 'acc.hidden')}` : ''}
          {a.demo ? ` · ${t(lang, 'acc.demo')}` : ''}
        </span>
      </div>
      <div class="row wrap">
        <label class="field inline">
          <span>{t(lang, 'acc.name')}</span>
          <input
            value={name}
            maxLength={200}
            onInput={(e) => setName(e.currentTarget.value)}
            aria-label={t(lang, 'acc.name')}
          />
        </label>
        <button
          type="button"
          disabled={!name.trim() || name === a.displayName}
          onClick={() =>
            run(
              async () =>
                void (
                  await callChecked('renameAccount', {
                    account: refOf(a),
                    displayName: name.trim(),
                  }),
                  await reload()
                ),
            )
          }
        >
          {t(lang, 'acc.rename')}
        </button>
        <button
          type="button"
          onClick={() =>
            run(
              async () =>
                void (
                  await callChecked('hideAccount', { account: refOf(a), hidden: !a.hidden }),
                  await reload()
                ),
            )
          }
        >
          {a.hidden ? t(lang, 'acc.show') : t(lang, 'acc.hide')}
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => {
            if (!confirm(t(lang, 'acc.deleteConfirm', { name: label }))) return;
            void run(
              async () =>
                void (await callChecked('deleteAccount', { account: refOf(a) }), await reload()),
            );
          }}
        >
          {t(lang, 'acc.delete')}
        </button>
      </div>
      <Status status={status} lang={lang} />
    </li>
  );
}

export function Accounts({
  accounts,
  lang,
  reload,
}: {
  accounts: Account[];
  lang: Lang;
  reload: () => Promise<void>;
}) {
  if (accounts.length === 0) return <NoAccounts lang={lang} />;
  return (
    <ul class="accts">
      {accounts.map((a) => (
        <AccountRow key={keyOf(a)} a={a} lang={lang} reload={reload} />
      ))}
    </ul>
  );
}

/** Account picker shared by the platform, manual-entry and history tabs. */
export function AccountPicker(props: {
  accounts: Account[];
  value: string;
  lang: Lang;
  onChange: (k: string) => void;
}) {
  return (
    <label class="field">
      <span>{t(props.lang, 'acc.select')}</span>
      <select
        data-testid="account-select"
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {props.accounts.map((a) => (
          <option key={keyOf(a)} value={keyOf(a)}>
            {t(props.lang, `platform.${a.platform}`)} · {a.displayName || a.accountId}
          </option>
        ))}
      </select>
    </label>
  );
}
