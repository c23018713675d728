// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  acceptBridge,
  HELLO,
  isTapMessage,
  MAX_BODY_DEPTH,
  MAX_BODY_NODES,
  withinBounds,
  type TapMessage,
} from '../../../src/capture/bridge';
import { MAX_TAP_CHARS, openBridge } from '../../../src/capture/bridge-open';

const settle = () => new Promise((r) => setTimeout(r, 20));

/** Dispatches a message event as another script (or frame) would. */
function post(target: Window, data: unknown, source: unknown, ports: MessagePort[] = []): void {
  target.dispatchEvent(new MessageEvent('message', { data, source: source as Window, ports }));
}

let ac: AbortController;
beforeEach(() => {
  ac = new AbortController();
});
afterEach(() => {
  ac.abort();
  vi.restoreAllMocks();
});

describe('tap bridge', () => {
  it('delivers payloads from the real tap handshake', async () => {
    const got: TapMessage[] = [];
    acceptBridge(window, (m) => got.push(m), ac.signal);
    // happy-dom's postMessage drops transferred ports; deliver as a browser would.
    vi.spyOn(window, 'postMessage').mockImplementation((data: unknown, _o?: unknown, t?: unknown) =>
      post(window, data, window, (t ?? []) as MessagePort[]),
    );
    const emit = openBridge(window);
    emit('https://drlives.jd.com/liveRealTimeGeneralData/generalData?liveId=1', {
      data: { onlineCount: 5 },
    });
    await settle();
    expect(got).toHaveLength(1);
    expect(got[0]?.url).toContain('generalData');
    expect(got[0]?.body).toEqual({ data: { onlineCount: 5 } });
  });

  it('drops a handshake from another frame and accepts only the first from this window', async () => {
    const got: TapMessage[] = [];
    const bridge = acceptBridge(window, (m) => got.push(m), ac.signal);
    const otherFrame = {} as Window;
    const forged = new MessageChannel();
    post(window, { livepace: HELLO, v: 1 }, otherFrame, [forged.port2]);
    const real = new MessageChannel();
    post(window, { livepace: HELLO, v: 1 }, window, [real.port2]);
    // A page script posting a second, look-alike handshake later is ignored.
    const late = new MessageChannel();
    post(window, { livepace: HELLO, v: 1 }, window, [late.port2]);
    const msg = { kind: 'json', url: 'https://x.test/a', at: 1, body: { n: 1 } };
    forged.port1.postMessage({ ...msg, body: { n: 666 } });
    late.port1.postMessage({ ...msg, body: { n: 777 } });
    real.port1.postMessage(msg);
    await settle();
    expect(got.map((m) => m.body)).toEqual([{ n: 1 }]);
    expect(bridge.dropped()).toBe(2);
  });

  it('drops malformed payloads on the port', async () => {
    const got: TapMessage[] = [];
    const bridge = acceptBridge(window, (m) => got.push(m), ac.signal);
    const ch = new MessageChannel();
    post(window, { livepace: HELLO, v: 1 }, window, [ch.port2]);
    ch.port1.postMessage({ kind: 'json', url: 'javascript:alert(1)', at: 1, body: {} });
    ch.port1.postMessage({ kind: 'json', url: 'https://x.test', at: -1, body: {} });
    ch.port1.postMessage({ kind: 'json', url: 'https://x.test', at: 1, body: {}, extra: true });
    ch.port1.postMessage('hello');
    await settle();
    expect(got).toHaveLength(0);
    expect(bridge.dropped()).toBe(4);
  });

  it('parses a text post on the isolated side, and drops text that is not JSON or too long', async () => {
    const got: TapMessage[] = [];
    const bridge = acceptBridge(window, (m) => got.push(m), ac.signal);
    vi.spyOn(window, 'postMessage').mockImplementation((data: unknown, _o?: unknown, t?: unknown) =>
      post(window, data, window, (t ?? []) as MessagePort[]),
    );
    const emit = openBridge(window);
    const url = 'https://drlives.jd.com/liveRealTimeGeneralData/generalData?liveId=1';
    emit(url, '{"data":{"onlineCount":5}}', true);
    emit(url, '{"data":', true);
    emit(url, `{"a":1}${' '.repeat(MAX_TAP_CHARS)}`, true);
    // The last post is 4 MB of text: wait for it rather than for a fixed time.
    await vi.waitFor(() => expect(bridge.dropped()).toBe(2), { timeout: 5000 });
    expect(got).toEqual([
      { kind: 'json', url, at: got[0]?.at, body: { data: { onlineCount: 5 } } },
    ]);
    expect(typeof got[0]?.at).toBe('number');
    expect(bridge.dropped()).toBe(2);
  });

  it('the same answer again is handed on as the same parsed body at its new instant; a changed one is parsed anew', async () => {
    const got: TapMessage[] = [];
    acceptBridge(window, (m) => got.push(m), ac.signal);
    vi.spyOn(window, 'postMessage').mockImplementation((data: unknown, _o?: unknown, t?: unknown) =>
      post(window, data, window, (t ?? []) as MessagePort[]),
    );
    const emit = openBridge(window);
    const a = 'https://drlives.jd.com/liveRealTimeGeneralData/generalData?liveId=1';
    const b = 'https://drlives.jd.com/console/homePage/newGetAuthorInfo';
    const parse = vi.spyOn(JSON, 'parse');
    emit(a, '{"n":5}', true);
    await settle();
    emit(b, '{"n":5}', true);
    await settle();
    emit(a, '{"n":5}', true);
    await settle();
    emit(a, '{"n":6}', true);
    await settle();
    expect(got.map((m) => [m.url, m.body])).toEqual([
      [a, { n: 5 }],
      [b, { n: 5 }],
      [a, { n: 5 }],
      [a, { n: 6 }],
    ]);
    expect(got[2]?.body).toBe(got[0]?.body); // not parsed again
    expect(got[1]?.body).not.toBe(got[0]?.body); // another URL is its own answer
    expect(got[2]!.at).toBeGreaterThanOrEqual(got[0]!.at);
    expect(parse.mock.calls.filter((c) => c[0] === '{"n":5}')).toHaveLength(2);
  });

  it('shape guard', () => {
    expect(isTapMessage({ kind: 'json', url: 'https://a.test/x', at: 3, body: null })).toBe(true);
    expect(isTapMessage({ kind: 'json', url: 'https://a.test/x', at: 3 })).toBe(false);
    expect(isTapMessage({ kind: 'dom', url: 'https://a.test/x', at: 3, body: 1 })).toBe(false);
    expect(isTapMessage({ kind: 'text', url: 'https://a.test/x', at: 3, body: '{}' })).toBe(true);
    expect(isTapMessage({ kind: 'text', url: 'https://a.test/x', at: 3, body: {} })).toBe(false);
  });

  it('a page that replaces postMessage or Date.now after the tap loaded reads and forges nothing', async () => {
    const got: TapMessage[] = [];
    acceptBridge(window, (m) => got.push(m), ac.signal);
    vi.spyOn(window, 'postMessage').mockImplementation((data: unknown, _o?: unknown, t?: unknown) =>
      post(window, data, window, (t ?? []) as MessagePort[]),
    );
    const emit = openBridge(window);
    // The page patches after document_start.
    const seen: unknown[] = [];
    const proto = Object.getPrototypeOf(new MessageChannel().port1) as MessagePort;
    const realPost = proto.postMessage;
    const realNow = Date.now;
    proto.postMessage = function (this: MessagePort, m: unknown) {
      // (The test runner's own messages pass through untouched.)
      if ((m as { kind?: unknown } | null)?.kind !== 'json')
        return Reflect.apply(realPost, this, [m]);
      seen.push(m);
      return Reflect.apply(realPost, this, [{ ...(m as object), body: { forged: true } }]);
    };
    Date.now = () => 42;
    try {
      emit('https://drlives.jd.com/liveRealTimeGeneralData/generalData?liveId=1', { gmv: 5 });
      await settle();
    } finally {
      proto.postMessage = realPost;
      Date.now = realNow;
    }
    expect(seen).toEqual([]);
    expect(got.map((m) => m.body)).toEqual([{ gmv: 5 }]);
    expect(got[0]?.at).not.toBe(42);
  });

  it('drops bodies too large or too deep to be a console payload', async () => {
    const got: TapMessage[] = [];
    const bridge = acceptBridge(window, (m) => got.push(m), ac.signal);
    const ch = new MessageChannel();
    post(window, { livepace: HELLO, v: 1 }, window, [ch.port2]);
    const msg = (body: unknown) => ({ kind: 'json', url: 'https://x.test/a', at: 1, body });
    let deep: unknown = 1;
    for (let i = 0; i < MAX_BODY_DEPTH + 1; i += 1) deep = [deep];
    ch.port1.postMessage(msg(deep));
    ch.port1.postMessage(msg(new Array(MAX_BODY_NODES).fill(0)));
    ch.port1.postMessage(msg({ ok: [1, 2, 3] }));
    await settle();
    expect(got.map((m) => m.body)).toEqual([{ ok: [1, 2, 3] }]);
    expect(bridge.dropped()).toBe(2);
  });

  it('bounds: the limits themselves are accepted', () => {
    let deep: unknown = 1;
    for (let i = 0; i < MAX_BODY_DEPTH; i += 1) deep = [deep];
    expect(withinBounds(deep)).toBe(true);
    expect(withinBounds([deep])).toBe(false);
    expect(withinBounds(new Array(MAX_BODY_NODES - 1).fill(0))).toBe(true);
    expect(withinBounds(new Array(MAX_BODY_NODES).fill(0))).toBe(false);
  });
});
