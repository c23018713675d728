import type { AccountSettings } from '../../history/model';
import { addDays, dayOf, monthOf } from '../../time/calendar';
import { t, type Lang } from '../../ui/i18n/index';
import { numOrUndef, TriSelect } from '../../ui/options/Status';

type Props = { s: AccountSettings; set: (s: AccountSettings) => void; lang: Lang; now: Date };

/** The cycles a seller may need to enter: last month, this month, next month, plus saved ones. */
function cycles(s: AccountSettings, now: Date): string[] {
  const today = dayOf(now);
  const first = `${monthOf(today)}-01`;
  const around = [monthOf(addDays(first, -1)), monthOf(today), monthOf(addDays(first, 32))];
  return [...new Set([...around, ...Object.keys(s.jdEnrolled ?? {})])].sort();
}

export function PlatformJd({ s, set, lang, now }: Props) {
  return (
    <fieldset>
      {cycles(s, now).map((c) => (
        <label class="field" key={c}>
          <span>{t(lang, 'jd.enrolled', { cycle: c })}</span>
          <input
            type="date"
            data-testid={`jd-enrolled-${c}`}
            value={s.jdEnrolled?.[c] ?? ''}
            onInput={(e) => {
              const v = e.currentTarget.value;
              const next = { ...(s.jdEnrolled ?? {}) };
              if (v) next[c] = v;
              else delete next[c];
              set({ ...s, jdEnrolled: next });
            }}
          />
        </label>
      ))}
      <TriSelect
        label={t(lang, 'jd.member')}
        value={s.jdNorthstarMember}
        lang={lang}
        testId="jd-member"
        onChange={(v) => set({ ...s, jdNorthstarMember: v })}
      />
      <label class="field">
        <span>{t(lang, 'jd.anchorLevel')}</span>
        <input
          type="number"
          min={0}
          max={20}
          data-testid="jd-anchor-level"
          value={s.jdAnchorLevel ?? ''}
          onInput={(e) => set({ ...s, jdAnchorLevel: numOrUndef(e.currentTarget.value) })}
        />
      </label>
    </fieldset>
  );
}
