import { useEffect, useState } from 'preact/hooks';
import { send } from '../../messaging-runtime';
import type { GlobalSettings } from '../../settings';
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
];
const PLATFORMS = ['jd', 'channels', 'alibaba'] as const;
const RETENTION = [null, 90, 180, 365, 730, 1095] as const;

const mb = (bytes: number | null, lang: Lang): string =>
  bytes === null ? t(lang, 'common.unknown') : `${(bytes / 1_048_576).toFixed(1)} MB`;

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
  useEffect(() => void send('storageEstimate', {}).then(setStorage, () => setStorage(null)), []);
  /** Each control saves at once: there is no half-edited global state to lose. */
  const save = (next: GlobalSettings): Promise<void> =>
    run(async () => {
      await send('saveGlobalSettings', next);
      await reload();
    });
  return (
    <div data-testid="general">
      <label class="field">
        <span>{t(lang, 'gen.language')}</span>
        <select
          data-testid="language"
          value={global.language}
          onChange={(e) =>
            save({ ...global, language: e.currentTarget.value === 'en' ? 'en' : 'zh' })
          }
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
              onChange={(e) =>
                save({ ...global, alerts: { ...global.alerts, [k]: e.currentTarget.checked } })
              }
            />
            {t(lang, `alerts.${k}`)}
          </label>
        ))}
        <label class="field">
          <span>{t(lang, 'alerts.hour')}</span>
          <select
            data-testid="alert-hour"
            value={global.alerts.behindPaceHour}
            onChange={(e) =>
              save({
                ...global,
                alerts: { ...global.alerts, behindPaceHour: Number(e.currentTarget.value) },
              })
            }
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
              onChange={(e) => {
                const off = global.badgeDisabled.filter((x) => x !== p);
                save({ ...global, badgeDisabled: e.currentTarget.checked ? off : [...off, p] });
              }}
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
            void save({ ...global, retentionDays: v === 'null' ? null : Number(v) });
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
            await send('clearDemo', {});
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
