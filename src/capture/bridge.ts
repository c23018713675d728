/**
 * The bridge from the MAIN-world tap to the isolated content script.
 *
 * At document_start, before any page script can run, the tap creates a MessageChannel and
 * posts one handshake carrying a port to its own window. The isolated side listens from
 * document_start too, accepts only the FIRST handshake, only when it comes from this very
 * window (not another frame), stops the event from reaching page listeners, and from then
 * on reads only from that private port. A page script posting a look-alike handshake later
 * is ignored, and every message on the port is shape-checked before use.
 */
import { HELLO, MAX_TAP_CHARS, type TapPost } from './bridge-open';

export { HELLO };
/** What the runner gets: always a parsed value (a 'text' post is parsed here first). */
export type TapMessage = TapPost & { kind: 'json' };

/*
 * Shape checks are hand-written rather than zod/mini: even zod/mini pulls ~15 KB (gzip) of
 * core into every content script, twice the budget left for everything else. The shapes are
 * two flat objects, so a guard is as strict as the schema would be.
 */
const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export const isHello = (x: unknown): boolean =>
  isRecord(x) && x.livepace === HELLO && x.v === 1 && Object.keys(x).length === 2;

export function isTapMessage(x: unknown): x is TapPost {
  return (
    isRecord(x) &&
    (x.kind === 'json' || (x.kind === 'text' && typeof x.body === 'string')) &&
    typeof x.url === 'string' &&
    x.url.length <= 4000 &&
    /^https?:\/\//.test(x.url) &&
    typeof x.at === 'number' &&
    Number.isInteger(x.at) &&
    x.at >= 0 &&
    'body' in x &&
    Object.keys(x).length === 4
  );
}

/**
 * A post as the runner takes it: 'text' parsed here, in the isolated world, where a page
 * script cannot have replaced JSON.parse; null when the text is too long or not JSON.
 */
export function parsedPost(m: TapPost): TapMessage | null {
  if (m.kind === 'json') return m as TapMessage;
  const text = m.body as string;
  if (text.length > MAX_TAP_CHARS) return null;
  try {
    return { kind: 'json', url: m.url, at: m.at, body: JSON.parse(text) as unknown };
  } catch {
    return null;
  }
}

/** Bounds on what the page side may hand over: console payloads are far smaller. */
export const MAX_BODY_NODES = 200_000;
export const MAX_BODY_DEPTH = 64;

/**
 * True when a body has at most MAX_BODY_NODES values nested at most MAX_BODY_DEPTH deep.
 * Iterative, and it stops at the first excess, so a hostile body costs bounded work.
 */
export function withinBounds(body: unknown): boolean {
  const stack: Array<[unknown, number]> = [[body, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [x, depth] = stack.pop()!;
    nodes += 1;
    if (nodes > MAX_BODY_NODES || depth > MAX_BODY_DEPTH) return false;
    if (x === null || typeof x !== 'object') continue;
    for (const v of Array.isArray(x) ? x : Object.values(x)) stack.push([v, depth + 1]);
  }
  return true;
}

/**
 * The last checked post per URL: a console polls the same answer every few seconds, and the
 * same text again is handed on as the same parsed body (at its new instant) without parsing
 * or walking it again. Only a 'text' post is remembered (its string is compared whole).
 */
function lastBodies() {
  const last = new Map<string, { text: string; post: TapMessage }>();
  return {
    get(m: TapPost): TapMessage | null {
      const hit = m.kind === 'text' ? last.get(m.url) : undefined;
      return hit && hit.text === m.body ? { ...hit.post, at: m.at } : null;
    },
    set(m: TapPost, post: TapMessage): TapMessage {
      if (m.kind !== 'text') return post;
      if (last.size >= 32 && !last.has(m.url)) last.clear();
      last.set(m.url, { text: m.body as string, post });
      return post;
    },
  };
}

/**
 * Isolated side: must be called synchronously at document_start. Calls `onMessage` for each
 * valid message from the tap; counts what it drops (for tests and health).
 */
export function acceptBridge(
  win: Window,
  onMessage: (m: TapMessage) => void,
  signal?: AbortSignal,
): { dropped: () => number } {
  let dropped = 0;
  let port: MessagePort | null = null;
  const onHello = (e: MessageEvent): void => {
    const claimsHello = !!e.data && typeof e.data === 'object' && 'livepace' in e.data;
    if (port) {
      if (claimsHello) dropped++;
      return;
    }
    if (e.source !== win || !isHello(e.data) || e.ports.length !== 1) {
      if (claimsHello) dropped++;
      return;
    }
    e.stopImmediatePropagation();
    port = e.ports[0] ?? null;
    if (!port) return;
    const seen = lastBodies();
    port.onmessage = (m: MessageEvent) => {
      // Everything from the page side is page-controlled data: shape and size are checked.
      const raw = isTapMessage(m.data) ? m.data : null;
      const again = raw && seen.get(raw);
      if (again) return onMessage(again);
      const post = raw ? parsedPost(raw) : null;
      if (raw && post && withinBounds(post.body)) onMessage(seen.set(raw, post));
      else dropped++;
    };
  };
  win.addEventListener('message', onHello, { capture: true, signal });
  signal?.addEventListener('abort', () => port?.close(), { once: true });
  return { dropped: () => dropped };
}
