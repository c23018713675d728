/**
 * Label text matching. Consoles word one figure many ways (成交金额 / 本场成交金额(元)： /
 * 近30天直播场次累计), so a page label matches a dictionary entry when it equals it or holds
 * it whole with only qualifiers around it. A time window that changes the meaning (近7天,
 * 今日) is not a qualifier: "近7天成交金额" is not this session's 成交金额. The longest entry
 * found wins, so 近30天直播间买家数 beats 买家数.
 */
import type { LabelSpec } from './adapter';
import type { UnitHint } from './parse';

const UNIT_HINTS: Record<string, UnitHint> = {
  元: 'yuan',
  万元: 'wanYuan',
  秒: 'seconds',
  分钟: 'minutes',
  MIN: 'minutes',
  小时: 'hours',
  H: 'hours',
};

/** Words that may stand before an entry without changing what it counts. */
const PRE = /^(?:累计|实时|当前|总|全部|有效|本场|本次|直播间|直播)*$/;
/** Words that may follow an entry (近30天直播场次 + 累计; 本场买家 + 人数). */
const POST = /^(?:累计|总计|合计|总数|总量|人数|数)*$/;
/** Text that sits between a label and its value without being either ("(元)", "?", "近30天"). */
const DECORATION = /^(?:[?？ⓘ*·•|,，、;；:：/¥￥]|近\d+[天日]|累计|实时|本场|单位)*$/;
/** An inline value must start like a number, a currency sign or a medal ("AAA"). */
const VALUE_START = /^[\d¥￥+\-.A-Z\uFF10-\uFF19]/;

export interface NormalLabel {
  text: string;
  hint?: UnitHint;
}

/** Drops spaces, earlier clauses, a trailing colon and a unit suffix; upper-cases Latin. */
export function normalizeLabel(raw: string): NormalLabel {
  let s = raw
    .replace(/[\s\u00a0\u200b]+/g, '')
    // "人，本场成交金额": a running sentence; the label is the last clause (not "1，234").
    .replace(/^.*[,，;；、|·•](?=\D)/, '')
    .replace(/^[,，、;；|·•]+/, '')
    .replace(/[:：]+$/, '');
  let hint: UnitHint | undefined;
  const unit = /[(（]([^)）]{1,5})[)）]$/.exec(s);
  if (unit?.[1]) {
    hint = UNIT_HINTS[unit[1].toUpperCase()];
    s = s.slice(0, unit.index).replace(/[:：]+$/, '');
  }
  s = s.toUpperCase();
  return hint ? { text: s, hint } : { text: s };
}

/** True for text that may sit between a label and its value ("(元)", "ⓘ", "近30天"). */
export const isDecoration = (raw: string): boolean => DECORATION.test(normalizeLabel(raw).text);

/** The unit a bare "(元)" / "单位：万元" node sets for the value beside it. */
export function unitHintOf(raw: string): UnitHint | undefined {
  const n = normalizeLabel(raw);
  return n.text === '' || n.text === '单位' ? n.hint : undefined;
}

export interface LabelMatch {
  spec: LabelSpec;
  /** Length of the dictionary entry matched, doubled, +1 when the label is exactly it. */
  score: number;
  hint: UnitHint | undefined;
  /** Value printed in the same text as the label ("粉丝数：1.2万", "交易勋章-3级"), else null. */
  inline: string | null;
}

type Entry = { spec: LabelSpec; text: string };
const compiled = new WeakMap<readonly LabelSpec[], Entry[]>();

/** Every entry of every spec, normalised once per dictionary, longest first. */
function entriesOf(specs: readonly LabelSpec[]): Entry[] {
  let list = compiled.get(specs);
  if (!list) {
    list = specs.flatMap((spec) =>
      spec.labels.map((l) => ({ spec, text: normalizeLabel(l).text })),
    );
    list.sort((a, b) => b.text.length - a.text.length);
    compiled.set(specs, list);
  }
  return list;
}

/** "(元)：1,234" → {value: "1,234", hint: yuan}; null when what follows is not value-like. */
function inlineValue(post: string): { value: string; hint?: UnitHint } | null {
  const unit = /^[(（]([^)）]{1,5})[)）]/.exec(post);
  const hint = unit?.[1] ? UNIT_HINTS[unit[1]] : undefined;
  const rest = post
    .slice(unit ? unit[0].length : 0)
    .replace(/^(?:累计|总计|合计)/, '')
    .replace(/^[-:：]/, '');
  return VALUE_START.test(rest) ? { value: rest, hint } : null;
}

/** Texts already matched, per dictionary: a console re-renders the same words every second. */
const matched = new WeakMap<readonly LabelSpec[], Map<string, LabelMatch | null>>();
/** Distinct texts remembered per dictionary before the memo starts over (figures vary). */
const MEMO_MAX = 2000;

/** The most specific dictionary entry this text is a label for, or null (memoised). */
export function matchLabel(raw: string, specs: readonly LabelSpec[]): LabelMatch | null {
  let memo = matched.get(specs);
  if (!memo) matched.set(specs, (memo = new Map()));
  const known = memo.get(raw);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_MAX) memo.clear();
  const found = matchOnce(raw, specs);
  memo.set(raw, found);
  return found;
}

function matchOnce(raw: string, specs: readonly LabelSpec[]): LabelMatch | null {
  const norm = normalizeLabel(raw);
  if (!norm.text || norm.text.length > 40) return null;
  for (const { spec, text } of entriesOf(specs)) {
    const at = norm.text.indexOf(text);
    if (at < 0 || !PRE.test(norm.text.slice(0, at))) continue;
    const post = norm.text.slice(at + text.length);
    const hint = norm.hint ?? spec.hint;
    const score = text.length * 2 + (norm.text === text ? 1 : 0);
    if (POST.test(post)) return { spec, score, hint, inline: null };
    const inline = inlineValue(post);
    if (inline) return { spec, score, hint: inline.hint ?? hint, inline: inline.value };
  }
  return null;
}
