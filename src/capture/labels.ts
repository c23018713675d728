/** Label text normalisation: "成交金额(元)：" → {text: "成交金额", hint: "yuan"}. */
import type { UnitHint } from './parse';

const UNIT_HINTS: Record<string, UnitHint> = {
  元: 'yuan',
  万元: 'wanYuan',
  秒: 'seconds',
  分钟: 'minutes',
  min: 'minutes',
  小时: 'hours',
  h: 'hours',
};

export interface NormalLabel {
  text: string;
  hint?: UnitHint;
}

export function normalizeLabel(raw: string): NormalLabel {
  let s = raw.replace(/[\s\u00a0\u200b]+/g, '').replace(/[:：]$/, '');
  let hint: UnitHint | undefined;
  const unit = /[(（]([^)）]{1,4})[)）]$/.exec(s);
  if (unit?.[1]) {
    hint = UNIT_HINTS[unit[1]];
    s = s.slice(0, unit.index);
  }
  return hint ? { text: s, hint } : { text: s };
}
