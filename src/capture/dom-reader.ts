/**
 * The label→value finder: reads metrics by their visible labels (观看人数, 成交金额 …) in
 * whatever layout the console uses. Class names are CSS-module hashes that change with
 * every release, so nothing here depends on a class. One walk lists the page's text nodes;
 * each label then takes, in this order: a value printed in its own text ("粉丝数：1.2万");
 * for a table header, the cell in the same column of the first body row; else the nearest
 * value after it (then before it) inside the smallest ancestor that holds it, never reading
 * across another label or across an unrelated word. A placeholder ("--") next to a label
 * makes it unreadable rather than letting the search wander to a neighbour's number.
 */
import type { LabelSpec, ReadKey, ReadKind } from './adapter';
import { isDecoration, matchLabel, unitHintOf, type LabelMatch } from './labels';
import { parseDuration } from './parse-duration';
import {
  isEmptyMarker,
  parseCount,
  parseMedal,
  parseMoney,
  parseScore,
  type Parsed,
  type UnitHint,
} from './parse';
import { bodyCellOf } from './table-cell';

export interface DomReading {
  key: ReadKey;
  value: number;
  step: number;
  raw: string;
}

/** Calls each parser directly (not parseValue) so the unused percent parser stays out of the bundle. */
export function parseKind(raw: string, kind: ReadKind, hint?: UnitHint): Parsed {
  if (kind === 'count') return parseCount(raw);
  if (kind === 'money') return parseMoney(raw, hint);
  if (kind === 'duration') return parseDuration(raw, hint);
  return kind === 'score' ? parseScore(raw) : parseMedal(raw);
}

interface Token {
  node: Text;
  raw: string;
  label: LabelMatch | null;
}

/** A labelled token with its index in the walk. */
interface LabelAt {
  i: number;
  node: Text;
  hit: LabelMatch;
}

type Value = { value: number; step: number; raw: string };
/** A value, a placeholder next to the label (unreadable), or nothing found. */
type Outcome = Value | 'empty' | null;

/** How many ancestors a label climbs looking for its value. */
const MAX_DEPTH = 6;
/** How many text nodes one printed value may be split into (¥ / 15,168 / .40 / 万). */
const MAX_PARTS = 4;
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA)$/;
const WORDY = /[\u4e00-\u9fffA-Za-z]/;

/** The one walk: every non-blank text node in document order, labels marked. */
function collect(root: Node, specs: readonly LabelSpec[]): Token[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Token[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const raw = (n.nodeValue ?? '').trim();
    if (!raw || SKIP.test(n.parentElement?.tagName ?? '')) continue;
    // Numbers and punctuation (most of a data table) cannot be labels: skip matching them.
    const wordy = raw.length <= 48 && WORDY.test(raw);
    out.push({ node: n as Text, raw, label: wordy ? matchLabel(raw, specs) : null });
  }
  return out;
}

/**
 * The longest run of up to MAX_PARTS text nodes starting at `i` (dir +1) or ending at it
 * (dir -1), inside `box`, that parses as `kind`. Two numbers side by side ("356" "1,234")
 * never join: a run may only continue a number with a unit, sign or decimal part.
 */
function runAt(ts: Token[], i: number, dir: 1 | -1, box: Element, kind: ReadKind, hint?: UnitHint) {
  let s = '';
  let best: Value | null = null;
  for (let k = 0, j = i; k < MAX_PARTS && j >= 0 && j < ts.length; k++, j += dir) {
    const t = ts[j];
    if (!t || (k > 0 && (t.label || t.raw.length > 16 || !box.contains(t.node)))) break;
    const [left, right] = dir > 0 ? [s, t.raw] : [t.raw, s];
    if (k > 0 && /\d$/.test(left) && /^\d/.test(right)) break;
    s = left + right;
    const p = parseKind(s, kind, hint);
    if (p.ok) best = { value: p.value, step: p.step, raw: s };
  }
  return best;
}

interface Side {
  at: number;
  dir: 1 | -1;
  open: boolean;
}

