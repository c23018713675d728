import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MessageType } from '../../../src/messaging';
import { protocol } from '../../../src/messaging';

type Listener = (raw: unknown, sender: Sender) => unknown;
interface Sender {
  id?: string;
  url?: string;
  tab?: { id: number; url?: string };
}
const ORIGIN = 'chrome-extension://livepace-id/';
let listener: Listener | null = null;
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      id: 'livepace-id',
      getURL: (p: string) => `chrome-extension://livepace-id${p}`,
      onMessage: { addListener: (l: Listener) => void (listener = l) },
    },
  },
}));
const { listen } = await import('../../../src/messaging/listen');
const { CONTENT_SCRIPT_TYPES } = await import('../../../src/messaging/authorise');

const at = '2026-03-02T12:00:00+08:00';
const acc = { platform: 'jd', accountId: 'shop1' } as const;
/** One valid payload per message type; a new type without a sample fails the first test. */
const SAMPLES: Record<string, Record<string, unknown>> = {
  observe: {
    observations: [
      { id: 't:1', ...acc, scope: 'session', observedAt: at, page: 'jd.bigScreen', metrics: {} },
    ],
  },
  backfill: { ...acc, observedAt: at, page: 'jd.list', sessions: [] },
  health: { ...acc, page: 'jd.bigScreen', at, read: [], missing: [] },
  shopFacts: { platform: 'alibaba', accountId: 'shop1', observedAt: at, medal: 2 },
  view: { platform: 'jd' },
  saveAccountSettings: { account: acc, settings: {} },
  renameAccount: { account: acc, displayName: '小店' },
  hideAccount: { account: acc, hidden: true },
  deleteAccount: { account: acc },
  confirmAccount: { account: acc },
  mergeAccount: { from: acc, into: { platform: 'jd', accountId: 'shop2' } },
  manualEntry: { ...acc, kind: 'day', key: '2026-03-01', metrics: { orders: 3 } },
  exportHistory: { format: 'json' },
  importDryRun: { text: '{}' },
  importApply: { text: '{}' },
  getSettings: {},
  patchGlobalSettings: { language: 'en' },
  setBadgeDisabled: { platform: 'jd', disabled: true },
  retentionPreview: { retentionDays: 90 },
  applyRetention: { retentionDays: null },
  historyOf: { account: acc },
  review: { account: acc, sessionId: 'live-1' },
  clearDemo: {},
  storageEstimate: {},
  badgeStrings: { lang: 'zh' },
  syncGet: {},
  syncSet: { url: 'https://couch.example.com', db: 'team', machineName: '直播间 A' },
  syncNow: {},
  teamView: {},
  syncForget: { remote: false },
};
/** One invalid payload per type: an unknown field (every request schema is strict). */
const invalid = (t: string) => ({ ...SAMPLES[t], smuggled: 1 });

const TYPES = Object.keys(protocol) as MessageType[];
const popup: Sender = { id: 'livepace-id', url: `${ORIGIN}popup.html` };
const optionsTab: Sender = {
  id: 'livepace-id',
  url: `${ORIGIN}options.html`,
  tab: { id: 3, url: `${ORIGIN}options.html` },
};
const jdTab: Sender = {
  id: 'livepace-id',
  url: 'https://jlive.jd.com/bigScreen?id=1',
  tab: { id: 7, url: 'https://jlive.jd.com/bigScreen?id=1' },
};
const alibabaTab: Sender = {
  id: 'livepace-id',
  url: 'https://work.1688.com/home',
  tab: { id: 8, url: 'https://work.1688.com/home' },
};

const calls: Array<[string, unknown]> = [];
beforeEach(() => {
  calls.length = 0;
  const handlers = Object.fromEntries(
    TYPES.map((t) => [t, (p: unknown) => (calls.push([t, p]), { handled: t })]),
  );
  listen(handlers);
});
const send = (type: string, payload: unknown, sender: Sender) =>
  listener?.({ type, payload }, sender) as Promise<unknown> | undefined;

describe('the listener validates every message type', () => {
  it('has a sample for every type of the protocol', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...TYPES].sort());
  });

  it.each(TYPES)('%s: valid from an extension page is handled, invalid is refused', async (t) => {
    expect(await send(t, SAMPLES[t], popup)).toEqual({ handled: t });
    expect(await send(t, SAMPLES[t], optionsTab)).toEqual({ handled: t });
    const bad = (await send(t, invalid(t), popup)) as { error: string };
    expect(bad.error).toMatch(new RegExp(`^invalid ${t}: `));
    expect(calls.map(([c]) => c)).toEqual([t, t]);
  });
});

describe('the listener authorises by sender', () => {
  const allowed = [
    'observe',
    'backfill',
    'health',
    'shopFacts',
    'view',
    'getSettings',
    'setBadgeDisabled',
    'badgeStrings',
  ];
  it('content scripts may send exactly these types', () => {
    expect([...CONTENT_SCRIPT_TYPES].sort()).toEqual([...allowed].sort());
  });

  it.each(TYPES)('%s from a console content script', async (t) => {
    const tab = t === 'shopFacts' ? alibabaTab : jdTab;
    const reply = await send(t, SAMPLES[t], tab);
    if (allowed.includes(t)) {
      expect(reply).toEqual({ handled: t });
      expect(calls).toHaveLength(1);
    } else {
      expect(reply).toEqual({ error: `refused ${t}: not allowed from a content script` });
      expect(calls).toEqual([]);
    }
  });

  it.each(['backfill', 'health', 'view', 'setBadgeDisabled'])(
    '%s for another platform than the page is refused',
    async (t) => {
      const reply = await send(t, { ...SAMPLES[t], platform: 'channels' }, jdTab);
      expect(reply).toEqual({ error: `refused ${t}: platform channels is not this page's (jd)` });
      expect(calls).toEqual([]);
    },
  );

  it('shopFacts from a JD page and view without a platform are refused', async () => {
    expect(await send('shopFacts', SAMPLES.shopFacts, jdTab)).toEqual({
      error: "refused shopFacts: platform alibaba is not this page's (jd)",
    });
    expect(await send('view', {}, jdTab)).toEqual({
      error: "refused view: platform undefined is not this page's (jd)",
    });
    expect(calls).toEqual([]);
  });

  it.each([
    ['another site', { id: 'livepace-id', url: 'https://evil.example/', tab: { id: 1 } }],
    [
      'a look-alike host',
      { id: 'livepace-id', url: 'https://jlive.jd.com.evil.cn/', tab: { id: 1 } },
    ],
    ['plain http', { id: 'livepace-id', url: 'http://jlive.jd.com/', tab: { id: 1 } }],
    [
      'an extension url inside a web tab',
      { ...popup, tab: { id: 2, url: 'https://evil.example/' } },
    ],
    ['no url', { id: 'livepace-id' }],
  ])('nothing is accepted from %s', async (_, sender) => {
    expect(await send('getSettings', {}, sender)).toEqual({
      error: 'refused getSettings: sender is neither an extension page nor a console',
    });
    expect(calls).toEqual([]);
  });

  it('another extension gets no reply at all', () => {
    expect(send('getSettings', {}, { ...popup, id: 'other' })).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('maps each console host to its platform', async () => {
    const { platformOfHost } = await import('../../../src/messaging/authorise');
    expect(
      [
        'jlive.jd.com',
        'channels.weixin.qq.com',
        'work.1688.com',
        '1688.com',
        'x1688.com',
        'jd.com',
      ].map(platformOfHost),
    ).toEqual(['jd', 'channels', 'alibaba', 'alibaba', null, null]);
  });
});
