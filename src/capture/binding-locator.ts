/**
 * Finding a bound figure again: the label-plus-structure locator of a 点选绑定 (see
 * bindings.ts), made from the element the seller pointed at and resolved on every DOM pass.
 */
import type { Locator, Step } from './bindings';
import { parseKind } from './dom-reader';
import { normalizeLabel } from './labels';

const GENERIC = /^(css|sc|jsx|emotion|svelte)$/;
/** `card-index-value___3xYz1` → `card-index-value`; `_card_1x2y3_12` → `card`; `css-1x2y3z` → null. */
export function stableClass(cls: string): string | null {
  let s = cls.split(/_{2,}|--/)[0]!.replace(/^_+/, '');
  while (/[-_][a-z]*\d[\w]*$/i.test(s)) s = s.replace(/[-_][a-z]*\d\w*$/i, '');
  return s.length >= 2 && /^[a-z]/i.test(s) && !GENERIC.test(s) ? s : null;
}
const stableOf = (el: Element): string | undefined => {
  for (const c of el.classList) {
    const s = stableClass(c);
    if (s) return s;
  }
  return undefined;
};
const hasStable = (el: Element, cls: string): boolean =>
  [...el.classList].some((c) => stableClass(c) === cls);

const sameTag = (el: Element): Element[] =>
  [...(el.parentElement?.children ?? [])].filter((c) => c.tagName === el.tagName);

/** A label: short text with a letter that does not itself parse as a figure. */
function labelText(t: Node): string | null {
  const raw = t.nodeValue ?? '';
  if (raw.length > 48) return null;
  const norm = normalizeLabel(raw).text;
  if (!norm || !/\p{L}/u.test(norm) || /^[万亿元人次单个场件%¥￥]+$/.test(norm)) return null;
  const number = (['count', 'money', 'duration'] as const).some((k) => parseKind(norm, k).ok);
  return number ? null : norm;
}

function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const w = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n as Text);
  return out;
}

const before = (a: Node, b: Node): boolean => (a.compareDocumentPosition(b) & 4) !== 0;

function pathDown(from: Element, to: Element): Step[] {
  const steps: Step[] = [];
  for (let el: Element | null = to; el && el !== from; el = el.parentElement) {
    const cls = stableOf(el);
    steps.unshift({
      tag: el.tagName.toLowerCase(),
      nth: sameTag(el).indexOf(el),
      ...(cls && { cls }),
    });
  }
  return steps;
}

function walk(from: Element, path: readonly Step[]): Element | null {
  let el: Element | null = from;
  for (const s of path) {
    const kids: Element[] = [...(el?.children ?? [])].filter(
      (c) => c.tagName.toLowerCase() === s.tag,
    );
    const at: Element | undefined = kids[s.nth];
    el =
      !s.cls || (at && hasStable(at, s.cls))
        ? (at ?? null)
        : (kids.find((k) => hasStable(k, s.cls!)) ?? null);
    if (!el) return null;
  }
  return el;
}

// Table parts by tag (not tHead/rows/cells, which some DOMs leave out) — thead/tbody rows.
const part = (table: Element, tag: string): Element[] => [
  ...([...table.children].find((c) => c.tagName === tag)?.children ?? []),
];
const indexIn = (el: Element): number => [...(el.parentElement?.children ?? [])].indexOf(el);

/** Column header of a table cell, as a label + row locator. */
function tableLocator(el: Element): Locator | null {
  const cell = el.closest('td');
  const table = cell?.closest('table');
  if (!cell || !table) return null;
  const head = part(table, 'THEAD')[0]?.children[indexIn(cell)];
  const label = head && textNodes(head).map(labelText).find(Boolean);
  const row = part(table, 'TBODY').indexOf(cell.parentElement!);
  if (!head || !label || row < 0) return null;
  const hint = normalizeLabel(head.textContent ?? '').hint;
  return { label, ...(hint && { hint }), up: 0, path: pathDown(cell, el), row };
}

/** Locator for `el`, or null when no label is near enough to find it again. */
export function makeLocator(el: Element): Locator | null {
  const inTable = tableLocator(el);
  if (inTable && resolveLocator(el.ownerDocument, inTable) === el) return inTable;
  let box: Element | null = el.parentElement;
  for (let depth = 0; box && depth < 6; depth++, box = box.parentElement) {
    const texts = textNodes(box).filter((t) => !el.contains(t) && labelText(t));
    const t = texts.filter((n) => before(n, el)).pop() ?? texts.find((n) => before(el, n));
    if (!t?.parentElement) continue;
    let up = 0;
    for (let a = t.parentElement; a !== box; a = a.parentElement!) up++;
    const hint = normalizeLabel(t.nodeValue ?? '').hint;
    const loc: Locator = {
      label: labelText(t)!,
      ...(hint && { hint }),
      up,
      path: pathDown(box, el),
    };
    // Another occurrence of the label that leads elsewhere first: try a wider box.
    if (resolveLocator(el.ownerDocument, loc) === el) return loc;
  }
  return null;
}

function fromTable(t: Text, loc: Locator): Element | null {
  const head = t.parentElement?.closest('th,td');
  const table = head?.closest('table');
  if (!head || !table || !part(table, 'THEAD').includes(head.parentElement!)) return null;
  const cell = part(table, 'TBODY')[loc.row!]?.children[indexIn(head)];
  return cell ? walk(cell, loc.path) : null;
}

const isLabel = (t: Text, label: string): boolean =>
  (t.nodeValue ?? '').length <= 48 && normalizeLabel(t.nodeValue ?? '').text === label;

/** The bound element, found again from its label; null when the label is gone. */
export function resolveLocator(root: Document | Element, loc: Locator): Element | null {
  for (const t of textNodes(root)) {
    if (!isLabel(t, loc.label)) continue;
    if (loc.row !== undefined) {
      const found = fromTable(t, loc);
      if (found) return found;
      continue;
    }
    let a: Element | null = t.parentElement;
    for (let i = 0; a && i < loc.up; i++) a = a.parentElement;
    const el = a && walk(a, loc.path);
    if (el && !el.contains(t)) return el;
  }
  return null;
}
