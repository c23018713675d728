/**
 * Reads metrics by their visible labels (观看人数, 成交金额 …) and the value next to them.
 * Class names on these consoles are CSS-module hashes that change with every release, so
 * nothing here depends on a class: a label is found by its text, and its value is the
 * nearest parseable text inside the smallest ancestor that holds no other label.
 */
import type { LabelSpec, ReadKey, ReadKind } from './adapter';
import { normalizeLabel } from './labels';
import { parseDuration } from './parse-duration';
import {
  parseCount,
  parseMedal,
  parseMoney,
  parseScore,
  type Parsed,
  type UnitHint,
} from './parse';

export interface DomReading {
  key: ReadKey;
  value: number;
  step: number;
  raw: string;
}

const MAX_LABEL_LEN = 24;
const MAX_DEPTH = 4;

/** Calls each parser directly (not parseValue) so the unused percent parser stays out of the bundle. */
export function parseKind(raw: string, kind: ReadKind, hint?: UnitHint): Parsed {
  if (kind === 'count') return parseCount(raw);
  if (kind === 'money') return parseMoney(raw, hint);
  if (kind === 'duration') return parseDuration(raw, hint);
  return kind === 'score' ? parseScore(raw) : parseMedal(raw);
}

interface Hit {
  node: Text;
  spec: LabelSpec;
  hint: UnitHint | undefined;
  /** Value printed in the same text as the label ("粉丝数：1.2万", "交易勋章-3级"). */
  inline: string | null;
}

function findLabels(root: Node, specs: readonly LabelSpec[]): Hit[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const hits: Hit[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.nodeValue ?? '';
    if (text.length > MAX_LABEL_LEN * 2 || !text.trim()) continue;
    const norm = normalizeLabel(text);
    for (const spec of specs) {
      const exact = spec.labels.find((l) => norm.text === l);
      const prefix = exact ? undefined : spec.labels.find((l) => norm.text.startsWith(l));
      if (exact) hits.push({ node: n as Text, spec, hint: norm.hint ?? spec.hint, inline: null });
      else if (prefix) {
        const rest = norm.text.slice(prefix.length).replace(/^[-:：]/, '');
        const inline = spec.kind === 'medal' ? norm.text : rest;
        if (parseKind(inline, spec.kind, spec.hint).ok) {
          hits.push({ node: n as Text, spec, hint: spec.hint, inline });
        }
      }
      if (exact || prefix) break;
    }
  }
  return hits;
}

const precedes = (a: Node, b: Node): boolean =>
  (a.compareDocumentPosition(b) & 4) /* DOCUMENT_POSITION_FOLLOWING */ !== 0;

/** Widest element around `t`, still inside `box` and not holding the label, that parses. */
function widen(t: Text, box: Element, label: Node, kind: ReadKind, hint?: UnitHint) {
  let best: { raw: string; p: Parsed & { ok: true } } | null = null;
  const own = parseKind(t.nodeValue ?? '', kind, hint);
  if (own.ok) best = { raw: (t.nodeValue ?? '').trim(), p: own };
  for (let el = t.parentElement; el && el !== box && !el.contains(label); el = el.parentElement) {
    const raw = (el.textContent ?? '').trim();
    const p = parseKind(raw, kind, hint);
    if (p.ok) best = { raw, p };
  }
  return best;
}

function valueNear(hit: Hit, labelNodes: Set<Node>): DomReading | null {
  const { node, spec } = hit;
  let box = node.parentElement;
  for (let depth = 0; box && depth < MAX_DEPTH; depth++, box = box.parentElement) {
    const others = [...labelNodes].some((l) => l !== node && box?.contains(l));
    if (others) return null;
    const walker = box.ownerDocument.createTreeWalker(box, 4);
    const before: Text[] = [];
    const after: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n === node || !(n.nodeValue ?? '').trim()) continue;
      (precedes(node, n) ? after : before).push(n as Text);
    }
    for (const t of [...after, ...before.reverse()]) {
      const found = widen(t, box, node, spec.kind, hit.hint);
      if (found) return { key: spec.key, value: found.p.value, step: found.p.step, raw: found.raw };
    }
  }
  return null;
}

/** One pass over a document (or subtree): the first value found for each key. */
export function readLabels(root: Node, specs: readonly LabelSpec[]): Map<ReadKey, DomReading> {
  const hits = findLabels(root, specs);
  const labelNodes = new Set<Node>(hits.map((h) => h.node));
  const out = new Map<ReadKey, DomReading>();
  for (const hit of hits) {
    if (out.has(hit.spec.key)) continue;
    if (hit.inline !== null) {
      const p = parseKind(hit.inline, hit.spec.kind, hit.hint);
      if (p.ok)
        out.set(hit.spec.key, { key: hit.spec.key, value: p.value, step: p.step, raw: hit.inline });
      continue;
    }
    const r = valueNear(hit, labelNodes);
    if (r) out.set(hit.spec.key, r);
  }
  return out;
}
