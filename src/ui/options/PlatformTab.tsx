import { useEffect, useState } from 'preact/hooks';
import type { AccountSettings } from '../../history/model';
import { callChecked } from '../../messaging/checked';
import { t, type Lang } from '../i18n';
import { SETTINGS_FORMS } from '../../platforms/forms';
import { AccountPicker } from './Accounts';
import { keyOf, refOf, useAction, type SettingsData } from './data';
import { Status } from './Status';
import { NoAccounts } from './NoAccounts';

/** The popup links here as `options.html?account=platform:id#platform` to fix that account. */
function initialKey(data: SettingsData): string {
  const wanted = new URLSearchParams(location.search).get('account');
  const hit = data.accounts.find((a) => keyOf(a) === wanted);
  const first = hit ?? data.accounts[0];
  return first ? keyOf(first) : '';
}

export function PlatformTab({
  data,
  lang,
  reload,
}: {
  data: SettingsData;
  lang: Lang;
  reload: () => Promise<void>;
}) {
  const [key, setKey] = useState(() => initialKey(data));
  const account = data.accounts.find((a) => keyOf(a) === key);
  const [s, set] = useState<AccountSettings>({});
  const [status, run] = useAction();
  useEffect(() => set(data.accountSettings[key] ?? {}), [key, data]);
  if (!account) return <NoAccounts lang={lang} />;
  const now = new Date();
  const Form = SETTINGS_FORMS[account.platform];
  return (
    <form
      data-testid="platform-settings"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await callChecked('saveAccountSettings', { account: refOf(account), settings: s });
          await reload();
        });
      }}
    >
      <AccountPicker accounts={data.accounts} value={key} lang={lang} onChange={setKey} />
      <Form s={s} set={set} lang={lang} now={now} />
      <button type="submit" class="primary" data-testid="save-platform">
        {t(lang, 'common.save')}
      </button>
      <Status status={status} lang={lang} />
    </form>
  );
}
