import { describe, expect, it } from 'vitest';
import { isTapped, mayBeTapped, TAP_FILTER } from '../../../src/capture/api-patterns';
import { Outbox } from '../../../src/capture/outbox';
import { installTap, MAX_TAP_CHARS, type TapWindow } from '../../../src/capture/tap';
import type { Observation } from '../../../src/messaging';

const obs = (id: string): Observation => ({
  id,
  platform: 'jd',
  accountId: 'a',
  scope: 'session',
  observedAt: '2026-03-10T12:00:00.000Z',
  page: 'jd.bigScreen',
  metrics: {},
});
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('outbox', () => {
  it('keeps readings until acked and resends after a failure', async () => {
    const timers: (() => void)[] = [];
    let fail = true;
    const calls: string[][] = [];
    const box = new Outbox(
      async (o) => {
        calls.push(o.map((x) => x.id));
        if (fail) throw new Error('worker restarting');
        return o.map((x) => x.id).filter((id) => id !== 'b');
      },
      { setTimer: (fn) => void timers.push(fn) },
    );
    box.add(obs('a'));
    box.add(obs('b'));
    await box.flush();
    expect(box.size).toBe(2);
    fail = false;
    timers.shift()?.();
    await tick();
    expect(calls).toEqual([
      ['a', 'b'],
      ['a', 'b'],
    ]);
    expect(box.size).toBe(1); // 'b' was not acked: kept for the next retry
    timers.shift()?.();
    await tick();
    expect(calls.at(-1)).toEqual(['b']);
  });

  it('is bounded, dropping the oldest', () => {
    const box = new Outbox(async () => [], { max: 3 });
    for (const id of ['1', '2', '3', '4', '5']) box.add(obs(id));
    expect(box.size).toBe(3);
  });
});

