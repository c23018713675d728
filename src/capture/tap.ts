/**
 * MAIN-world network tap: observes the JSON the page itself receives. It never alters a
 * request or a response and never issues a request of its own; a call whose URL fails the
 * cheap pre-filter costs one test and nothing else.
 *
 * It runs at document_start, before any page script. Every browser function it uses later
 * is taken now and called with Reflect.apply, so a page script that later replaces
 * `Response.prototype.text`, `JSON.parse`, `Promise.prototype.then` or an XHR getter cannot
 * feed it forged bodies through them (docs/security.md says what a page can still do).
 */
export type TapEmit = (url: string, body: unknown) => void;

/** The parts of a window the tap touches, so tests can pass a stand-in. */
export interface TapWindow {
  fetch: typeof fetch;
  XMLHttpRequest: typeof XMLHttpRequest;
  location: { href: string };
}

/** Largest response text the tap parses and hands over (console payloads are < 1 MB). */
export const MAX_TAP_CHARS = 4_000_000;

/* Taken at install; module evaluation happens then too, at document_start. */
const apply = Reflect.apply;
const parseJson = JSON.parse;
const URLCtor = URL;
const then = Promise.prototype.then;
const resProto = Response.prototype;
const resClone = resProto.clone;
const resText = resProto.text;
const getterOf = (proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)?.get;
const resOk = getterOf(resProto, 'ok');
const addListener = EventTarget.prototype.addEventListener;

/** Calls a captured function; `undefined` f means the property is a plain field (stand-ins). */
const read = <T>(obj: object, get: (() => unknown) | undefined, name: string): T =>
  (get ? apply(get, obj, []) : (obj as Record<string, unknown>)[name]) as T;

const urlOf = (input: RequestInfo | URL, base: string): string => {
  try {
    const raw =
      typeof input === 'string' ? input : input instanceof URLCtor ? input.href : input.url;
    return new URLCtor(raw, base).href;
  } catch {
    return '';
  }
};

/** First non-space character is `{` or `[` (a char loop: RegExp methods can be replaced). */
const looksJson = (text: string): boolean => {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    return c === 123 || c === 91;
  }
  return false;
};

/** The parsed body, or undefined when it is not JSON or too large to hand over. */
const bodyOf = (text: unknown): unknown => {
  if (typeof text !== 'string' || text.length > MAX_TAP_CHARS || !looksJson(text)) return undefined;
  try {
    return apply(parseJson, JSON, [text]) as unknown;
  } catch {
    return undefined;
  }
};

const after = <T>(p: Promise<T>, ok: (v: T) => unknown, bad: () => unknown): void =>
  void apply(then, p, [ok, bad]);

function tapFetch(win: TapWindow, wanted: (url: string) => boolean, emit: TapEmit): void {
  const original = win.fetch;
  const wrapped = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    const pending = apply(original, this ?? win, [input, init]);
    const url = urlOf(input, win.location.href);
    if (!wanted(url)) return pending;
    // Clone synchronously in the first continuation, before the page can consume the body.
    after(
      pending,
      (res) => {
        if (!read<boolean>(res, resOk, 'ok')) return;
        const copy = apply(resClone, res, []);
        after(
          apply(resText, copy, []),
          (t) => {
            const body = bodyOf(t);
            if (body !== undefined) emit(url, body);
          },
          () => undefined,
        );
      },
      () => undefined,
    );
    return pending;
  };
  win.fetch = wrapped;
}

function tapXhr(win: TapWindow, wanted: (url: string) => boolean, emit: TapEmit): void {
  const proto = win.XMLHttpRequest.prototype;
  const open = proto.open;
  const get = {
    type: getterOf(proto, 'responseType'),
    response: getterOf(proto, 'response'),
    text: getterOf(proto, 'responseText'),
    status: getterOf(proto, 'status'),
  };
  const urls = new WeakMap<XMLHttpRequest, string>();
  const onLoad = (xhr: XMLHttpRequest): void => {
    const current = urls.get(xhr);
    if (!current) return;
    const status = read<number>(xhr, get.status, 'status');
    if (!(status >= 200 && status < 300)) return;
    const type = read<string>(xhr, get.type, 'responseType');
    // A 'json' response is parsed by the browser itself, from the network's bytes.
    const body =
      type === 'json'
        ? read<unknown>(xhr, get.response, 'response')
        : type === '' || type === 'text'
          ? bodyOf(read<unknown>(xhr, get.text, 'responseText'))
          : undefined;
    if (body !== undefined && body !== null) emit(current, body);
  };
  proto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    const url = urlOf(`${args[1] as string}`, win.location.href);
    const listening = urls.has(this);
    if (wanted(url)) urls.set(this, url);
    else urls.delete(this);
    if (wanted(url) && !listening) apply(addListener, this, ['load', () => onLoad(this)]);
    return apply(open as (...a: unknown[]) => void, this, args);
  };
}

export function installTap(win: TapWindow, wanted: (url: string) => boolean, emit: TapEmit): void {
  tapFetch(win, wanted, emit);
  tapXhr(win, wanted, emit);
}
