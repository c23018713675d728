import type { Assumption, ItemResult, Provenance } from '../../rules/result';
import { assumptionTitle, fraction, freshnessText, progressText, statusText } from '../format';
import { pick, tc, type Lang } from '../i18n';

/** Progress bar with its numbers spoken to screen readers. */
export function Progress({ item, lang }: { item: ItemResult; lang: Lang }) {
  const f = fraction(item);
  const text = progressText(item, lang);
  return (
    <div
      class={`bar s-${item.status}`}
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

/** The visible "?" of an assumption, the alternative reading in its tooltip. */
export function AssumptionMark({ a, lang }: { a: Assumption; lang: Lang }) {
  const title = assumptionTitle(a, lang);
  return (
    <abbr class="assume" title={title} aria-label={title} tabIndex={0} data-testid="assumption">
      ?
    </abbr>
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

export function StatusChip({ item, lang }: { item: ItemResult; lang: Lang }) {
  return <span class={`chip s-${item.status}`}>{statusText(item.status, lang)}</span>;
}

/** Marks a projected (not yet published) cycle or deadline. */
export function ProjectedMark({ lang }: { lang: Lang }) {
  const tip = tc(lang, 'projectedTip');
  return (
    <abbr
      class="projected"
      title={tip}
      aria-label={`${tc(lang, 'projected')}: ${tip}`}
      tabIndex={0}
      data-testid="projected"
    >
      {tc(lang, 'projected')} ?
    </abbr>
  );
}
