/**
 * MAIN side of the tap bridge (see bridge.ts for the isolated side and the reasoning).
 * Kept apart so the MAIN-world bundle carries no schema library.
 */
export const HELLO = 'livepace:tap-hello';

export interface TapPost {
  kind: 'json';
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
export function openBridge(win: Window): (url: string, body: unknown) => void {
  const channel = new Channel();
  const port = channel.port1;
  // Read now (document_start), not at each send: a later page script may replace it.
  const portPost = port.postMessage;
  // window.postMessage is read from the window now, before a page script can replace it.
  apply(win.postMessage, win, [{ livepace: HELLO, v: 1 }, '*', [channel.port2]]);
  return (url, body) => {
    const msg: TapPost = { kind: 'json', url, at: apply(now, Date, []), body };
    try {
      apply(portPost, port, [msg]);
    } catch {
      // Payload not cloneable: skip it rather than disturb the page.
    }
  };
}
