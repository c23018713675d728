// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { channelsLive } from '../../../src/platforms/channels/adapters';
import { jdBigScreen } from '../../../src/platforms/jd/adapters';
import type { Adapter } from '../../../src/capture/adapter';
import {
  ACCOUNT_GRACE_MS,
  createRunner,
  FULL_READ_MS,
  provisionalId,
} from '../../../src/capture/runner';
import type { SendFn } from '../../../src/capture/sender';
import type { Health, Observation } from '../../../src/messaging';
import * as ch from '../../fixtures/channels/pages';
import { jdBigScreenHtml, jdRealtimeJson } from '../../fixtures/jd/pages';
import { CHANNELS_DEFAULT, JD_DEFAULT } from '../../fixtures/sim/values';
import { docOf } from './helpers';

const T0 = Date.parse('2026-03-10T13:00:00Z');

function harness(adapter: Adapter, html: string, url: string) {
  let t = T0;
  // Timers fire when the fake clock reaches them, like setTimeout would.
  let timers: { fn: () => void; due: number }[] = [];
  const sent: { type: string; payload: unknown }[] = [];
  const send: SendFn = async (type, payload) => {
    sent.push({ type, payload });
    if (type === 'observe')
      return { acked: (payload as { observations: Observation[] }).observations.map((o) => o.id) };
    return { ok: true };
  };
  const doc = docOf(html);
  const r = createRunner({
    adapter,
    doc,
    url: new URL(url),
    send,
    pageInstanceId: 'p1',
    now: () => t,
    setTimer: (fn, ms) => void timers.push({ fn, due: t + ms }),
  });
  return {
    r,
    sent,
    doc,
    advance: async (ms: number) => {
      t += ms;
      for (;;) {
        const due = timers.filter((x) => x.due <= t);
        if (!due.length) break;
        timers = timers.filter((x) => x.due > t);
        for (const x of due) x.fn();
      }
      await new Promise((res) => setTimeout(res, 0));
    },
    tap: (url: string, body: unknown) => r.onTap({ kind: 'json', url, at: t, body }),
    observations: () =>
      sent
        .filter((s) => s.type === 'observe')
        .flatMap((s) => (s.payload as { observations: Observation[] }).observations),
    health: () => sent.filter((s) => s.type === 'health').map((s) => s.payload as Health),
  };
}

const JD_RT = 'https://drlives.jd.com/liveRealTimeGeneralData/generalData?liveId=38821907';
const JD_URL = 'https://jlive.jd.com/bigScreen?id=38821907';

