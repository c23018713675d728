/**
 * MAIN side of the tap bridge (see bridge.ts for the isolated side and the reasoning).
 * Kept apart so the MAIN-world bundle carries no schema library.
 */
export const HELLO = 'livepace:tap-hello';

/** Largest response text the tap hands over (console payloads are < 1 MB). */
export const MAX_TAP_CHARS = 4_000_000;

/**
 * One observed response. 'text': `body` is the response's JSON text, parsed by the isolated
 * side (cloning a string across the port is far cheaper than cloning a parsed object graph);
 * 'json': `body` is a value the browser already parsed (an XHR with responseType 'json').
 */
export interface TapPost {
  kind: 'json' | 'text';
  url: string;
  at: number;
  body: unknown;
}

/*
 * Taken when this module is evaluated (document_start, before any page script), so a page
 * that later replaces MessagePort.prototype.postMessage or Date.now cannot read or rewrite
 * what the tap sends to the isolated side.
 */
const apply = Reflect.apply;
const Channel = MessageChannel;
const now = Date.now;

/** MAIN side: returns a function that sends one observed payload to the isolated side. */
export function openBridge(win: Window): (url: string, body: unknown, text?: boolean) => void {
  const channel = new Channel();
  const port = channel.port1;
  // Read now (document_start), not at each send: a later page script may replace it.
  const portPost = port.postMessage;
  // window.postMessage is read from the window now, before a page script can replace it.
  apply(win.postMessage, win, [{ livepace: HELLO, v: 1 }, '*', [channel.port2]]);
  return (url, body, text = false) => {
    const kind = text ? 'text' : 'json';
    const msg: TapPost = { kind, url, at: apply(now, Date, []), body };
    try {
      apply(portPost, port, [msg]);
    } catch {
      // Payload not cloneable: skip it rather than disturb the page.
    }
  };
}
