import { pick, t, tb, type Lang } from '../i18n';
import type { Folded, Section } from '../popup/layout';
import { AssumptionMark } from './Bits';
import { ItemRow, type RowContext } from './ItemRow';

/** "北极星任务 · 每日：未入池北极星 · 在设置中修改 (3 项)": the folded rows stay in the DOM. */
function FoldedLine({ f, title, ctx }: { f: Folded; title?: string; ctx: RowContext }) {
  const { lang } = ctx;
  const why = f.reason ? pick(lang, f.reason) : tb(lang, `status.${f.status}`);
  const link = f.setting || f.status === 'not_applicable';
  const rowCtx = f.reason ? { ...ctx, saidReason: f.reason.zh } : ctx;
  // The link sits beside the <summary>, never inside it (no interactive content in a summary).
  return (
    <div class={`folded s-${f.status}`} data-testid="folded" data-status={f.status}>
      <details>
        <summary>
          {title && <span class="folded-title">{title}：</span>}
          <span>{why}</span>
          <span class="muted"> ({t(lang, 'popup.folded', { n: f.items.length })})</span>
        </summary>
        <ul class="items">
          {f.items.map((i) => (
            <ItemRow key={`${i.packId}:${i.itemId}`} item={i} ctx={rowCtx} />
          ))}
        </ul>
      </details>
      {link && (
        <a class="fold-link" href={ctx.settings} target="_blank" data-testid="setting-cta">
          {t(lang, f.setting ? 'popup.fixSetting' : 'popup.changeSetting')} →
        </a>
      )}
    </div>
  );
}

export function ItemSection({ s, ctx }: { s: Section; ctx: RowContext }) {
  const lang: Lang = ctx.lang;
  const title = pick(lang, s.group);
  if (s.items.length === 0 && s.folded) return <FoldedLine f={s.folded} title={title} ctx={ctx} />;
  const rowCtx = {
    ...ctx,
    shared: new Set(s.shared.map((a) => a.id)),
    sharedWarnings: new Set(s.warnings.map((w) => w.zh)),
  };
  return (
    <section class="group" aria-label={title}>
      <h4>
        {title}
        {s.shared.map((a) => (
          <AssumptionMark key={a.id} a={a} lang={lang} />
        ))}
      </h4>
      {s.warnings.map((w) => (
        <div class="warn" role="note" key={w.zh}>
          ⚠ {pick(lang, w)}
        </div>
      ))}
      <ul class="items">
        {s.items.map((i) => (
          <ItemRow key={`${i.packId}:${i.itemId}`} item={i} ctx={rowCtx} />
        ))}
      </ul>
      {s.folded && <FoldedLine f={s.folded} ctx={ctx} />}
    </section>
  );
}
