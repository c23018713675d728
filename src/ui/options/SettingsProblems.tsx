import type { GlobalSettings } from '../../settings';
import { t, type Key, type Lang } from '../i18n';

/** Setting fields the seller knows by name; a field added later shows under its own name. */
const FIELD_KEYS: Record<string, Key> = {
  language: 'setprob.field.language',
  alerts: 'setprob.field.alerts',
  retentionDays: 'setprob.field.retentionDays',
  badgeDisabled: 'setprob.field.badgeDisabled',
  version: 'setprob.field.version',
};

export interface ProblemSummary {
  /** Fields that could not be read and now run on their defaults. */
  reset: string[];
  /** Fields read as they were stored. */
  kept: string[];
  /** Stored fields this version does not know (left out). */
  ignored: string[];
}

/**
 * Sorts the background's problems ("field: reason", see readSettings in src/settings.ts) into
 * what went back to its default and what was kept. `settings: …` means nothing was readable.
 */
export function summarise(problems: readonly string[], fields: readonly string[]): ProblemSummary {
  const reset = new Set<string>();
  const ignored: string[] = [];
  for (const p of problems) {
    const field = p.slice(0, p.indexOf(':') < 0 ? p.length : p.indexOf(':')).trim();
    if (field === 'settings') fields.forEach((f) => reset.add(f));
    else if (/: unknown field$/.test(p)) ignored.push(field);
    else reset.add(field);
  }
  const kept = fields.filter((f) => !reset.has(f));
  return { reset: [...reset], kept, ignored };
}

/**
 * Shown on every tab while the stored settings had problems: the seller learns which settings
 * went back to their defaults and which were kept, instead of finding them changed silently.
 */
export function SettingsProblems({
  problems,
  global,
  lang,
}: {
  problems: readonly string[];
  global: GlobalSettings;
  lang: Lang;
}) {
  const fields = Object.keys(global).filter((k) => k !== 'version');
  const s = summarise(problems, fields);
  const name = (f: string): string => (FIELD_KEYS[f] ? t(lang, FIELD_KEYS[f]) : f);
  const list = (fs: string[]): string => fs.map(name).join(lang === 'zh' ? '、' : ', ');
  return (
    <div class="warn" role="alert" data-testid="settings-problems">
      <strong>{t(lang, 'setprob.title')}</strong>
      <ul>
        {s.reset.length > 0 && (
          <li data-testid="settings-reset">
            {t(lang, 'setprob.reset', { fields: list(s.reset) })}
          </li>
        )}
        <li data-testid="settings-kept">
          {s.kept.length > 0
            ? t(lang, 'setprob.kept', { fields: list(s.kept) })
            : t(lang, 'setprob.keptNone')}
        </li>
        {s.ignored.length > 0 && (
          <li data-testid="settings-ignored">
            {t(lang, 'setprob.ignored', { fields: list(s.ignored) })}
          </li>
        )}
      </ul>
      <p>{t(lang, 'setprob.copy')}</p>
    </div>
  );
}
