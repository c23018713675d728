import { useState } from 'preact/hooks';
import { PLATFORMS, type Platform } from '../../platforms/ids';
import type { TeamShop, TeamView as View } from '../../sync/types';
import { agoText } from '../format';
import { t, type Lang } from '../i18n';
import {
  SHOP_STATUSES,
  conflictText,
  filterTeamShops,
  itemFigures,
  itemStatus,
  keyItems,
  lastLiveText,
  shopEvaluation,
  type ShopFilter,
} from './team-shops';

const COLUMNS = ['platform', 'shop', 'last', 'fresh', 'status', 'conflicts', 'items'] as const;

/** One shop: who streamed it last, how fresh, its status and its key items with figures. */
function ShopRow(props: { view: View; shop: TeamShop; lang: Lang; now: string }) {
  const { view, shop, lang, now } = props;
  const items = keyItems(shopEvaluation(view, shop));
  return (
    <tr
      data-testid={`team-shop-${shop.platform}-${shop.accountId}`}
      data-status={shop.status}
      class={`s-${shop.status}`}
    >
      <td>{t(lang, `platform.${shop.platform}`)}</td>
      <th scope="row">
        {shop.displayName || shop.accountId}
        {shop.live && <span class="live on"> {t(lang, 'team.live')}</span>}
      </th>
      <td data-testid="team-last">{lastLiveText(shop, lang, now)}</td>
      <td data-testid="team-fresh">{shop.updatedAt ? agoText(shop.updatedAt, lang, now) : '—'}</td>
      <td data-testid="team-shop-status">{t(lang, `team.status.${shop.status}`)}</td>
      <td data-testid="team-conflicts">{shop.conflicts}</td>
      <td>
        {items.length === 0 ? (
          '—'
        ) : (
          <ul class="team-items">
            {items.map((i) => (
              <li key={`${i.packId}:${i.itemId}`} data-testid="team-item" data-item={i.itemId}>
                <span>{itemFigures(i, lang, shop.platform)}</span>{' '}
                <span class={`chip s-${i.shown}`}>{itemStatus(i, lang)}</span>
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

function Filters({ f, set, lang }: { f: ShopFilter; set: (f: ShopFilter) => void; lang: Lang }) {
  return (
    <div class="row wrap left team-filters">
      <label class="field inline">
        <span>{t(lang, 'team.filterPlatform')}</span>
        <select
          data-testid="team-filter-platform"
          value={f.platform}
          onChange={(e) => set({ ...f, platform: e.currentTarget.value as Platform | 'all' })}
        >
          <option value="all">{t(lang, 'team.all')}</option>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {t(lang, `platform.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="field inline">
        <span>{t(lang, 'team.filterStatus')}</span>
        <select
          data-testid="team-filter-status"
          value={f.status}
          onChange={(e) => set({ ...f, status: e.currentTarget.value as ShopFilter['status'] })}
        >
          <option value="all">{t(lang, 'team.all')}</option>
          {SHOP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(lang, `team.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** 团队: every shop of every machine, merged and evaluated by the worker (teamView). */
// eslint-disable-next-line max-lines-per-function -- Preact component: its length is the JSX, one block per part of the view
export function TeamView({ view, lang, now }: { view: View | null; lang: Lang; now: string }) {
  const [f, setF] = useState<ShopFilter>({ platform: 'all', status: 'all' });
  const shops = view ? filterTeamShops(view.shops, f) : [];
  const names = new Map(view?.shops.map((s) => [`${s.platform}:${s.accountId}`, s.displayName]));
  return (
    <section class="team-view" aria-labelledby="team-view-title" data-testid="team-view">
      <h3 id="team-view-title">{t(lang, 'team.viewTitle')}</h3>
      <Filters f={f} set={setF} lang={lang} />
      {!view || view.shops.length === 0 ? (
        <p class="muted" data-testid="team-empty">
          {t(lang, 'team.empty')}
        </p>
      ) : shops.length === 0 ? (
        <p class="muted">{t(lang, 'team.noMatch')}</p>
      ) : (
        <div class="table-scroll">
          <table class="team-table">
            <caption class="muted">
              {t(lang, 'team.count', { n: shops.length })} ·{' '}
              {t(lang, 'team.updated', { ago: agoText(view.at, lang, now) })}
            </caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c} scope="col">
                    {t(lang, `team.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shops.map((s) => (
                <ShopRow
                  key={`${s.platform}:${s.accountId}`}
                  view={view}
                  shop={s}
                  lang={lang}
                  now={now}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {view && view.conflicts.length > 0 && (
        <details class="team-conflicts" data-testid="team-conflict-list">
          <summary>{t(lang, 'team.conflictsTitle', { n: view.conflicts.length })}</summary>
          <ul>
            {view.conflicts.map((c) => {
              const shop = names.get(`${c.platform}:${c.accountId}`) || c.accountId;
              return (
                <li key={`${c.platform}:${c.accountId}:${c.kind}:${c.key}:${c.metric}`}>
                  {conflictText(c, shop, lang)}
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </section>
  );
}
