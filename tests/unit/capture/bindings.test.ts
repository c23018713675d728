// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  kindOf,
  makeLocator,
  readBindings,
  resolveLocator,
  stableClass,
  type Binding,
  type Locator,
} from '../../../src/capture/bindings';

const mem: Record<string, unknown> = {};
vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (k: string) => (k in mem ? { [k]: structuredClone(mem[k]) } : {}),
        set: async (o: Record<string, unknown>) => void Object.assign(mem, structuredClone(o)),
      },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
  },
}));
const store = await import('../../../src/capture/binding-store');

/** A card grid whose CSS-module hash suffix and card order vary between "releases". */
function cards(hash: string, order: string[], values: Record<string, string>): string {
  const card = (label: string) =>
    `<div class="card___${hash}"><div class="card-title___${hash}">${label}</div>` +
    `<div class="card-index-value___${hash}"><span>${values[label]}</span></div>` +
    `<div class="cmp___${hash}">较昨日 +12%</div></div>`;
  return `<div class="grid___${hash}">${order.map(card).join('')}</div>`;
}
const LABELS = ['成交金额(元)', '访问人数', '直播时长'];

function bind(metric: Binding['metric'], el: Element): Binding {
  const locator = makeLocator(el);
  if (!locator) throw new Error('no locator');
  return {
    metric,
    kind: kindOf(metric),
    locator,
    sample: el.textContent ?? '',
    createdAt: '2025-05-01T10:00:00+08:00',
  };
}
const valueOf = (label: string): Element =>
  [...document.querySelectorAll('[class^=card-title]')]
    .find((e) => e.textContent === label)!
    .nextElementSibling!.querySelector('span')!;

describe('点选 locator', () => {
  beforeEach(() => {
    document.body.innerHTML = cards('3xYz1', LABELS, {
      '成交金额(元)': '15,168.40',
      访问人数: '1.52万',
      直播时长: '04:12:30',
    });
  });

  it('reduces hashed classes to their stable prefix', () => {
    expect(stableClass('card-index-value___3xYz1')).toBe('card-index-value');
    expect(stableClass('_card_1x2y3_12')).toBe('card');
    expect(stableClass('index_card__2kqL1')).toBe('index_card');
    expect(stableClass('ant-statistic-content-value')).toBe('ant-statistic-content-value');
    expect(stableClass('css-1x2y3z')).toBeNull();
  });

  it('is label text plus structure, never a full hashed class name', () => {
    const loc = makeLocator(valueOf('成交金额(元)'));
    expect(loc).toEqual({
      label: '成交金额',
      hint: 'yuan',
      up: 1,
      path: [
        { tag: 'div', nth: 1, cls: 'card-index-value' },
        { tag: 'span', nth: 0 },
      ],
    } satisfies Locator);
    expect(JSON.stringify(loc)).not.toContain('3xYz1');
  });

  it('survives a re-render with new hash suffixes and re-ordered cards, following the value', () => {
    const list = [
      bind('gmvFen', valueOf('成交金额(元)')),
      bind('dau', valueOf('访问人数')),
      bind('durationSec', valueOf('直播时长')),
    ];
    expect(
      Object.fromEntries([...readBindings(document, list)].map(([k, r]) => [k, r.value])),
    ).toEqual({ gmvFen: 1_516_840, dau: 15_200, durationSec: 15_150 });
    document.body.innerHTML = cards('Kq9Lm', ['直播时长', '新卡片', '访问人数', '成交金额(元)'], {
      '成交金额(元)': '¥16,002.05',
      新卡片: '77',
      访问人数: '1,534',
      直播时长: '4小时13分',
    });
    const read = readBindings(document, list);
    expect([...read.values()]).toEqual([
      { key: 'gmvFen', value: 1_600_205, step: 1, raw: '¥16,002.05' },
      { key: 'dau', value: 1534, step: 1, raw: '1,534' },
      { key: 'durationSec', value: 15_180, step: 60, raw: '4小时13分' },
    ]);
  });

  it('resolves to null, not another number, when the label is gone', () => {
    const b = bind('gmvFen', valueOf('成交金额(元)'));
    document.body.innerHTML = cards('Zz1Yy', ['访问人数', '直播时长'], {
      访问人数: '1,534',
      直播时长: '04:13:00',
    });
    expect(resolveLocator(document, b.locator)).toBeNull();
    expect(readBindings(document, [b]).size).toBe(0);
  });

  it('an unparseable value is no reading (never 0)', () => {
    const b = bind('gmvFen', valueOf('成交金额(元)'));
    valueOf('成交金额(元)').textContent = '--';
    expect(readBindings(document, [b]).has('gmvFen')).toBe(false);
  });

  it('a table cell is bound by its column header and row, whatever the column order', () => {
    const table = (cols: string[], row: Record<string, string>) =>
      `<table><thead><tr>${cols.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>` +
      `<tr>${cols.map((c) => `<td><b>${row[c]}</b></td>`).join('')}</tr></tbody></table>`;
    document.body.innerHTML = table(['场次', '本场观看', '本场买家'], {
      场次: '5月1日',
      本场观看: '2,311',
      本场买家: '48',
    });
    const b = bind('buyers', document.querySelectorAll('td b')[2]!);
    expect(b.locator).toMatchObject({ label: '本场买家', row: 0 });
    document.body.innerHTML = table(['本场买家', '场次', '本场观看'], {
      场次: '5月1日',
      本场观看: '2,400',
      本场买家: '51',
    });
    expect(readBindings(document, [b]).get('buyers')?.value).toBe(51);
  });
});

