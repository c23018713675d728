import type { ItemResult } from '../../rules/result';
import { deadlineTexts, etaText, remainingText, rewardText } from '../format';
import { pick, type Lang } from '../i18n';
import { AssumptionMark, Fresh, ProjectedMark, Progress, StatusChip } from './Bits';
import { progressText } from '../format';

/** One task item: what is done, what remains, by when, and where the number came from. */
export function ItemRow({ item, lang, now }: { item: ItemResult; lang: Lang; now: string }) {
  const open =
    item.status !== 'done' && item.status !== 'not_applicable' && item.status !== 'excluded';
  const remaining = open ? remainingText(item, lang) : null;
  const eta = etaText(item, lang, now);
  const reward = rewardText(item, lang);
  const meta = [eta, reward].filter((x): x is string => !!x);
  return (
    <li
      class={`item s-${item.status}`}
      data-testid="item"
      data-item={item.itemId}
      data-status={item.status}
    >
      <div class="row">
        <span class="label">
          {pick(lang, item.label)}
          {item.assumptions.map((a) => (
            <AssumptionMark key={a.id} a={a} lang={lang} />
          ))}
        </span>
        <StatusChip item={item} lang={lang} />
      </div>
      <Progress item={item} lang={lang} />
      <div class="row">
        <span class="nums" data-testid="progress-text">
          {progressText(item, lang)}
        </span>
        {remaining && (
          <strong class="remaining" data-testid="remaining">
            {remaining}
          </strong>
        )}
      </div>
      {meta.length > 0 && (
        <div class={`meta ${item.status === 'unreachable_today' ? 'late' : ''}`} data-testid="eta">
          {meta.join(' · ')}
        </div>
      )}
      {open && deadlineTexts(item, lang).length > 0 && (
        <div class="meta" data-testid="deadline">
          {deadlineTexts(item, lang).join(' · ')}
          {item.deadline?.projected && <ProjectedMark lang={lang} />}
        </div>
      )}
      {item.reason && <div class="reason">{pick(lang, item.reason)}</div>}
      {item.warnings.map((w) => (
        <div class="warn" role="note" key={w.zh}>
          ⚠ {pick(lang, w)}
        </div>
      ))}
      <Fresh p={item.provenance} lang={lang} now={now} />
    </li>
  );
}
