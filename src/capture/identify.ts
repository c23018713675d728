/** Small DOM/cookie/storage lookups the adapters use to tell accounts apart. */

export function cookie(doc: Document, name: string): string | undefined {
  try {
    for (const part of doc.cookie.split(';')) {
      const [k, ...v] = part.trim().split('=');
      if (k === name) return decodeURIComponent(v.join('=')).trim() || undefined;
    }
  } catch {
    // Sandboxed documents throw on cookie access.
  }
  return undefined;
}

/** First non-empty trimmed text among the selectors (hashed classes: use [class*=…]). */
export function textOf(doc: Document, selectors: readonly string[]): string | undefined {
  for (const sel of selectors) {
    const t = doc.querySelector(sel)?.textContent?.trim();
    if (t) return t;
  }
  return undefined;
}

/**
 * A localStorage value as text. Consoles store strings JSON-encoded (`finder_username` holds
 * `"v2_…@finder"` with the quotes): a quoted value is decoded, or the same account would be
 * keyed twice.
 */
export function stored(doc: Document, key: string): string | undefined {
  try {
    const raw = doc.defaultView?.localStorage.getItem(key)?.trim();
    if (!raw) return undefined;
    if (!raw.startsWith('"')) return raw;
    const v: unknown = JSON.parse(raw);
    return typeof v === 'string' && v.trim() ? v.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** The same-origin parent document, where a micro-frontend's shell shows the account. */
export function parentDoc(doc: Document): Document | null {
  try {
    const win = doc.defaultView;
    return win && win.parent !== win ? win.parent.document : null;
  } catch {
    return null;
  }
}
