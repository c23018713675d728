import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { callChecked } from '../../messaging/checked';
import { pick, t, type Lang } from '../i18n';
import { useAction } from './data';
import { Status } from './Status';
import type { SyncReply } from './team-data';
import { formOf, formPatch, type SyncForm, type SyncPatch } from './team-form';
import { ensureOrigin } from './team-permission';
import { statusParts } from './team-shops';
import { TeamForget } from './TeamForget';

interface Props {
  reply: SyncReply;
  lang: Lang;
  now: string;
  reload: () => Promise<void>;
  setSync: (r: SyncReply) => void;
}

type FieldId = Exclude<keyof SyncForm, 'password'>;
/** Server, database and user, then the password, then this machine's name. */
const FIELDS: Array<{ id: FieldId; testId: string; auto: string }> = [
  { id: 'url', testId: 'sync-url', auto: 'url' },
  { id: 'db', testId: 'sync-db', auto: 'off' },
  { id: 'username', testId: 'sync-user', auto: 'username' },
  { id: 'machineName', testId: 'sync-machine', auto: 'off' },
];
const LABEL = {
  url: 'team.url',
  db: 'team.db',
  username: 'team.user',
  machineName: 'team.machine',
} as const;

/** 团队同步: server, database, credentials, this machine's name, the switch and the status. */
// eslint-disable-next-line max-lines-per-function -- Preact component: its length is the JSX, one block per part of the view
export function TeamSync({ reply, lang, now, reload, setSync }: Props) {
  const { config, status: sync } = reply;
  const [form, setForm] = useState<SyncForm>(() => formOf(config));
  const [status, run] = useAction();
  const set = (k: keyof SyncForm, v: string): void => setForm((f) => ({ ...f, [k]: v }));
  const send = async (patch: SyncPatch): Promise<void> => {
    setSync(await callChecked('syncSet', patch));
    setForm((f) => ({ ...f, password: '' }));
    await reload();
  };
  const save = (): Promise<void> =>
    run(async () => {
      const r = formPatch(form, config, lang);
      if (!r.ok) return `error:${r.error}`;
      await send(r.patch);
    });
  /** Switching on: the origin is asked for first, in this click (Chrome needs the gesture). */
  const toggle = (on: boolean): Promise<void> =>
    run(async () => {
      if (!on) return void (await send({ enabled: false }));
      const r = formPatch(form, config, lang, true);
      if (!r.ok) return `error:${r.error}`;
      const grant = await ensureOrigin(browser.permissions, r.patch.url ?? config.url);
      if (!grant.ok) return `error:${t(lang, 'team.permDenied', { origin: grant.origin })}`;
      await send(r.patch);
    });
  const syncNow = (): Promise<void> =>
    run(async () => {
      const r = await callChecked('syncNow', {});
      setSync({ config, status: r.status });
      await reload();
      return '';
    });
  const field = (f: (typeof FIELDS)[number]) => (
    <label class="field" key={f.id}>
      <span>{t(lang, LABEL[f.id])}</span>
      <input
        type={f.id === 'url' ? 'url' : 'text'}
        data-testid={f.testId}
        autocomplete={f.auto}
        value={form[f.id]}
        onInput={(e) => set(f.id, e.currentTarget.value)}
      />
    </label>
  );
  return (
    <section class="team-sync" aria-labelledby="team-sync-title">
      <h3 id="team-sync-title">{t(lang, 'team.syncTitle')}</h3>
      <p class="muted">{t(lang, 'team.syncIntro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {FIELDS.slice(0, 3).map(field)}
        <label class="field">
          <span>{t(lang, 'team.password')}</span>
          <input
            type="password"
            data-testid="sync-password"
            autocomplete="new-password"
            placeholder={config.hasPassword ? t(lang, 'team.passwordSaved') : ''}
            value={form.password}
            onInput={(e) => set('password', e.currentTarget.value)}
          />
        </label>
        {FIELDS.slice(3).map(field)}
        <div class="row wrap left">
          <button type="submit">{t(lang, 'team.save')}</button>
          <label class="check">
            <input
              type="checkbox"
              role="switch"
              data-testid="sync-enable"
              checked={config.enabled}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                // Controlled by the saved config: it flips when the worker says so.
                e.currentTarget.checked = config.enabled;
                void toggle(on);
              }}
            />
            {t(lang, 'team.enable')}
          </label>
          <button
            type="button"
            data-testid="sync-now"
            disabled={!config.enabled}
            onClick={() => void syncNow()}
          >
            {t(lang, 'team.now')}
          </button>
        </div>
      </form>
      <p class={`team-status s-${sync.state}`} role="status" data-testid="team-status">
        {statusParts(sync, lang, now).join(' · ')}
      </p>
      {sync.error && (
        <p class="warn" role="alert" data-testid="team-error">
          {pick(lang, sync.error)}
        </p>
      )}
      <Status status={status || null} lang={lang} />
      <TeamForget lang={lang} enabled={config.enabled} reload={reload} run={run} />
    </section>
  );
}
