/**
 * Tables: a header cell's value sits in another row, in the same column. Handles <table>
 * (also Ant Design's fixed header, which renders header and body as two tables) and ARIA
 * grids built from divs (role=columnheader / row / cell).
 */
const CELL = 'th, td, [role="columnheader"], [role="cell"], [role="gridcell"]';
const DATA = /^(TD|cell|gridcell)$/;
const isData = (el: Element): boolean =>
  DATA.test(el.tagName) || DATA.test(el.getAttribute('role') ?? '');
const cellsOf = (row: Element): Element[] => [...row.children].filter((c) => c.matches(CELL));

/** Column index of `cell`, counting colspans. */
function columnOf(cell: Element): number {
  let col = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) {
    if (c.matches(CELL)) col += Number(c.getAttribute('colspan') ?? 1) || 1;
  }
  return col;
}

/** The cell covering column `col` of `row`, if any. */
function cellAt(row: Element, col: number): Element | null {
  let at = 0;
  for (const c of cellsOf(row)) {
    at += Number(c.getAttribute('colspan') ?? 1) || 1;
    if (at > col) return c;
  }
  return null;
}

/**
 * First data row after `after` inside `scope`, walking forward in document order (cheap on a
 * long table); skips Ant Design's aria-hidden measure row and its placeholder row.
 */
function firstBodyRow(scope: Element, after: Element): Element | null {
  const walker = scope.ownerDocument.createTreeWalker(scope, 1 /* NodeFilter.SHOW_ELEMENT */);
  walker.currentNode = after;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const row = n as Element;
    if (!row.matches('tr, [role="row"]') || row.getAttribute('aria-hidden') === 'true') continue;
    if (/measure|placeholder/.test(row.className)) continue;
    if (cellsOf(row).some(isData)) return row;
  }
  return null;
}

/**
 * undefined: `node` is not in a header cell (a key/value row like <th>成交金额</th><td>… is
 * not a header). null: a header without a body row. Else the body cell in its column.
 */
export function bodyCellOf(node: Node): Element | null | undefined {
  const cell = node.parentElement?.closest(CELL);
  const row = cell?.parentElement;
  if (!cell || !row) return undefined;
  const header = cell.closest('thead') || !(isData(cell) || cellsOf(row).some(isData));
  if (!header) return undefined;
  const col = columnOf(cell);
  // The header's own table first, then (antd fixed header) a body table in a near ancestor.
  let scope: Element | null = cell.closest('table, [role="table"], [role="grid"]');
  for (let d = 0; scope && d < 4; d++, scope = scope.parentElement) {
    const body = firstBodyRow(scope, row);
    if (body) return cellAt(body, col);
  }
  return null;
}