describe('capture runner', () => {
  it('JD: network values win, DOM fills gaps, account and session identified', async () => {
    const h = harness(jdBigScreen, jdBigScreenHtml(JD_DEFAULT, 3000, T0), JD_URL);
    h.tap(JD_RT, jdRealtimeJson(JD_DEFAULT));
    await h.advance(10);
    h.r.onDom();
    await h.advance(1000);
    const last = h.observations().at(-1);
    expect(last).toMatchObject({
      id: 'p1:2',
      platform: 'jd',
      accountId: 'jd_7f3a9c21',
      sessionId: '38821907',
      scope: 'session',
      page: 'jd.bigScreen',
      metrics: {
        online: { value: 1234, source: 'network' },
        dau: { value: 15230, source: 'network' },
        orders: { value: 95, source: 'network' },
        gmvFen: { value: 1234567, source: 'network' },
        buyers: { value: 87, source: 'dom' },
        durationSec: { value: 3600, source: 'dom' }, // header 已播 01:00:00
      },
    });
    expect(h.health().at(-1)?.missing).toEqual([]);
  });

  it('JD session start: the JSON liveStartTime wins over the header 开播时间, which is the fallback', async () => {
    // The header says 20:00 Beijing; the API says the live started at 19:45.
    const api = { ...JD_DEFAULT, startedAt: Date.parse('2026-03-10T11:45:00Z') };
    const h = harness(jdBigScreen, jdBigScreenHtml(JD_DEFAULT, 3000, T0), JD_URL);
    h.r.onDom();
    await h.advance(1000);
    expect(h.observations().at(-1)?.sessionStart).toBe('2026-03-10T12:00:00.000Z');
    h.tap(JD_RT, jdRealtimeJson(api));
    await h.advance(1000);
    expect(h.observations().at(-1)?.sessionStart).toBe('2026-03-10T11:45:00.000Z');
  });

  it('does not resend unchanged readings, and sends at most once per second', async () => {
    const h = harness(jdBigScreen, jdBigScreenHtml(JD_DEFAULT, 3000, T0), JD_URL);
    h.tap(JD_RT, jdRealtimeJson(JD_DEFAULT));
    h.tap(JD_RT, jdRealtimeJson(JD_DEFAULT));
    await h.advance(0);
    for (let i = 0; i < 5; i++) {
      h.tap(JD_RT, jdRealtimeJson(JD_DEFAULT));
      await h.advance(1000);
    }
    expect(h.observations()).toHaveLength(1);
    h.tap(JD_RT, jdRealtimeJson({ ...JD_DEFAULT, online: 2000 }));
    await h.advance(1000);
    expect(h.observations().map((o) => o.metrics.online?.value)).toEqual([1234, 2000]);
  });

  it('changed layout: health lists the missing metrics and nothing is sent as 0', async () => {
    const v = { ...JD_DEFAULT, variant: 'changed' as const };
    const h = harness(jdBigScreen, jdBigScreenHtml(v, 3000, T0), JD_URL);
    h.tap(JD_RT, jdRealtimeJson(v));
    h.r.onDom();
    await h.advance(1000);
    expect(h.health().at(-1)?.missing).toEqual(['online', 'dau', 'buyers', 'gmvFen']);
    expect(h.observations().at(-1)?.metrics).toEqual({ orders: { value: 95, source: 'dom' } });
  });

  it('API and screen disagreeing in two settled comparisons: reported in health, screen wins', async () => {
    const h = harness(
      jdBigScreen,
      jdBigScreenHtml({ ...JD_DEFAULT, dau: 30000 }, 3000, T0),
      JD_URL,
    );
    // A comparison is settled when the next response arrives: three polls settle two.
    for (let i = 0; i < 3; i++) {
      h.tap(JD_RT, jdRealtimeJson(JD_DEFAULT));
      await h.advance(5);
      h.r.onDom();
      await h.advance(1000);
    }
    expect(h.health().at(-1)?.disagreements).toEqual([
      expect.objectContaining({ metric: 'dau', network: 15230, dom: 30000 }),
    ]);
    expect(h.observations().at(-1)?.metrics.dau).toEqual({ value: 30000, source: 'dom' });
  });

  it('DOM passes re-read figures fresh from the network only every FULL_READ_MS; screen-only figures every pass', async () => {
    const h = harness(jdBigScreen, jdBigScreenHtml(JD_DEFAULT, 3000, T0), JD_URL);
    h.tap(JD_RT, jdRealtimeJson(JD_DEFAULT));
    h.r.onDom(); // the first pass reads everything
    expect(h.r.state.dom.get('dau')?.value).toBe(15200); // 1.52万
    expect(h.r.state.dom.get('buyers')?.value).toBe(87);
    // The screen changes; the network keeps answering.
    const next = docOf(jdBigScreenHtml({ ...JD_DEFAULT, dau: 30000, buyers: 99 }, 3000, T0));
    h.doc.body.replaceWith(h.doc.importNode(next.body, true));
    await h.advance(1000);
    h.tap(JD_RT, jdRealtimeJson(JD_DEFAULT));
    h.r.onDom();
    expect(h.r.state.dom.get('buyers')?.value).toBe(99); // DOM-only: read on every pass
    expect(h.r.state.dom.has('dau')).toBe(false); // fresh from the network: not read
    expect(h.observations().at(-1)?.metrics.dau).toEqual({ value: 15230, source: 'network' });
    await h.advance(FULL_READ_MS - 1000);
    h.tap(JD_RT, jdRealtimeJson(JD_DEFAULT));
    h.r.onDom();
    expect(h.r.state.dom.get('dau')?.value).toBe(30000); // the full pass reads it again
  });

  it('screen and network moving together between full passes: no disagreement, network figures sent', async () => {
    const h = harness(jdBigScreen, jdBigScreenHtml(JD_DEFAULT, 3000, T0), JD_URL);
    h.tap(JD_RT, jdRealtimeJson(JD_DEFAULT));
    h.r.onDom();
    await h.advance(1000);
    const moved = { ...JD_DEFAULT, dau: 20000, online: 1500 };
    const next = docOf(jdBigScreenHtml(moved, 3000, T0));
    h.doc.body.replaceWith(h.doc.importNode(next.body, true));
    for (let i = 0; i < 4; i++) {
      h.tap(JD_RT, jdRealtimeJson(moved));
      await h.advance(5);
      h.r.onDom();
      await h.advance(1000);
    }
    expect(h.health().at(-1)?.disagreements ?? []).toEqual([]);
    expect(h.observations().at(-1)?.metrics.dau).toEqual({ value: 20000, source: 'network' });
    expect(h.observations().at(-1)?.metrics.online).toEqual({ value: 1500, source: 'network' });
  });

  it('Channels: learns payedGmv is yuan from the 成交金额 card', async () => {
    localStorage.setItem('finder_username', CHANNELS_DEFAULT.finderUsername);
    const h = harness(
      channelsLive,
      ch.liveBuildHtml(CHANNELS_DEFAULT),
      'https://channels.weixin.qq.com/platform/live/liveBuild',
    );
    const cgi = 'https://channels.weixin.qq.com/cgi-bin/mmfinderassistant-bin/';
    h.tap(`${cgi}live/check_live_status`, ch.liveStatusJson(CHANNELS_DEFAULT));
    h.tap(`${cgi}live/get_live_info`, ch.liveInfoJson({ ...CHANNELS_DEFAULT, gmvFen: 2345600 }));
    await h.advance(5);
    h.r.onDom();
    await h.advance(1000);
    expect(h.r.state.gmvUnit).toBe('yuan');
    h.tap(`${cgi}live/get_live_info`, ch.liveInfoJson({ ...CHANNELS_DEFAULT, gmvFen: 3000000 }));
    await h.advance(1000);
    expect(h.observations().at(-1)).toMatchObject({
      sessionId: '14187263746213345409',
      metrics: {
        gmvFen: { value: 3000000, source: 'network' },
        durationSec: { value: 15150, source: 'network' },
      },
    });
    localStorage.clear();
  });

  it('Channels without a 成交金额 card: payedGmv is not used and health says the unit is unconfirmed', async () => {
    localStorage.setItem('finder_username', 'v2_x@finder');
    const h = harness(
      channelsLive,
      '<html><body><div>直播中</div></body></html>',
      'https://channels.weixin.qq.com/platform/live/liveBuild',
    );
    h.tap(
      'https://channels.weixin.qq.com/cgi-bin/mmfinderassistant-bin/live/get_live_info',
      ch.liveInfoJson(CHANNELS_DEFAULT),
    );
    h.tap(
      'https://channels.weixin.qq.com/cgi-bin/mmfinderassistant-bin/live/check_live_status',
      ch.liveStatusJson(CHANNELS_DEFAULT),
    );
    h.r.onDom();
    await h.advance(1000);
    expect(h.observations().at(-1)?.metrics.gmvFen).toBeUndefined();
    expect(h.health().at(-1)?.missing).toEqual(['gmvFen', 'gmvFen:unit']);
    localStorage.clear();
  });

  it('no account id: nothing during the grace, then a provisional account keyed by the shop name', async () => {
    const html =
      '<html><body><div class="header-index-currentUserName___a1B2c">京选好物旗舰店</div>' +
      '<div>在线人数</div><div>12</div></body></html>';
    const h = harness(jdBigScreen, html, JD_URL);
    h.r.onDom();
    await h.advance(1000);
    expect(h.observations()).toHaveLength(0);
    // Nor a health report that would linger as "account not recognised" once it is known.
    expect(h.health()).toEqual([]);
    // The grace ends on a timer even when the page stays quiet.
    await h.advance(ACCOUNT_GRACE_MS);
    expect(h.observations().at(-1)).toMatchObject({
      accountId: '~shop:京选好物旗舰店',
      accountName: '京选好物旗舰店',
      provisional: true,
      sessionId: '38821907',
      metrics: { online: { value: 12, source: 'dom' } },
    });
    expect(h.health().at(-1)).toMatchObject({
      accountId: '~shop:京选好物旗舰店',
      accountUnknown: true,
    });
    // Later readings of this page keep the same key, even if the header changes.
    h.doc.querySelector('div')!.textContent = '别的名字';
    h.doc.querySelectorAll('div')[2]!.textContent = '15';
    h.r.onDom();
    await h.advance(1000);
    expect(h.observations().at(-1)).toMatchObject({
      accountId: '~shop:京选好物旗舰店',
      metrics: { online: { value: 15 } },
    });
  });

  it('provisional keys: shop name, else host + live id, else host + path', () => {
    const u = new URL('https://jlive.jd.com/bigScreen?id=1');
    expect(provisionalId(u, '店', '1')).toBe('~shop:店');
    expect(provisionalId(u, undefined, '38821907')).toBe('~live:jlive.jd.com:38821907');
    expect(provisionalId(u)).toBe('~page:jlive.jd.com/bigScreen');
    expect(provisionalId(u, 'x'.repeat(300))).toHaveLength(200);
  });

  it('JD newGetAuthorInfo identifies the account over the network when the page shows no pin', async () => {
    const h = harness(
      jdBigScreen,
      '<html><body><div>在线人数</div><div>12</div></body></html>',
      JD_URL,
    );
    h.tap('https://drlives.jd.com/console/homePage/newGetAuthorInfo', {
      success: true,
      code: 0,
      errorMsg: '',
      authorInfo: { name: '京选好物旗舰店', pic: '', pin: 'jd_net_pin' },
    });
    h.r.onDom();
    await h.advance(1000);
    expect(h.observations().at(-1)).toMatchObject({
      accountId: 'jd_net_pin',
      accountName: '京选好物旗舰店',
    });
    expect(h.observations().at(-1)?.provisional).toBeUndefined();
  });

  it('an error envelope is a health state, never zeros; the next good answer clears it', async () => {
    const h = harness(jdBigScreen, jdBigScreenHtml(JD_DEFAULT, 3000, T0), JD_URL);
    h.tap(JD_RT, { success: false, code: '3', errorMsg: '登录失效', data: { onlineCount: 0 } });
    h.r.onDom();
    await h.advance(1000);
    expect(h.health().at(-1)?.apiErrors).toEqual(['3 登录失效']);
    // The failed envelope's data is not read: online comes from the screen, not a network 0.
    expect(h.observations().at(-1)?.metrics.online).toEqual({ value: 1234, source: 'dom' });
    h.tap(JD_RT, jdRealtimeJson(JD_DEFAULT));
    await h.advance(1000);
    expect(h.health().at(-1)?.apiErrors).toBeUndefined();
    expect(h.observations().at(-1)?.metrics.online).toEqual({ value: 1234, source: 'network' });
  });
});

