import { t, type Lang } from '../../../ui/i18n/index';
import { numOrUndef } from '../../../ui/options/Status';
import type { Club, DouyinLevel, DouyinSettings } from '../settings';

type Levels = NonNullable<DouyinSettings['douyinLevels']>;

/** Whole non-negative numbers only; anything else leaves the field as it was. */
const whole = (s: string): number | undefined => {
  const n = numOrUndef(s);
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
};

/**
 * Fan-club level thresholds and daily e-commerce caps, typed in by the seller (no official
 * numbers exist: CONSOLES.md, seed 004); every row is labelled 商家录入.
 */
// eslint-disable-next-line max-lines-per-function -- Preact form: its length is the JSX, one labelled field per block
export function DouyinLevels({
  value,
  lang,
  onChange,
}: {
  value: Levels | undefined;
  lang: Lang;
  onChange: (v: Levels | undefined) => void;
}) {
  const club: Club = value?.club ?? 'live';
  const levels = value?.levels ?? [];
  const setRow = (i: number, row: DouyinLevel) =>
    onChange({ club, levels: levels.map((x, j) => (j === i ? row : x)) });
  return (
    <section data-testid="douyin-levels">
      <h3>{t(lang, 'dy.levels')}</h3>
      <p class="muted">{t(lang, 'dy.levelsNote')}</p>
      <label class="field">
        <span>{t(lang, 'dy.club')}</span>
        <select
          value={club}
          onChange={(e) => onChange({ club: e.currentTarget.value as Club, levels })}
        >
          <option value="live">{t(lang, 'dy.club.live')}</option>
          <option value="shop">{t(lang, 'dy.club.shop')}</option>
        </select>
      </label>
      <ul>
        {levels.map((l, i) => (
          <li class="row wrap" key={i} data-testid="douyin-level">
            <input
              type="number"
              min={1}
              aria-label={t(lang, 'dy.level')}
              value={l.level}
              onInput={(e) => {
                const v = whole(e.currentTarget.value);
                if (v !== undefined && v >= 1) setRow(i, { ...l, level: v });
              }}
            />
            <input
              type="number"
              min={0}
              aria-label={t(lang, 'dy.levelIntimacy')}
              value={l.intimacy}
              onInput={(e) => {
                const v = whole(e.currentTarget.value);
                if (v !== undefined) setRow(i, { ...l, intimacy: v });
              }}
            />
            <input
              type="number"
              min={0}
              aria-label={t(lang, 'dy.dailyCap')}
              value={l.dailyEcommerceCap ?? ''}
              onInput={(e) => {
                const { dailyEcommerceCap: _old, ...rest } = l;
                const v = whole(e.currentTarget.value);
                setRow(i, v === undefined ? rest : { ...rest, dailyEcommerceCap: v });
              }}
            />
            <span class="tag">{t(lang, 'dy.entered')}</span>
            <button
              type="button"
              onClick={() => onChange({ club, levels: levels.filter((_, j) => j !== i) })}
            >
              {t(lang, 'common.remove')}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        data-testid="add-douyin-level"
        onClick={() =>
          onChange({ club, levels: [...levels, { level: levels.length + 1, intimacy: 0 }] })
        }
      >
        {t(lang, 'common.add')}
      </button>
    </section>
  );
}
