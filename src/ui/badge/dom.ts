/**
 * A few lines of hyperscript instead of Preact: the badge is small and redrawn whole, and
 * Preact (~4.5 KB gzip) did not fit the content script's 15 KB budget. Props are attributes,
 * except `on<event>` functions, which become listeners; `false`/null/undefined are skipped,
 * so boolean ARIA states must be passed as strings.
 */
export type Child = Node | string | false | null | undefined;
export type Prop = string | number | boolean | null | undefined | ((e: never) => void);

export function h(tag: string, props: Record<string, Prop> | null, ...kids: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props ?? {})) {
    if (typeof v === 'function') el.addEventListener(k.slice(2), v as EventListener);
    else if (v != null && v !== false) el.setAttribute(k, String(v));
  }
  for (const c of kids) if (c != null && c !== false) el.append(c);
  return el;
}