describe('binding store', () => {
  const good = (metric: string, sample: string) => ({
    metric,
    kind: 'count',
    locator: { label: '访问人数', up: 0, path: [{ tag: 'div', nth: 1 }] },
    sample,
    createdAt: '2025-05-01T10:00:00+08:00',
  });

  it('drops malformed entries and keeps the valid ones beside them', () => {
    const got = store.validBindings({
      'jd.bigScreen': [
        good('dau', '1,534'),
        { metric: 'gmvFen' },
        { ...good('buyers', '3'), kind: 'percent' },
        { ...good('orders', '3'), locator: { label: 'x', up: -1, path: [] } },
        {
          ...good('online', '3'),
          locator: { label: 'x', up: 0, path: [{ tag: '<img>', nth: 0 }] },
        },
        good('fans', '1.2万'),
      ],
      'channels.liveBuild': 'not a list',
      '': [good('dau', '1')],
    });
    expect(Object.keys(got)).toEqual(['jd.bigScreen']);
    expect(got['jd.bigScreen']!.map((b) => [b.metric, b.sample])).toEqual([
      ['dau', '1,534'],
      ['fans', '1.2万'],
    ]);
    expect(store.validBindings('garbage')).toEqual({});
  });

  it('saves per page kind, replaces a metric bound again, removes one', async () => {
    mem[store.BINDINGS_KEY] = { 'jd.bigScreen': [good('dau', '1'), { broken: true }] };
    await store.saveBinding('jd.bigScreen', good('gmvFen', '¥1') as Binding);
    await store.saveBinding('jd.bigScreen', good('dau', '2') as Binding);
    await store.saveBinding('channels.liveBuild', good('dau', '9') as Binding);
    expect((await store.loadBindings('jd.bigScreen')).map((b) => [b.metric, b.sample])).toEqual([
      ['gmvFen', '¥1'],
      ['dau', '2'],
    ]);
    await store.removeBinding('jd.bigScreen', 'gmvFen');
    await store.removeBinding('channels.liveBuild', 'dau');
    expect(await store.loadAllBindings()).toEqual({ 'jd.bigScreen': [good('dau', '2')] });
  });
});
