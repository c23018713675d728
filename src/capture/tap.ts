/**
 * MAIN-world network tap: observes the JSON the page itself receives. It never alters a
 * request or a response and never issues a request of its own; a call whose URL fails the
 * cheap regex pre-filter costs one regex test and nothing else.
 */
export type TapEmit = (url: string, body: unknown) => void;

/** The parts of a window the tap touches, so tests can pass a stand-in. */
export interface TapWindow {
  fetch: typeof fetch;
  XMLHttpRequest: typeof XMLHttpRequest;
  location: { href: string };
}

const urlOf = (input: RequestInfo | URL, base: string): string => {
  try {
    const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return new URL(raw, base).href;
  } catch {
    return '';
  }
};

const looksJson = (text: string): boolean => /^\s*[[{]/.test(text);

function tapFetch(win: TapWindow, wanted: (url: string) => boolean, emit: TapEmit): void {
  const original = win.fetch;
  const wrapped = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    const pending = original.call(this ?? win, input, init);
    const url = urlOf(input, win.location.href);
    if (!wanted(url)) return pending;
    // Clone synchronously in the first continuation, before the page can consume the body.
    void pending.then(
      (res) => {
        if (!res.ok) return;
        res
          .clone()
          .text()
          .then((t) => (looksJson(t) ? emit(url, JSON.parse(t)) : undefined))
          .catch(() => undefined);
      },
      () => undefined,
    );
    return pending;
  };
  win.fetch = wrapped as typeof fetch;
}

function tapXhr(win: TapWindow, wanted: (url: string) => boolean, emit: TapEmit): void {
  const proto = win.XMLHttpRequest.prototype;
  const open = proto.open;
  const urls = new WeakMap<XMLHttpRequest, string>();
  proto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    const url = urlOf(String(args[1]), win.location.href);
    const listening = urls.has(this);
    if (wanted(url)) urls.set(this, url);
    else urls.delete(this);
    if (wanted(url) && !listening) {
      this.addEventListener('load', () => {
        const current = urls.get(this);
        if (!current) return;
        try {
          const body: unknown =
            this.responseType === 'json'
              ? this.response
              : this.responseType === '' || this.responseType === 'text'
                ? looksJson(this.responseText)
                  ? JSON.parse(this.responseText)
                  : undefined
                : undefined;
          if (body !== undefined && this.status >= 200 && this.status < 300) emit(current, body);
        } catch {
          // Not JSON after all: nothing to observe.
        }
      });
    }
    return (open as (...a: unknown[]) => void).apply(this, args);
  } as typeof proto.open;
}

export function installTap(win: TapWindow, wanted: (url: string) => boolean, emit: TapEmit): void {
  tapFetch(win, wanted, emit);
  tapXhr(win, wanted, emit);
}