describe('network tap', () => {
  function fakeWindow(bodyText: string) {
    const response = new Response(bodyText, { status: 200 });
    class FakeXhr extends EventTarget {
      responseType = '';
      responseText = '{"data":{"liveObjectId":"9"}}';
      status = 200;
      open(_m: string, _u: string) {}
      send() {
        this.dispatchEvent(new Event('load'));
      }
    }
    let fetchCalls = 0;
    const win = {
      fetch: async () => {
        fetchCalls++;
        return response;
      },
      XMLHttpRequest: FakeXhr as unknown as typeof XMLHttpRequest,
      location: { href: 'https://channels.weixin.qq.com/platform/live/liveBuild' },
    } as unknown as TapWindow;
    return { win, response, calls: () => fetchCalls };
  }

  it('observes matching fetch/XHR JSON and returns the very same response object', async () => {
    const { win, response } = fakeWindow('{"data":{"liveStats":{"currentOnlineCount":5}}}');
    const seen: [string, unknown, boolean][] = [];
    installTap(win, isTapped, (u, b, text) => seen.push([u, b, text]));
    const res = await win.fetch('/cgi-bin/mmfinderassistant-bin/live/get_live_info', {
      method: 'POST',
    });
    expect(res).toBe(response);
    expect(await res.json()).toEqual({ data: { liveStats: { currentOnlineCount: 5 } } }); // body still readable
    await tick();
    // Handed over as the response's text: the isolated side parses it (bridge.ts).
    expect(seen).toEqual([
      [
        'https://channels.weixin.qq.com/cgi-bin/mmfinderassistant-bin/live/get_live_info',
        '{"data":{"liveStats":{"currentOnlineCount":5}}}',
        true,
      ],
    ]);
    const x = new win.XMLHttpRequest();
    x.open('POST', '/cgi-bin/mmfinderassistant-bin/live/check_live_status');
    x.send();
    expect(seen.at(-1)?.slice(1)).toEqual(['{"data":{"liveObjectId":"9"}}', true]);
  });

  it('does not touch unrelated calls', async () => {
    const { win, response } = fakeWindow('{"a":1}');
    const seen: unknown[] = [];
    installTap(win, isTapped, (u) => seen.push(u));
    await win.fetch('/cgi-bin/mmfinderassistant-bin/helper/hello');
    await win.fetch('https://res.wx.qq.com/a.js');
    await tick();
    expect(seen).toEqual([]);
    expect(response.bodyUsed).toBe(false);
  });

  it('a page that replaces Response/JSON functions after install cannot forge a body', async () => {
    const real = '{"data":{"liveStats":{"currentOnlineCount":5}}}';
    const { win } = fakeWindow(real);
    const seen: unknown[] = [];
    installTap(win, isTapped, (_u, b) => seen.push(b));
    const proto = Response.prototype;
    const saved = { text: proto.text, clone: proto.clone, json: proto.json, parse: JSON.parse };
    const forged = '{"data":{"liveStats":{"currentOnlineCount":99999}}}';
    proto.text = async () => forged;
    proto.clone = function (this: Response) {
      return new Response(forged);
    };
    proto.json = async () => JSON.parse(forged);
    JSON.parse = () => ({ data: { liveStats: { currentOnlineCount: 99999 } } });
    try {
      await win.fetch('/cgi-bin/mmfinderassistant-bin/live/get_live_info');
      await tick();
    } finally {
      Object.assign(proto, { text: saved.text, clone: saved.clone, json: saved.json });
      JSON.parse = saved.parse;
    }
    expect(seen).toEqual([real]);
  });

  it('an XHR getter replaced after install is not used', async () => {
    class GetterXhr extends EventTarget {
      get responseType() {
        return '';
      }
      get responseText() {
        return '{"data":{"liveObjectId":"9"}}';
      }
      get status() {
        return 200;
      }
      open(_m: string, _u: string) {}
      send() {
        this.dispatchEvent(new Event('load'));
      }
    }
    const win = {
      fetch: async () => new Response('{}'),
      XMLHttpRequest: GetterXhr as unknown as typeof XMLHttpRequest,
      location: { href: 'https://channels.weixin.qq.com/platform/live/liveBuild' },
    } as unknown as TapWindow;
    const seen: unknown[] = [];
    installTap(win, isTapped, (_u, b) => seen.push(b));
    Object.defineProperty(GetterXhr.prototype, 'responseText', {
      get: () => '{"data":{"liveObjectId":"forged"}}',
    });
    const x = new win.XMLHttpRequest();
    x.open('POST', '/cgi-bin/mmfinderassistant-bin/live/check_live_status');
    x.send();
    expect(seen).toEqual(['{"data":{"liveObjectId":"9"}}']);
  });

  it('hands over nothing larger than MAX_TAP_CHARS', async () => {
    const pad = ' '.repeat(MAX_TAP_CHARS);
    const { win } = fakeWindow(`{"data":{"liveStats":{"currentOnlineCount":5}}}${pad}`);
    const seen: unknown[] = [];
    installTap(win, isTapped, (_u, b) => seen.push(b));
    await win.fetch('/cgi-bin/mmfinderassistant-bin/live/get_live_info');
    await tick();
    expect(seen).toEqual([]);
    const ok = fakeWindow(`{"a":1}${' '.repeat(MAX_TAP_CHARS - 7)}`);
    installTap(ok.win, isTapped, (_u, b) => seen.push(b));
    await ok.win.fetch('/cgi-bin/mmfinderassistant-bin/live/get_live_info');
    await tick();
    expect(seen).toEqual([`{"a":1}${' '.repeat(MAX_TAP_CHARS - 7)}`]);
  });

  it('the raw pre-filter: an unwanted URL is neither resolved nor read', async () => {
    const { win, response } = fakeWindow('{"a":1}');
    const raws: string[] = [];
    const resolved: string[] = [];
    const filter = {
      maybe: (raw: string) => (raws.push(raw), mayBeTapped(raw)),
      wanted: (url: string) => (resolved.push(url), isTapped(url)),
    };
    const seen: unknown[] = [];
    installTap(win, filter, (u) => seen.push(u));
    await win.fetch('https://res.wx.qq.com/a.js');
    await win.fetch('/cgi-bin/mmfinderassistant-bin/live/get_live_info');
    await tick();
    expect(raws).toEqual([
      'https://res.wx.qq.com/a.js',
      '/cgi-bin/mmfinderassistant-bin/live/get_live_info',
    ]);
    expect(resolved).toEqual([
      'https://channels.weixin.qq.com/cgi-bin/mmfinderassistant-bin/live/get_live_info',
    ]);
    expect(seen).toHaveLength(1);
    expect(response.bodyUsed).toBe(false);
    expect(mayBeTapped('/liveRealTimeGeneralData/generalData?liveId=1')).toBe(true);
    expect(mayBeTapped('/static/app.js')).toBe(false);
  });

  it('a JSON-typed XHR hands over the browser-parsed value, not text', () => {
    class JsonXhr extends EventTarget {
      responseType = 'json';
      response = { data: { liveObjectId: '9' } };
      status = 200;
      open(_m: string, _u: string) {}
      send() {
        this.dispatchEvent(new Event('load'));
      }
    }
    const win = {
      fetch: async () => new Response('{}'),
      XMLHttpRequest: JsonXhr as unknown as typeof XMLHttpRequest,
      location: { href: 'https://channels.weixin.qq.com/platform/live/liveBuild' },
    } as unknown as TapWindow;
    const seen: [unknown, boolean][] = [];
    installTap(win, TAP_FILTER, (_u, b, text) => seen.push([b, text]));
    const x = new win.XMLHttpRequest();
    x.open('POST', '/cgi-bin/mmfinderassistant-bin/live/check_live_status');
    x.send();
    expect(seen).toEqual([[{ data: { liveObjectId: '9' } }, false]]);
  });

  it('URL patterns', () => {
    expect(isTapped('https://drlives.jd.com/liveRealTimeGeneralData/generalData?liveId=1')).toBe(
      true,
    );
    expect(
      isTapped(
        'https://channels.weixin.qq.com/micro/statistic/cgi-bin/mmfinderassistant-bin/statistic/get_live_ec_data_summary',
      ),
    ).toBe(true);
    expect(isTapped('https://drlives.jd.com/other')).toBe(false);
  });
});
