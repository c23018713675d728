import { callChecked } from '../../messaging/checked';
import { t, type Lang } from '../i18n';

interface Props {
  lang: Lang;
  /** The server is reachable only while sync is on (origin granted, config complete). */
  enabled: boolean;
  reload: () => Promise<void>;
  run: (fn: () => Promise<string | void>) => Promise<void>;
}

/**
 * 关闭并删除: two separate acts, each confirmed on its own. The first turns sync off and
 * deletes the local team copy; the second also deletes this machine's documents on the server
 * (other machines' documents stay: each machine writes and removes only its own).
 */
export function TeamForget({ lang, enabled, reload, run }: Props) {
  const forget = (remote: boolean): Promise<void> => {
    if (!confirm(t(lang, remote ? 'team.forgetRemoteConfirm' : 'team.forgetConfirm')))
      return Promise.resolve();
    return run(async () => {
      await callChecked('syncForget', { remote });
      await reload();
      return t(lang, remote ? 'team.forgottenRemote' : 'team.forgotten');
    });
  };
  return (
    <fieldset class="team-forget">
      <legend>{t(lang, 'team.forgetTitle')}</legend>
      <div class="row wrap left">
        <button
          type="button"
          class="danger"
          data-testid="sync-forget"
          onClick={() => forget(false)}
        >
          {t(lang, 'team.forget')}
        </button>
        <button
          type="button"
          class="danger"
          data-testid="sync-forget-remote"
          disabled={!enabled}
          aria-describedby={enabled ? undefined : 'team-forget-remote-off'}
          onClick={() => forget(true)}
        >
          {t(lang, 'team.forgetRemote')}
        </button>
      </div>
      {!enabled && (
        <p class="muted" id="team-forget-remote-off">
          {t(lang, 'team.forgetRemoteOff')}
        </p>
      )}
    </fieldset>
  );
}