describe('capture runner: a running clock alone is coalesced, never lost', () => {
  const hms = (s: number) =>
    [s / 3600, (s / 60) % 60, s % 60].map((x) => String(Math.floor(x)).padStart(2, '0')).join(':');
  /** Sets the header's 已播 clock, as the page's own timer does every second. */
  const setClock = (doc: Document, sec: number) => {
    const el = [...doc.querySelectorAll('span')].find(
      (s) => s.previousElementSibling?.textContent === '已播',
    );
    if (!el) throw new Error('no 已播 clock in the fixture');
    el.textContent = hms(sec);
  };
  async function ticking(seconds: number, from = 3600) {
    const h = harness(jdBigScreen, jdBigScreenHtml(JD_DEFAULT, 3000, T0), JD_URL);
    h.tap(JD_RT, jdRealtimeJson(JD_DEFAULT));
    setClock(h.doc, from);
    h.r.onDom();
    await h.advance(1000);
    for (let s = 1; s <= seconds; s++) {
      setClock(h.doc, from + s);
      h.r.onDom();
      await h.advance(1000);
    }
    return h;
  }
  const durations = (h: ReturnType<typeof harness>) =>
    h.observations().map((o) => o.metrics.durationSec?.value);

  it('sends no reading per tick; the latest reaches the worker one heartbeat later, though the page went quiet', async () => {
    const h = await ticking(20);
    expect(durations(h)).toEqual([3600]);
    // The clock stops (no more DOM passes): the held-back 3620 is still sent.
    await h.advance(60_000);
    expect(durations(h)).toEqual([3600, 3620]);
    // Nothing more to send afterwards but the usual heartbeat.
    await h.advance(30_000);
    expect(durations(h)).toEqual([3600, 3620]);
  });

  it('any other change goes at once, with the latest duration', async () => {
    const h = await ticking(10);
    h.tap(JD_RT, jdRealtimeJson({ ...JD_DEFAULT, online: 2000 }));
    await h.advance(1000);
    expect(durations(h)).toEqual([3600, 3610]);
    expect(h.observations().at(-1)?.metrics.online?.value).toBe(2000);
  });

  it('a duration entering a new minute goes at once, well before the heartbeat', async () => {
    const h = await ticking(35, 3630);
    expect(durations(h)).toEqual([3630, 3660]);
  });

  it('a final flush (page hidden or left) sends the held-back reading, and only a changed one', async () => {
    const h = await ticking(5);
    await h.r.flush(true);
    expect(durations(h)).toEqual([3600, 3605]);
    await h.r.flush(true);
    expect(durations(h)).toEqual([3600, 3605]);
  });
});
