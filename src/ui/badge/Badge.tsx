import type { Platform } from '../../history/model';
import type { AccountEvaluation, Evaluation, ItemResult } from '../../rules/result';
import { beijingDay, beijingHm } from '../clock';
import { etaText, freshnessText, remainingText, statusText } from '../format';
import { pick, tc, type Lang } from '../i18n/core';
import { dragHandler } from './drag';
import { freshest, stripItems } from './order';
import type { Pos } from './position';

export interface BadgeProps {
  platform: Platform;
  lang: Lang;
  evaluation: Evaluation | null;
  pos: Pos;
  onMove: (p: Pos) => void;
  onMoveEnd: (p: Pos) => void;
  onClose: () => void;
  collapsed: boolean;
  onToggle: () => void;
}

// Stateless (no preact/hooks): mount.ts owns state, which keeps the content script smaller.

/** Compact time: "16:30", or "今天来不及了"; the full sentence goes in the tooltip. */
function shortEta(i: ItemResult, lang: Lang, now: string): string {
  if (i.status === 'unreachable_today') return tc(lang, 'unreachableToday');
  if (!i.eta) return '';
  return beijingDay(i.eta) === beijingDay(now)
    ? `≈${beijingHm(i.eta)}`
    : `≈${beijingDay(i.eta).slice(5)}`;
}

function Row({ i, lang, now }: { i: ItemResult; lang: Lang; now: string }) {
  const rem = i.remaining === null ? statusText(i.status, lang) : remainingText(i, lang);
  return (
    <li class={`it s-${i.status}`} data-item={i.itemId} data-status={i.status}>
      <span class="lb">{pick(lang, i.label)}</span>
      <b class="rm" data-testid="badge-remaining">
        {rem}
      </b>
      <span class="eta" title={etaText(i, lang, now) ?? ''}>
        {shortEta(i, lang, now)}
      </span>
    </li>
  );
}

function Account({
  acc,
  lang,
  now,
  many,
}: {
  acc: AccountEvaluation;
  lang: Lang;
  now: string;
  many: boolean;
}) {
  const { open, done } = stripItems(acc);
  const p = freshest(acc);
  return (
    <div class="acc" data-account={acc.accountId}>
      {many && <div class="an">{acc.displayName || acc.accountId}</div>}
      {acc.level && (
        <div class="lv">
          {tc(lang, `level.${acc.level.current}`)}
          {acc.level.next ? ` → ${tc(lang, `level.${acc.level.next}`)}` : ''} ·{' '}
          {tc(lang, 'badge.window', { s: acc.level.sessions30, b: acc.level.buyers30 })}
        </div>
      )}
      <ul>
        {open.map((i) => (
          <Row key={`${i.packId}:${i.itemId}`} i={i} lang={lang} now={now} />
        ))}
      </ul>
      {done > 0 && (
        <div class="dn">
          {tc(lang, open.length ? 'badge.doneCount' : 'badge.allDone', { n: done })}
        </div>
      )}
      {p && <div class="fr">{freshnessText(p, lang, now)}</div>}
    </div>
  );
}

export function Badge(props: BadgeProps) {
  const { lang, evaluation, pos, platform } = props;
  const { collapsed } = props;
  const accounts = (evaluation?.accounts ?? [])
    .filter((a) => a.platform === platform)
    .sort((a, b) => Number(b.live) - Number(a.live));
  const now = evaluation?.now ?? new Date().toISOString();
  const first = accounts.flatMap((a) => stripItems(a).open)[0];
  const onDown = dragHandler(() => pos, props.onMove, props.onMoveEnd);
  const nudge = (e: KeyboardEvent): void => {
    const d: Record<string, [number, number]> = {
      ArrowLeft: [10, 0],
      ArrowRight: [-10, 0],
      ArrowUp: [0, 10],
      ArrowDown: [0, -10],
    };
    const v = d[e.key];
    if (!v) return;
    e.preventDefault();
    props.onMoveEnd({ right: pos.right + v[0], bottom: pos.bottom + v[1] });
  };
  return (
    <div
      class={`lp ${collapsed ? 'col' : ''}`}
      role="region"
      aria-label={tc(lang, 'badge.title')}
      data-testid="livepace-badge"
      style={{ right: `${pos.right}px`, bottom: `${pos.bottom}px` }}
    >
      <div class="hd">
        <span
          class="grip"
          role="button"
          tabIndex={0}
          aria-label={tc(lang, 'badge.drag')}
          title={tc(lang, 'badge.drag')}
          onPointerDown={onDown}
          onKeyDown={nudge}
        >
          ⠿ {tc(lang, 'badge.title')}
        </span>
        {collapsed && first && <span class="sum">{remainingText(first, lang)}</span>}
        <button
          type="button"
          aria-expanded={!collapsed}
          aria-label={collapsed ? tc(lang, 'badge.expand') : tc(lang, 'badge.collapse')}
          onClick={props.onToggle}
        >
          {collapsed ? '▴' : '▾'}
        </button>
        <button
          type="button"
          aria-label={tc(lang, 'badge.close')}
          title={tc(lang, 'badge.close')}
          onClick={props.onClose}
        >
          ×
        </button>
      </div>
      {!collapsed && (
        <div class="bd">
          {accounts.length === 0 && <div class="dn">{tc(lang, 'badge.empty')}</div>}
          {accounts.map((a) => (
            <Account key={a.accountId} acc={a} lang={lang} now={now} many={accounts.length > 1} />
          ))}
        </div>
      )}
    </div>
  );
}