/** Walks one direction inside `box`: a value or placeholder ends it; a word or label closes it. */
function scan(ts: Token[], side: Side, box: Element, kind: ReadKind, hint?: UnitHint): Outcome {
  for (; side.open && side.at >= 0 && side.at < ts.length; side.at += side.dir) {
    const t = ts[side.at];
    // Out of this box: the side stays open for the next, wider one.
    if (!t || !box.contains(t.node)) return null;
    const v = t.label ? null : runAt(ts, side.at, side.dir, box, kind, hint);
    if (v) return v;
    if (t.label || !isDecoration(t.raw)) {
      side.open = false;
      return !t.label && isEmptyMarker(t.raw) ? 'empty' : null;
    }
    hint = unitHintOf(t.raw) ?? hint;
  }
  return null;
}

/**
 * Climbs from the label: after it first, then before it. A value before the label counts
 * only while the box holds no other label and nothing after this one (a caption under its
 * number), so a neighbouring card's figure is never taken.
 */
function nearValue(ts: Token[], { i, node, hit }: LabelAt, prev: number, next: number): Outcome {
  const after: Side = { at: i + 1, dir: 1, open: true };
  const before: Side = { at: i - 1, dir: -1, open: true };
  const holds = (box: Element, j: number) => j >= 0 && j < ts.length && box.contains(ts[j]!.node);
  let box = node.parentElement;
  for (let d = 0; box && d < MAX_DEPTH && (after.open || before.open); d++) {
    const found = scan(ts, after, box, hit.spec.kind, hit.hint);
    if (found) return found;
    if (!after.open || holds(box, prev) || holds(box, next)) before.open = false;
    const back = scan(ts, before, box, hit.spec.kind, hit.hint);
    if (back) return back;
    box = box.parentElement;
  }
  return null;
}

/** A header cell's value: the same column of the first body row, read inside that cell. */
function columnValue(ts: Token[], { i, hit }: LabelAt, cell: Element): Outcome {
  let j = i + 1;
  while (j < ts.length && !cell.contains(ts[j]!.node)) j++;
  if (j >= ts.length) return cell.textContent?.trim() ? null : 'empty';
  return scan(ts, { at: j, dir: 1, open: true }, cell, hit.spec.kind, hit.hint);
}

function outcomeOf(ts: Token[], at: LabelAt, prev: number, next: number): Outcome {
  const { hit } = at;
  if (hit.inline !== null) {
    const p = parseKind(hit.inline, hit.spec.kind, hit.hint);
    return p.ok ? { value: p.value, step: p.step, raw: hit.inline } : 'empty';
  }
  const cell = bodyCellOf(at.node);
  if (cell !== undefined) return cell ? columnValue(ts, at, cell) : null;
  return nearValue(ts, at, prev, next);
}

/**
 * One pass over a document (or subtree). Per key, the most specific label wins (longest
 * dictionary entry, an exact label before a qualified one); among equals, the first in
 * page order that reads. A placeholder under the winning label leaves the key unread.
 */
export function readLabels(root: Node, specs: readonly LabelSpec[]): Map<ReadKey, DomReading> {
  const ts = collect(root, specs);
  const at = ts.flatMap((t, i): LabelAt[] => (t.label ? [{ i, node: t.node, hit: t.label }] : []));
  const best = new Map<ReadKey, { score: number; value: Value | null }>();
  at.forEach((l, n) => {
    const { hit } = l;
    const seen = best.get(hit.spec.key);
    if (seen && (seen.score > hit.score || (seen.score === hit.score && seen.value))) return;
    const o = outcomeOf(ts, l, at[n - 1]?.i ?? -1, at[n + 1]?.i ?? -1);
    if (o === null) return;
    best.set(hit.spec.key, { score: hit.score, value: o === 'empty' ? null : o });
  });
  const out = new Map<ReadKey, DomReading>();
  for (const [key, b] of best) if (b.value) out.set(key, { key, ...b.value });
  return out;
}
