// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  alibabaAccount,
  alibabaFacts,
  alibabaWorkbench,
} from '../../../src/platforms/alibaba/adapters';
import { adapterFor } from '../../../src/capture/adapters';
import { readLabels } from '../../../src/capture/dom-reader';
import { createRunner } from '../../../src/capture/runner';
import type { SendFn } from '../../../src/capture/sender';
import { ShopFactsObservationSchema } from '../../../src/messaging';
import { workbenchHtml } from '../../fixtures/alibaba/pages';
import { ALIBABA_DEFAULT } from '../../fixtures/sim/values';
import { docOf, values } from './helpers';

describe('1688 adapter', () => {
  it('reads shop facts and 30-day figures by label', () => {
    const doc = docOf(workbenchHtml(ALIBABA_DEFAULT));
    expect(values(readLabels(doc.body, alibabaWorkbench.labels))).toEqual({
      medal: 3,
      bsrDesc: 4.8,
      bsrShip: 4.5,
      liveCount: 12,
      buyers30: 56,
      fans: 1234,
    });
    expect(alibabaAccount(doc)).toEqual({
      accountId: 'b2b-2213356789a1b2c',
      accountName: '义乌市星禾日用品有限公司',
    });
  });

  it('changed layout reads nothing (health will list every expected fact)', () => {
    const doc = docOf(workbenchHtml({ ...ALIBABA_DEFAULT, variant: 'changed' }));
    expect(values(readLabels(doc.body, alibabaWorkbench.labels))).toEqual({});
  });

  it('turns the readings into shopFacts: 30-day 直播场次/买家数 become sessions30/buyers30', () => {
    const doc = docOf(workbenchHtml({ ...ALIBABA_DEFAULT, liveCount: 23, buyers30d: 14200 }));
    const facts = alibabaFacts(
      readLabels(doc.body, alibabaWorkbench.labels),
      { accountId: 'b2b-1', accountName: '星禾' },
      '2026-03-10T13:00:00.000Z',
    );
    expect(facts).toEqual({
      platform: 'alibaba',
      accountId: 'b2b-1',
      accountName: '星禾',
      observedAt: '2026-03-10T13:00:00.000Z',
      medal: 3,
      bsrDesc: 4.8,
      bsrShip: 4.5,
      fans: 1234,
      sessions30: 23,
      buyers30: 14200,
    });
    expect(ShopFactsObservationSchema.parse(facts)).toEqual(facts);
    expect(alibabaFacts(new Map(), { accountId: 'b2b-1' }, '2026-03-10T13:00:00.000Z')).toBeNull();
  });

  it('the runner sends the facts once, with the account name, and again only when they change', async () => {
    const sent: { type: string; payload: unknown }[] = [];
    const send: SendFn = async (type, payload) => {
      sent.push({ type, payload });
      return { ok: true };
    };
    let t = Date.parse('2026-03-10T13:00:00Z');
    const timers: (() => void)[] = [];
    const doc = docOf(workbenchHtml(ALIBABA_DEFAULT));
    const r = createRunner({
      adapter: alibabaWorkbench,
      doc,
      url: new URL('https://work.1688.com/home/page/index.htm'),
      send,
      pageInstanceId: 'p1',
      now: () => t,
      setTimer: (fn) => void timers.push(fn),
    });
    const step = async () => {
      r.onDom();
      t += 1000;
      while (timers.length) timers.shift()?.();
      await new Promise((res) => setTimeout(res, 0));
    };
    await step();
    await step();
    const facts = () => sent.filter((s) => s.type === 'shopFacts').map((s) => s.payload);
    expect(facts()).toEqual([
      expect.objectContaining({
        accountId: 'b2b-2213356789a1b2c',
        accountName: '义乌市星禾日用品有限公司',
        sessions30: 12,
        buyers30: 56,
        fans: 1234,
      }),
    ]);
    doc.querySelector('[class*="data-panel-module__value"]')!.textContent = '13场';
    await step();
    expect(facts().map((f) => (f as { sessions30: number }).sessions30)).toEqual([12, 13]);
    expect(sent.some((s) => s.type === 'observe')).toBe(false);
  });

  it('a live section on the workbench (本场观看 / 本场买家, table layout) is sent as the live session, facts apart', async () => {
    const sent: { type: string; payload: unknown }[] = [];
    const send: SendFn = async (type, payload) => {
      sent.push({ type, payload });
      return type === 'observe'
        ? { acked: (payload as { observations: { id: string }[] }).observations.map((o) => o.id) }
        : { ok: true };
    };
    let t = Date.parse('2026-03-10T13:00:00Z');
    const timers: (() => void)[] = [];
    const html =
      '<html><body><span class="company-name___x1">义乌市星禾日用品有限公司</span>' +
      '<span class="member-id___q">b2b-2213356789a1b2c</span>' +
      '<table><thead><tr><th>近30天直播场次累计</th><th>近30天直播间买家数</th><th>粉丝数</th></tr></thead>' +
      '<tbody><tr><td>12</td><td>2,513</td><td>1.2万</td></tr></tbody></table>' +
      '<table><thead><tr><th>本场观看</th><th>本场买家</th><th>直播时长</th></tr></thead>' +
      '<tbody><tr><td>3,456</td><td>78</td><td>01:30:00</td></tr></tbody></table></body></html>';
    const r = createRunner({
      adapter: alibabaWorkbench,
      doc: docOf(html),
      url: new URL('https://work.1688.com/home/page/index.htm'),
      send,
      pageInstanceId: 'p1',
      now: () => t,
      setTimer: (fn) => void timers.push(fn),
    });
    r.onDom();
    t += 11_000; // past the session grace: no live id on this page, the duration gives the start
    while (timers.length) timers.shift()?.();
    await new Promise((res) => setTimeout(res, 0));
    const obs = sent
      .filter((x) => x.type === 'observe')
      .flatMap(
        (x) =>
          (x.payload as { observations: { metrics: object; sessionStart?: string }[] })
            .observations,
      );
    expect(obs.at(-1)?.metrics).toEqual({
      dau: { value: 3456, source: 'dom' },
      buyers: { value: 78, source: 'dom' },
      durationSec: { value: 5400, source: 'dom' },
    });
    expect(obs.at(-1)?.sessionStart).toBe('2026-03-10T11:30:00.000Z');
    const facts = sent.filter((x) => x.type === 'shopFacts').map((x) => x.payload);
    expect(facts.at(-1)).toMatchObject({ sessions30: 12, buyers30: 2513, fans: 12000 });
  });

  it('does not read the public viewer room', () => {
    expect(
      adapterFor('alibaba', new URL('https://live.1688.com/zb/play.html?userId=1&feedId=2')),
    ).toBeUndefined();
    expect(adapterFor('alibaba', new URL('https://work.1688.com/home/page/index.htm'))?.id).toBe(
      'alibaba.workbench',
    );
  });
});
