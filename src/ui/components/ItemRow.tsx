import type { Platform } from '../../history/model';
import type { Provenance } from '../../rules/result';
import {
  deadlineTexts,
  etaText,
  itemLabel,
  progressText,
  remainingText,
  rewardText,
} from '../format';
import { pick, t, tb, type Lang } from '../i18n';
import { itemFreshnessDiffers } from '../popup/freshness';
import { needsSetting } from '../popup/layout';
import { isLive, type ShownItem } from '../unread';
import { AssumptionMark, Fresh, ProjectedMark, Progress, StatusChip } from './Bits';
import type { AccountInsight } from '../../messaging/schemas/insight';
import { curveEtaText } from '../insight-format';
import { MonthPlan } from './MonthPlan';

export interface RowContext {
  lang: Lang;
  now: string;
  /** The card's freshness line; the row repeats its own only when it differs. */
  cardFresh: Provenance | null;
  /** Assumption ids already marked on the section heading. */
  shared: Set<string>;
  /** Warning texts (zh) already said under the section heading. */
  sharedWarnings: Set<string>;
  /** Options page for this account, where a missing setting is entered. */
  settings: string;
  /** The card's cycle line already marks the cycle as projected: no mark per deadline. */
  cycleProjected: boolean;
  /** Reason (zh) already said on a folded group's summary line. */
  saidReason?: string;
  platform?: Platform;
  /** Options page, manual entry tab: where an unread figure can be typed in. */
  manual?: string;
  /** The seller's own curves and month plans for this account (src/background/insights.ts). */
  insight?: AccountInsight;
}

/** 未读到: what the seller can do instead of a number. */
function UnreadHint({ item, ctx }: { item: ShownItem; ctx: RowContext }) {
  const key = isLive(item) ? 'unread.hint' : 'unread.partial';
  return (
    <div class="reason unread" data-testid="unread-hint">
      {t(ctx.lang, key)}{' '}
      <a href={ctx.manual ?? '/options.html#manual'} target="_blank">
        {t(ctx.lang, 'unread.manual')}
      </a>
    </div>
  );
}

/** One task item: what is done, what remains, by when, and where the number came from. */
// eslint-disable-next-line max-lines-per-function -- Preact component: its length is the JSX, one block per part of the view
export function ItemRow({ item, ctx }: { item: ShownItem; ctx: RowContext }) {
  const { lang, now } = ctx;
  const s = item.shown;
  const open = s !== 'done' && s !== 'not_applicable' && s !== 'excluded';
  // "还差 0" under a non-done status (e.g. gated by a setting) reads as a contradiction.
  const remaining =
    open && s !== 'unread' && item.remaining !== 0 ? remainingText(item, lang) : null;
  // The seller's own curve when it could price the item; else the straight line, each saying so.
  const curve = open && s !== 'unread' && s !== 'unreachable_today';
  const curveEta = curve ? curveEtaText(ctx.insight?.live?.pace[item.itemId], lang, now) : null;
  const eta = s === 'unread' ? null : (curveEta ?? etaText(item, lang, now));
  const plan = open ? ctx.insight?.plans[item.itemId] : undefined;
  const reward = rewardText(item, lang);
  const meta = [eta, reward].filter((x): x is string => !!x);
  const deadlines = open ? deadlineTexts(item, lang) : [];
  return (
    <li
      class={`item s-${s}`}
      data-testid="item"
      data-item={item.itemId}
      data-pack={item.packId}
      data-status={s}
    >
      <div class="row">
        <span class="label">
          {itemLabel(item, lang, ctx.platform)}
          {item.assumptions
            .filter((a) => !ctx.shared.has(a.id))
            .map((a) => (
              <AssumptionMark key={a.id} a={a} lang={lang} />
            ))}
        </span>
        <StatusChip item={item} lang={lang} />
      </div>
      <Progress item={item} lang={lang} />
      <div class="row">
        <span class="nums">
          <span data-testid="progress-text">{progressText(item, lang)}</span>
          {item.provenance?.estimated && <span class="est"> · {tb(lang, 'estimated')}</span>}
        </span>
        {remaining && (
          <strong class="remaining" data-testid="remaining">
            {remaining}
          </strong>
        )}
      </div>
      {meta.length > 0 && (
        <div class={`meta ${s === 'unreachable_today' ? 'late' : ''}`} data-testid="eta">
          {meta.join(' · ')}
        </div>
      )}
      {deadlines.length > 0 && (
        <div class="meta" data-testid="deadline">
          {deadlines.join(' · ')}
          {item.deadline?.projected && !ctx.cycleProjected && <ProjectedMark lang={lang} />}
        </div>
      )}
      {plan && <MonthPlan plan={plan} unit={item.unit} lang={lang} />}
      {s === 'unread' && <UnreadHint item={item} ctx={ctx} />}
      {item.reason &&
        s !== 'unread' &&
        item.reason.zh !== ctx.saidReason &&
        (needsSetting(item.reason) ? (
          <a class="cta" href={ctx.settings} target="_blank" data-testid="setting-cta">
            {pick(lang, item.reason)} · {t(lang, 'popup.fixSetting')} →
          </a>
        ) : (
          <div class="reason">{pick(lang, item.reason)}</div>
        ))}
      {item.warnings
        .filter((w) => !ctx.sharedWarnings.has(w.zh))
        .map((w) => (
          <div class="warn" role="note" key={w.zh}>
            ⚠ {pick(lang, w)}
          </div>
        ))}
      {itemFreshnessDiffers(item.provenance, ctx.cardFresh) && (
        <Fresh p={item.provenance} lang={lang} now={now} />
      )}
    </li>
  );
}
