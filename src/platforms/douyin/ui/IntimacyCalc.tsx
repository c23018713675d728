import { useState } from 'preact/hooks';
import douyinPack from '../../../../rules/douyin.json';
import { numOrUndef } from '../../../ui/options/Status';
import { pick, t, type Lang } from '../../../ui/i18n/index';
import { DouyinPackSchema, type IntimacyRate } from '../pack-schema';
import { calcIntimacy, type IntimacyInput } from '../rules/intimacy';
import type { DouyinLevel } from '../settings';

// The rates are pack data (rules/douyin.json, seed 004), parsed by the pack's own schema.
const PACK = DouyinPackSchema.parse(douyinPack);
const UNITS: readonly IntimacyRate['unit'][] = ['minutes', 'yuan', 'lamp', 'coins'];

/**
 * The fan-club intimacy calculator (options tab and the popup card): what a viewer earns on the
 * pack's rates, "看满 30 分钟并买 ¥88 → 300 + 176 = 476 亲密度", with the seller's entered daily
 * cap when they give a level that has one.
 */
export function IntimacyCalc({ lang, levels }: { lang: Lang; levels?: readonly DouyinLevel[] }) {
  const [input, setInput] = useState<IntimacyInput>({ minutes: 30, yuan: 88 });
  const [level, setLevel] = useState<number | undefined>(undefined);
  const r = calcIntimacy(PACK.intimacy.rates, input, { level, levels });
  const rates = PACK.intimacy.rates
    .map((x) => `${pick(lang, x.label)} ${x.per}→${x.points}`)
    .join(' · ');
  return (
    <div class="dy-calc" data-testid="douyin-calc">
      <div class="row wrap">
        {UNITS.map((u) => (
          <label class="field" key={u}>
            <span>{t(lang, `dy.calc.${u}`)}</span>
            <input
              type="number"
              min={0}
              value={input[u] ?? ''}
              onInput={(e) => setInput({ ...input, [u]: numOrUndef(e.currentTarget.value) })}
            />
          </label>
        ))}
        {levels && levels.length > 0 && (
          <label class="field">
            <span>{t(lang, 'dy.calc.viewerLevel')}</span>
            <input
              type="number"
              min={1}
              value={level ?? ''}
              onInput={(e) => setLevel(numOrUndef(e.currentTarget.value))}
            />
          </label>
        )}
      </div>
      <output data-testid="douyin-calc-result">{pick(lang, r.text)}</output>
      <small class="muted">{t(lang, 'dy.calc.rates', { v: PACK.version, rates })}</small>
    </div>
  );
}
