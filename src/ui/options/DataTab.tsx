import { useState } from 'preact/hooks';
import type { Res } from '../../messaging';
import { t, type Key, type Lang } from '../i18n';
import { zhOptions } from '../i18n/zh-options';
import { download, useAction } from './data';
import { Status } from './Status';
import { exportVia, previewVia, type Preview, type Progress } from './transfer-client';

type Summary = Res<'importDryRun'>;
/** Fields the locale files name; an unknown future field is shown by its key. */
const KNOWN_FIELDS: Record<string, unknown> = zhOptions;
const counts = (s: Summary) => ({
  added: s.added,
  changed: s.changed,
  conflicting: s.conflicting,
  unchanged: s.unchanged,
});

type Change = NonNullable<Summary['settings']>[number];

/** A setting's value as the preview shows it: 是/否 for flags, "空" for nothing. */
function shownValue(v: Change['from'], lang: Lang): string {
  if (v === null) return t(lang, 'imp.empty');
  if (typeof v === 'boolean') return t(lang, v ? 'common.yes' : 'common.no');
  return String(v);
}

/** The settings and shop facts an import will change, one line each (none: says so). */
export function SettingChanges({ changes, lang }: { changes: Change[]; lang: Lang }) {
  if (changes.length === 0)
    return <p data-testid="import-settings">{t(lang, 'imp.settingsNone')}</p>;
  return (
    <div data-testid="import-settings">
      <p>{t(lang, 'imp.settingsTitle')}</p>
      <ul>
        {changes.map((c) => {
          const fieldKey = `imp.field.${c.field}`;
          return (
            <li key={`${c.platform}:${c.accountId}:${c.field}`}>
              {t(lang, 'imp.change', {
                account: `${t(lang, `platform.${c.platform}`)} ${c.accountId}`,
                field: fieldKey in KNOWN_FIELDS ? t(lang, fieldKey as Key) : c.field,
                from: shownValue(c.from, lang),
                to: shownValue(c.to, lang),
              })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

// eslint-disable-next-line max-lines-per-function -- Preact component: its length is the JSX, one block per part of the view
export function DataTab({ lang, reload }: { lang: Lang; reload: () => Promise<void> }) {
  // The chosen file goes up once, in chunks of bytes (never read into one string here); the
  // worker keeps it between the preview and the apply.
  const [preview, setPreview] = useState<Preview | null>(null);
  const [dry, setDry] = useState<Summary | null>(null);
  const [status, run] = useAction();
  // Units moved so far: any size travels in pieces to the worker (transfer-client.ts).
  const [moved, setMoved] = useState<[number, number] | null>(null);
  const progress: Progress = (done, total) => setMoved(done < total ? [done, total] : null);
  const exportAs = (format: 'json' | 'csv'): Promise<void> =>
    run(async () => {
      const r = await exportVia({ format }, progress).finally(() => setMoved(null));
      download(r.filename, r.mime, r.parts);
      return '';
    });
  return (
    <div data-testid="data-tab">
      <h3>{t(lang, 'data.export')}</h3>
      <div class="row wrap left">
        <button type="button" data-testid="export-json" onClick={() => exportAs('json')}>
          {t(lang, 'data.exportJson')}
        </button>
        <button type="button" data-testid="export-csv" onClick={() => exportAs('csv')}>
          {t(lang, 'data.exportCsv')}
        </button>
      </div>
      <h3>{t(lang, 'data.import')}</h3>
      <input
        type="file"
        accept=".json,application/json"
        aria-label={t(lang, 'data.import')}
        data-testid="import-file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          setDry(null);
          preview?.close();
          setPreview(null);
          if (!file) return;
          void run(async () => {
            const p = await previewVia(file, progress)
              .catch((e: unknown) => ({
                summary: { ok: false, error: e instanceof Error ? e.message : String(e) },
              }))
              .finally(() => setMoved(null));
            const summary = p.summary;
            if ('apply' in p && summary.ok) setPreview(p);
            else if ('apply' in p) p.close();
            if (!summary.ok || !('added' in summary))
              return `error:${t(lang, 'data.invalid', { e: summary.error ?? '' })}`;
            setDry(summary);
            return '';
          });
        }}
      />
      {dry?.ok && (
        <div class="dry" data-testid="import-summary">
          <p>{t(lang, 'data.dryRun', counts(dry))}</p>
          <SettingChanges changes={dry.settings ?? []} lang={lang} />
          <button
            type="button"
            class="primary"
            data-testid="import-apply"
            onClick={() =>
              run(async () => {
                if (!preview) return `error:${t(lang, 'data.invalid', { e: '' })}`;
                const r = await preview.apply(progress).finally(() => setMoved(null));
                setPreview(null);
                setDry(null);
                await reload();
                return r.ok ? t(lang, 'data.applied', counts(r)) : `error:${r.error ?? ''}`;
              })
            }
          >
            {t(lang, 'data.apply')}
          </button>
        </div>
      )}
      {moved && (
        <progress value={moved[0]} max={moved[1]} data-testid="transfer-progress">
          {moved[0]}/{moved[1]}
        </progress>
      )}
      <Status status={status || null} lang={lang} />
    </div>
  );
}
