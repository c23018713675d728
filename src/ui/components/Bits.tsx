import type { Assumption, Provenance } from '../../rules/result';
import { assumptionTitle, fraction, freshnessText, progressText, statusMark } from '../format';
import type { ShownItem } from '../unread';
import { useId } from 'preact/hooks';
import { pick, t, tc, type Lang } from '../i18n';

/** Progress bar with its numbers spoken to screen readers. */
export function Progress({ item, lang }: { item: ShownItem; lang: Lang }) {
  const f = fraction(item);
  const text = progressText(item, lang);
  return (
    <div
      class={`bar s-${item.shown}`}
      role="progressbar"
      aria-label={pick(lang, item.label)}
      aria-valuemin={0}
      aria-valuemax={item.threshold}
      aria-valuenow={item.current ?? undefined}
      aria-valuetext={text}
    >
      <span style={{ width: `${f === null ? 0 : Math.round(f * 1000) / 10}%` }} />
    </div>
  );
}

/**
 * The visible "?" of an assumption: the alternative reading in its tooltip, and the same text
 * in a visually hidden node the marker points to, so screen readers announce it too.
 */
export function AssumptionMark({ a, lang }: { a: Assumption; lang: Lang }) {
  const title = assumptionTitle(a, lang);
  const id = useId();
  return (
    <>
      <abbr
        class="assume"
        title={title}
        aria-describedby={id}
        tabIndex={0}
        data-testid="assumption"
        data-assumption={a.id}
      >
        ?
      </abbr>
      <span id={id} class="tipbox" role="tooltip">
        {title}
      </span>
    </>
  );
}

/** One "假设 6 ?" chip for an account's assumptions, opening to the list with alternatives. */
export function AssumptionsChip({ list, lang }: { list: Assumption[]; lang: Lang }) {
  if (list.length === 0) return null;
  return (
    <details class="assumptions" data-testid="assumptions">
      <summary aria-label={t(lang, 'popup.assumptionsLabel', { n: list.length })}>
        {t(lang, 'popup.assumptions', { n: list.length })} <span aria-hidden="true">?</span>
      </summary>
      <ul>
        {list.map((a) => (
          <li key={a.id} data-assumption={a.id}>
            {pick(lang, a.text)}
            {a.alternative && (
              <div class="muted">{tc(lang, 'assumptionAlt', { b: pick(lang, a.alternative) })}</div>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function Fresh({ p, lang, now }: { p?: Provenance; lang: Lang; now: string }) {
  if (!p) return null;
  return (
    <span class="fresh" data-testid="freshness">
      {freshnessText(p, lang, now)}
    </span>
  );
}

export function StatusChip({ item, lang }: { item: ShownItem; lang: Lang }) {
  return (
    <span class={`chip s-${item.shown}`} data-testid="status">
      {statusMark(item.shown, lang)}
    </span>
  );
}

/** Marks a projected (not yet published) cycle or deadline. */
export function ProjectedMark({ lang }: { lang: Lang }) {
  const tip = tc(lang, 'projectedTip');
  const id = useId();
  // Mouse users get the title; keyboard users the same text shown on focus (.tipbox).
  return (
    <>
      <abbr
        class="projected"
        title={tip}
        aria-describedby={id}
        tabIndex={0}
        data-testid="projected"
      >
        {tc(lang, 'projected')} ?
      </abbr>
      <span id={id} class="tipbox" role="tooltip">
        {tip}
      </span>
    </>
  );
}
