import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (raw: unknown, sender: object) => unknown;
let listener: Listener | null = null;
let reply: unknown = null;
const sent: unknown[] = [];
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      id: 'livepace-id',
      getURL: (p: string) => `chrome-extension://livepace-id${p}`,
      onMessage: { addListener: (l: Listener) => void (listener = l) },
      sendMessage: async (m: unknown) => (sent.push(m), reply),
    },
  },
}));
const { listen } = await import('../../../src/messaging/listen');
const { call: client } = await import('../../../src/messaging/client');
const { callChecked: send } = await import('../../../src/messaging/checked');

const popup = { id: 'livepace-id', url: 'chrome-extension://livepace-id/popup.html' };
const call = (raw: unknown, sender: object = popup) => listener?.(raw, sender);

beforeEach(() => {
  listen({
    getSettings: () => {
      throw new Error('boom');
    },
    manualEntry: () => ({ ok: true }),
    view: () => ({
      evaluation: { now: '2026-03-02T12:00:00+08:00', packVersions: {}, accounts: [] },
      health: [],
      updatedAt: null,
    }),
  });
});

describe('listener edges', () => {
  it('no reply to what is not an envelope, an unknown type or a type without handler', () => {
    expect(call('hello')).toBeUndefined();
    expect(call({ type: 'nope', payload: {} })).toBeUndefined();
    expect(call({ type: 'clearDemo', payload: {} })).toBeUndefined();
  });

  it('names the nested path of an invalid field', async () => {
    const entry = { platform: 'jd', accountId: 's', kind: 'day', key: '2026-03-01' };
    expect(
      await call({ type: 'manualEntry', payload: { ...entry, metrics: { orders: 'x' } } }),
    ).toEqual({
      error: 'invalid manualEntry: metrics.orders Invalid input: expected number, received string',
    });
  });

  it('a throwing handler answers {error}', async () => {
    expect(await call({ type: 'getSettings', payload: {} })).toEqual({ error: 'boom' });
  });

  it.each([
    ['a tab whose url is unknown', { ...popup, tab: { id: 2 } }],
    ['a console url without a tab', { id: 'livepace-id', url: 'https://jlive.jd.com/' }],
    ['an unparsable url', { id: 'livepace-id', url: 'not a url', tab: { id: 1 } }],
  ])('refuses %s', async (_, sender) => {
    expect(await call({ type: 'view', payload: { platform: 'jd' } }, sender)).toEqual({
      error: 'refused view: sender is neither an extension page nor a console',
    });
  });

  it('a null payload from a console is refused, not a crash', async () => {
    const jd = { id: 'livepace-id', url: 'https://jlive.jd.com/x', tab: { id: 1 } };
    expect(await call({ type: 'view', payload: null }, jd)).toEqual({
      error: "refused view: platform null is not this page's (jd)",
    });
  });
});

const evaluation = { now: '2026-03-02T12:00:00+08:00', packVersions: {}, accounts: [] };

describe('the client', () => {
  it('sends the typed envelope and returns the validated reply', async () => {
    reply = { evaluation, health: [], updatedAt: null };
    expect(await send('view', { platform: 'jd' })).toEqual(reply);
    expect(sent.at(-1)).toEqual({ type: 'view', payload: { platform: 'jd' } });
  });

  it('throws the error of an {error} reply and refuses a malformed reply', async () => {
    reply = { error: 'refused view: nope' };
    await expect(send('view', {})).rejects.toThrow('refused view: nope');
    reply = { evaluation: null };
    await expect(send('view', {})).rejects.toThrow();
    reply = null;
    await expect(send('view', {})).rejects.toThrow();
  });

  it('refuses a view whose evaluation is not one (the reply type is Evaluation)', async () => {
    reply = {
      evaluation: { now: 'x', accounts: [{ platform: 'jd' }] },
      health: [],
      updatedAt: null,
    };
    await expect(send('view', {})).rejects.toThrow('expected an evaluation');
    reply = { evaluation: { ...evaluation, accounts: 'none' }, health: [], updatedAt: null };
    await expect(send('view', {})).rejects.toThrow('expected an evaluation');
  });

  it('without zod (content scripts, badge) it raises the reason of an {error} reply and a missing reply', async () => {
    reply = { error: 'refused observe: not this page' };
    await expect(client('health', {} as never)).rejects.toThrow('refused observe: not this page');
    reply = undefined;
    await expect(client('badgeStrings', { lang: 'zh' })).rejects.toThrow(
      'livepace badgeStrings: no reply',
    );
    reply = { zh: '还差' };
    expect(await client('badgeStrings', { lang: 'zh' })).toEqual({ zh: '还差' });
    expect(sent.at(-1)).toEqual({ type: 'badgeStrings', payload: { lang: 'zh' } });
  });
});
