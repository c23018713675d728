/**
 * MAIN-world network tap: observes the JSON the page itself receives. It never alters a
 * request or a response and never issues a request of its own; a call whose raw URL fails the
 * cheap pre-filter costs one regex test and nothing else (no URL parse, no clone, no read).
 * A wanted text response is handed over as text: the isolated side parses it (bridge.ts), so
 * the page's world pays one clone of a string, not a parse plus a structured clone of the
 * parsed object graph.
 *
 * It runs at document_start, before any page script. Every browser function it uses later
 * is taken now and called with Reflect.apply, so a page script that later replaces
 * `Response.prototype.text`, `JSON.parse`, `Promise.prototype.then` or an XHR getter cannot
 * feed it forged bodies through them (docs/security.md says what a page can still do).
 */
/** `text`: body is the response's JSON text (parsed by the isolated side); else a value. */
export type TapEmit = (url: string, body: unknown, text: boolean) => void;

/** Which URLs the tap observes: `maybe` sees the raw URL as the page wrote it, first. */
export interface TapFilter {
  /** Cheap test on the raw URL string; false means not wanted, with no further work. */
  maybe: (raw: string) => boolean;
  /** The precise test on the resolved absolute URL. */
  wanted: (url: string) => boolean;
}

/** The parts of a window the tap touches, so tests can pass a stand-in. */
export interface TapWindow {
  fetch: typeof fetch;
  XMLHttpRequest: typeof XMLHttpRequest;
  location: { href: string };
}

import { MAX_TAP_CHARS } from './bridge-open';

export { MAX_TAP_CHARS };

/* Taken at install; module evaluation happens then too, at document_start. */
const apply = Reflect.apply;
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

const rawOf = (input: RequestInfo | URL): string => {
  try {
    return typeof input === 'string' ? input : input instanceof URLCtor ? input.href : input.url;
  } catch {
    return '';
  }
};

const urlOf = (raw: string, base: string): string => {
  try {
    return new URLCtor(raw, base).href;
  } catch {
    return '';
  }
};

/** The resolved URL when the filter wants it, else '' (the raw pre-filter runs first). */
const wantedUrl = (f: TapFilter, raw: string, base: string): string => {
  if (!f.maybe(raw)) return '';
  const url = urlOf(raw, base);
  return url && f.wanted(url) ? url : '';
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

/** The text when it looks like JSON and is small enough to hand over, else undefined. */
const jsonText = (text: unknown): string | undefined =>
  typeof text === 'string' && text.length <= MAX_TAP_CHARS && looksJson(text) ? text : undefined;

const after = <T>(p: Promise<T>, ok: (v: T) => unknown, bad: () => unknown): void =>
  void apply(then, p, [ok, bad]);

function tapFetch(win: TapWindow, filter: TapFilter, emit: TapEmit): void {
  const original = win.fetch;
  const wrapped = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    const pending = apply(original, this ?? win, [input, init]);
    const url = wantedUrl(filter, rawOf(input), win.location.href);
    if (!url) return pending;
    // Clone synchronously in the first continuation, before the page can consume the body.
    after(
      pending,
      (res) => {
        if (!read<boolean>(res, resOk, 'ok')) return;
        const copy = apply(resClone, res, []);
        after(
          apply(resText, copy, []),
          (t) => {
            const text = jsonText(t);
            if (text !== undefined) emit(url, text, true);
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

function tapXhr(win: TapWindow, filter: TapFilter, emit: TapEmit): void {
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
    if (type === 'json') {
      const body = read<unknown>(xhr, get.response, 'response');
      if (body !== undefined && body !== null) emit(current, body, false);
    } else if (type === '' || type === 'text') {
      const text = jsonText(read<unknown>(xhr, get.text, 'responseText'));
      if (text !== undefined) emit(current, text, true);
    }
  };
  proto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    const url = wantedUrl(filter, `${args[1] as string}`, win.location.href);
    const listening = urls.has(this);
    if (url) urls.set(this, url);
    else urls.delete(this);
    if (url && !listening) apply(addListener, this, ['load', () => onLoad(this)]);
    return apply(open as (...a: unknown[]) => void, this, args);
  };
}

/** `filter` may be a plain `wanted(url)` test (then the raw pre-filter lets everything by). */
export function installTap(
  win: TapWindow,
  filter: TapFilter | ((url: string) => boolean),
  emit: TapEmit,
): void {
  const f = typeof filter === 'function' ? { maybe: () => true, wanted: filter } : filter;
  tapFetch(win, f, emit);
  tapXhr(win, f, emit);
}
