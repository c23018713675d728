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

/** MAIN side: returns a function that sends one observed payload to the isolated side. */
export function openBridge(win: Window): (url: string, body: unknown) => void {
  const channel = new MessageChannel();
  win.postMessage({ livepace: HELLO, v: 1 }, '*', [channel.port2]);
  return (url, body) => {
    const msg: TapPost = { kind: 'json', url, at: Date.now(), body };
    try {
      channel.port1.postMessage(msg);
    } catch {
      // Payload not cloneable: skip it rather than disturb the page.
    }
  };
}
