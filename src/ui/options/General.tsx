import { useEffect, useState } from 'preact/hooks';
import { callChecked } from '../../messaging/checked';
import { PLATFORMS, type Platform } from '../../platforms/ids';
import type { GlobalSettings, GlobalSettingsPatch } from '../../settings';
import { t, type Lang } from '../i18n';
import { useAction } from './data';
import { Status } from './Status';

type AlertToggle = Exclude<keyof GlobalSettings['alerts'], 'behindPaceHour'>;
const TOGGLES: AlertToggle[] = [
  'achieved',
  'behindPace',
  'jdNear24h',
  'alibabaNearMidnight',
  'alibabaLevelAtRisk',
  'sessionReview',
];
const RETENTION = [null, 90, 180, 365, 730, 1095] as const;

const mb = (bytes: number | null, lang: Lang): string =>
  bytes === null ? t(lang, 'common.unknown') : `${(bytes / 1_048_576).toFixed(1)} MB`;

// eslint-disable-next-line max-lines-per-function -- Preact component: its length is the JSX, one block per part of the view
export function General({
  global,
  lang,
  reload,
}: {
  global: GlobalSettings;
  lang: Lang;
  reload: () => Promise<void>;
}) {
  const [status, run] = useAction();
  const [storage, setStorage] = useState<{ usage: number | null; quota: number | null } | null>(
    null,
  );
  useEffect(
    () => void callChecked('storageEstimate', {}).then(setStorage, () => setStorage(null)),
    [],
  );
  /**
   * Each control saves at once, and sends only the field it changes: a copy of the settings
   * read earlier is never written back over changes made since (e.g. by a badge's close).
   */
  const save = (patch: GlobalSettingsPatch): Promise<void> =>
    run(async () => {
      await callChecked('patchGlobalSettings', patch);
      await reload();
    });
  const setBadge = (platform: Platform, disabled: boolean): Promise<void> =>
    run(async () => {
      await callChecked('setBadgeDisabled', { platform, disabled });
      await reload();
    });
  /** Retention deletes history: ask with the exact count first; nothing is deleted on "no". */
  const retain = async (select: HTMLSelectElement, days: number | null): Promise<void> => {
    const n = await callChecked('retentionPreview', { retentionDays: days });
    const ask = days !== null && n.sessions + n.days > 0;
    if (ask && !confirm(t(lang, 'retention.confirm', { n: days, ...n }))) {
      select.value = String(global.retentionDays);
      return;
    }
    await run(async () => {
      const done = await callChecked('applyRetention', { retentionDays: days });
      await reload();
      return done.sessions + done.days > 0
        ? t(lang, 'retention.done', { sessions: done.sessions, days: done.days })
        : undefined;
    });
  };
  return (
    <div data-testid="general">
      <label class="field">
        <span>{t(lang, 'gen.language')}</span>
        <select
          data-testid="language"
          value={global.language}
          onChange={(e) => save({ language: e.currentTarget.value === 'en' ? 'en' : 'zh' })}
        >
          <option value="zh">简体中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <fieldset>
        <legend>{t(lang, 'gen.alerts')}</legend>
        {TOGGLES.map((k) => (
          <label class="check" key={k}>
            <input
              type="checkbox"
              data-testid={`alert-${k}`}
              checked={global.alerts[k]}
              onChange={(e) => save({ alerts: { [k]: e.currentTarget.checked } })}
            />
            {t(lang, `alerts.${k}`)}
          </label>
        ))}
        <label class="field">
          <span>{t(lang, 'alerts.hour')}</span>
          <select
            data-testid="alert-hour"
            value={global.alerts.behindPaceHour}
            onChange={(e) => save({ alerts: { behindPaceHour: Number(e.currentTarget.value) } })}
          >
            {Array.from({ length: 24 }, (_, h) => (
              <option key={h} value={h}>{`${String(h).padStart(2, '0')}:00`}</option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>{t(lang, 'gen.badges')}</legend>
        {PLATFORMS.map((p) => (
          <label class="check" key={p}>
            <input
              type="checkbox"
              data-testid={`badge-${p}`}
              checked={!global.badgeDisabled.includes(p)}
              onChange={(e) => void setBadge(p, !e.currentTarget.checked)}
            />
            {t(lang, 'gen.badgeOn', { platform: t(lang, `platform.${p}`) })}
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>{t(lang, 'gen.retention')}</span>
        <select
          data-testid="retention"
          value={String(global.retentionDays)}
          onChange={(e) => {
            const v = e.currentTarget.value;
            void retain(e.currentTarget, v === 'null' ? null : Number(v));
          }}
        >
          {RETENTION.map((d) => (
            <option key={String(d)} value={String(d)}>
              {d === null ? t(lang, 'retention.all') : t(lang, 'retention.days', { n: d })}
            </option>
          ))}
        </select>
      </label>
      <p>
        {t(lang, 'gen.storage')}:{' '}
        <span data-testid="storage">
          {storage
            ? t(lang, 'storage.value', {
                used: mb(storage.usage, lang),
                quota: mb(storage.quota, lang),
              })
            : t(lang, 'common.unknown')}
        </span>
      </p>
      <button
        type="button"
        class="danger"
        data-testid="clear-demo"
        onClick={() => {
          if (!confirm(t(lang, 'demo.confirm'))) return;
          void run(async () => {
            await callChecked('clearDemo', {});
            await reload();
            return t(lang, 'demo.done');
          });
        }}
      >
        {t(lang, 'gen.demo')}
      </button>
      <Status status={status} lang={lang} />
    </div>
  );
}
