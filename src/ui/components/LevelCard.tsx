import type { LevelResult, RequirementGap } from '../../rules/result';
import { trimmed } from '../format-number';
import { pick, t, type Lang } from '../i18n';

const show = (v: number | boolean | null, lang: Lang): string =>
  v === null
    ? t(lang, 'level.unknownValue')
    : typeof v === 'boolean'
      ? t(lang, v ? 'common.yes' : 'common.no')
      : trimmed(v, 2);

/** Requirement ids are the rule pack's (rules/alibaba-anchor.json); counts get their unit. */
const GAP_UNIT: Record<string, 'level.unit.sessions' | 'level.unit.buyers' | 'level.unit.fans'> = {
  sessions30: 'level.unit.sessions',
  buyers30: 'level.unit.buyers',
  fans: 'level.unit.fans',
};

function Requirement({ r, lang }: { r: RequirementGap; lang: Lang }) {
  const unit = GAP_UNIT[r.id];
  const state = r.met === null ? 'unknown' : r.met ? 'met' : 'missing';
  return (
    <li class={`req ${state}`} data-testid="requirement" data-req={r.id}>
      <span>{pick(lang, r.label)}</span>
      <span class="nums">
        {show(r.current, lang)} / {show(r.threshold, lang)}
      </span>
      <strong>
        {r.met
          ? `✓ ${t(lang, 'level.met')}`
          : r.gap !== null
            ? t(lang, 'level.gap', {
                x: trimmed(r.gap, 2) + (unit ? ` ${t(lang, unit)}` : ''),
              })
            : '?'}
      </strong>
    </li>
  );
}

/** 1688: current → next level, each missing requirement, and what leaves the 30-day window. */
// eslint-disable-next-line max-lines-per-function -- Preact component: its length is the JSX, one block per part of the view
export function LevelCard({
  level,
  lang,
  settings,
}: {
  level: LevelResult;
  lang: Lang;
  settings: string;
}) {
  const plain = level.missing.filter((r) => !r.anyOf);
  const anyGroups = [...new Set(level.missing.flatMap((r) => (r.anyOf ? [r.anyOf] : [])))];
  const leaving = level.forecast.filter((d) => d.sessionsLeaving > 0 || d.buyersLeaving > 0);
  const name = (l: LevelResult['current']): string => t(lang, `level.${l}`);
  const window = (
    <div class="muted" data-testid="level-window">
      {t(lang, 'level.window', {
        from: level.windowStart.slice(5),
        to: level.windowEnd.slice(5),
        s: level.sessions30,
        b: level.buyers30,
      })}
    </div>
  );
  // Without a category there is no threshold to compare with: one call to action, no level.
  if (level.category === null)
    return (
      <section class="level" aria-label={t(lang, 'level.title')} data-testid="level">
        <a class="cta" href={settings} target="_blank" data-testid="setting-cta">
          {t(lang, 'level.chooseCategory')} →
        </a>
        <div class="muted">{t(lang, 'level.chooseCategoryWhy')}</div>
        {window}
      </section>
    );
  return (
    <section class="level" aria-label={t(lang, 'level.title')} data-testid="level">
      <div class="row">
        <strong>
          {t(lang, 'level.title')}: {name(level.current)}
          {level.next ? ` → ${name(level.next)}` : ''}
        </strong>
        <span class="muted">{t(lang, `level.category.${level.category}`)}</span>
      </div>
      {level.current === 'rongyao' && <div class="muted">{t(lang, 'level.top')}</div>}
      {window}
      {level.atRisk && (
        <div class="warn" role="alert">
          ⚠ {t(lang, 'level.atRisk')}
        </div>
      )}
      <ul class="reqs">
        {plain.map((r) => (
          <Requirement key={r.id} r={r} lang={lang} />
        ))}
      </ul>
      {anyGroups.map((g) => (
        <div class="anyof" key={g}>
          <div class="muted">{t(lang, 'level.anyOf')}</div>
          <ul class="reqs">
            {level.missing
              .filter((r) => r.anyOf === g)
              .map((r) => (
                <Requirement key={r.id} r={r} lang={lang} />
              ))}
          </ul>
        </div>
      ))}
      {leaving.length > 0 && (
        <div class="forecast" data-testid="forecast">
          <div class="muted">{t(lang, 'level.forecast')}</div>
          <ul>
            {leaving.map((d) => (
              <li key={d.day}>
                {t(lang, 'level.forecastRow', {
                  day: d.day.slice(5),
                  s: d.sessionsLeaving,
                  b: d.buyersLeaving,
                  level: name(d.levelIfIdle),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
