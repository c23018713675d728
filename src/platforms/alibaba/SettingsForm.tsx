import type { AccountSettings, ShopFacts } from '../../history/model';
import { t, type Lang } from '../../ui/i18n/index';
import { numOrUndef, TriSelect } from '../../ui/options/Status';

type Props = { s: AccountSettings; set: (s: AccountSettings) => void; lang: Lang; now: Date };

// eslint-disable-next-line max-lines-per-function -- Preact form: its length is the JSX, one labelled field per block
export function PlatformAlibaba({ s, set, lang, now }: Props) {
  const shop: ShopFacts = s.shop ?? {};
  const at = now.toISOString();
  const setShop = (next: ShopFacts): void => set({ ...s, shop: next });
  /** A fact typed by the seller is a manual value with its own instant. */
  const manual = (v: number | undefined) =>
    v === undefined ? undefined : { value: v, source: 'manual' as const, at };
  const num = (key: 'bsrDesc' | 'bsrShip' | 'fans', label: string, step: string) => (
    <label class="field">
      <span>{label}</span>
      <input
        type="number"
        min={0}
        step={step}
        data-testid={`ali-${key}`}
        value={shop[key]?.value ?? ''}
        onInput={(e) => setShop({ ...shop, [key]: manual(numOrUndef(e.currentTarget.value)) })}
      />
    </label>
  );
  return (
    <fieldset>
      <label class="field">
        <span>{t(lang, 'ali.category')}</span>
        <select
          data-testid="ali-category"
          value={s.alibabaCategory ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            set({ ...s, alibabaCategory: v === 'consumer' || v === 'industrial' ? v : undefined });
          }}
        >
          <option value="">{t(lang, 'common.unknown')}</option>
          <option value="consumer">{t(lang, 'level.category.consumer')}</option>
          <option value="industrial">{t(lang, 'level.category.industrial')}</option>
        </select>
      </label>
      <TriSelect
        label={t(lang, 'ali.chengxintong')}
        value={shop.chengxintong}
        lang={lang}
        testId="ali-cxt"
        onChange={(v) => setShop({ ...shop, chengxintong: v })}
      />
      <TriSelect
        label={t(lang, 'ali.commonOk')}
        value={shop.commonOk}
        lang={lang}
        testId="ali-common"
        onChange={(v) => setShop({ ...shop, commonOk: v })}
      />
      <label class="field">
        <span>{t(lang, 'ali.medal')}</span>
        <input
          type="number"
          min={0}
          max={5}
          data-testid="ali-medal"
          value={shop.medal?.value ?? ''}
          onInput={(e) => {
            const v = numOrUndef(e.currentTarget.value);
            const ok = v !== undefined && Number.isInteger(v) && v >= 0 && v <= 5;
            setShop({ ...shop, medal: ok ? { value: v, source: 'manual', at } : undefined });
          }}
        />
      </label>
      {num('bsrDesc', t(lang, 'ali.bsrDesc'), '0.01')}
      {num('bsrShip', t(lang, 'ali.bsrShip'), '0.01')}
      {num('fans', t(lang, 'ali.fans'), '1')}
    </fieldset>
  );
}
