// @vitest-environment happy-dom
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LabelSpec } from '../../../src/capture/adapter';
import { ALIBABA_LABELS, ALIBABA_LIVE_LABELS } from '../../../src/platforms/alibaba/labels';
import { CHANNELS_LIVE_LABELS } from '../../../src/platforms/channels/labels';
import { JD_BIGSCREEN_LABELS } from '../../../src/platforms/jd/labels';
import { readLabels } from '../../../src/capture/dom-reader';
import { matchLabel, normalizeLabel } from '../../../src/capture/labels';
import { docOf, values } from './helpers';

/**
 * The label→value finder on hand-written page snippets shaped like the real consoles
 * (CONSOLES.md): hashed classes, split units, tables, dl, antd statistics, inline text.
 * Expected values are in stored units: money in fen, durations in seconds, counts.
 */
const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/snippets');
const snippet = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const read = (name: string, specs: readonly LabelSpec[]) =>
  values(readLabels(docOf(snippet(name)).body, specs));

const CASES: [string, readonly LabelSpec[], Record<string, number>][] = [
  [
    'jd-cards-split-unit.html',
    JD_BIGSCREEN_LABELS,
    {
      online: 1234,
      dau: 48900, // 4.89<span>万</span>
      gmvFen: 1516840, // ¥<span>15,168</span>.<span>40</span>, label with a tooltip icon
      buyers: 87, // 成交人数：
      orders: 95,
      durationSec: 9015, // 已播 02:30:15
    },
  ],
  [
    'antd-statistic.html',
    CHANNELS_LIVE_LABELS,
    { gmvFen: 1516840, dau: 4821, online: 356, durationSec: 15150 },
  ],
  [
    'table-history.html',
    CHANNELS_LIVE_LABELS,
    { dau: 3902, gmvFen: 1876500, buyers: 198, orders: 221 },
  ],
  [
    'antd-table-fixed-header.html',
    JD_BIGSCREEN_LABELS,
    { dau: 15200, gmvFen: 1234567, orders: 95, durationSec: 9000 },
  ],
  ['aria-grid.html', JD_BIGSCREEN_LABELS, { online: 2046, gmvFen: 9870000 }],
  ['dl-seed-labels.html', ALIBABA_LABELS, { liveCount: 23, buyers30: 14200, fans: 12345 }],
  [
    'inline-bold-row.html',
    ALIBABA_LIVE_LABELS,
    { dau: 12000, buyers: 88, gmvFen: 345670, durationSec: 4860 },
  ],
  [
    'workbench-seed-cards.html',
    ALIBABA_LABELS,
    { liveCount: 12, buyers30: 56, medal: 3, bsrDesc: 4.8, bsrShip: 4.5 },
  ],
  ['prefix-cards.html', CHANNELS_LIVE_LABELS, { gmvFen: 100000, online: 356, dau: 4821 }],
  ['placeholders.html', CHANNELS_LIVE_LABELS, { dau: 356 }],
  ['value-above-label.html', CHANNELS_LIVE_LABELS, { dau: 15200, gmvFen: 2350000, buyers: 280 }],
  [
    'key-value-table.html',
    CHANNELS_LIVE_LABELS,
    { gmvFen: 1230000, orders: 312, durationSec: 15120 },
  ],
  [
    'inline-same-text.html',
    ALIBABA_LABELS,
    { medal: 4, fans: 12000, bsrDesc: 4.8, bsrShip: 4.5, liveCount: 9 },
  ],
];

describe('label→value finder on saved page snippets', () => {
  it.each(CASES)('%s', (name, specs, want) => expect(read(name, specs)).toEqual(want));

  it('covers every snippet on disk, at least 12 shapes', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.html'));
    expect(files.sort()).toEqual(CASES.map(([n]) => n).sort());
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it('keeps the printed resolution and the text it read', () => {
    const m = readLabels(docOf(snippet('jd-cards-split-unit.html')).body, JD_BIGSCREEN_LABELS);
    expect(m.get('dau')).toEqual({ key: 'dau', value: 48900, step: 100, raw: '4.89万' });
    expect(m.get('gmvFen')).toEqual({ key: 'gmvFen', value: 1516840, step: 1, raw: '¥15,168.40' });
  });

  it('does not depend on class names: the same pages re-hashed read the same', () => {
    for (const [name, specs, want] of CASES) {
      const html = snippet(name).replace(/(___|--)[A-Za-z0-9]+/g, '___Zz9');
      expect(values(readLabels(docOf(html).body, specs)), name).toEqual(want);
    }
  });

  it('reads a table column from the first body row, not a later one', () => {
    const html = snippet('table-history.html').replace('<td>3,902</td>', '<td>--</td>');
    expect(values(readLabels(docOf(html).body, CHANNELS_LIVE_LABELS))).toEqual({
      gmvFen: 1876500,
      buyers: 198,
      orders: 221,
    });
  });

  it('a placeholder value stays unread and never lends its label the next card', () => {
    const html = snippet('value-above-label.html').replace('>280<', '>--<');
    expect(read('placeholders.html', CHANNELS_LIVE_LABELS)).not.toHaveProperty('gmvFen');
    expect(values(readLabels(docOf(html).body, CHANNELS_LIVE_LABELS))).toEqual({
      dau: 15200,
      gmvFen: 2350000,
    });
  });
});

describe('label matching', () => {
  const m = (raw: string, specs: readonly LabelSpec[] = ALIBABA_LABELS) => {
    const r = matchLabel(raw, specs);
    return r && { key: r.spec.key, inline: r.inline, hint: r.hint };
  };

  it('accepts an entry with qualifiers around it, in the seed’s long wording', () => {
    expect(m('近30天直播场次累计')).toEqual({ key: 'liveCount', inline: null, hint: undefined });
    expect(m('近30天直播间买家数：')?.key).toBe('buyers30');
    expect(m('累计观看人数(人)', CHANNELS_LIVE_LABELS)?.key).toBe('dau');
    expect(m('本场成交金额（元）', ALIBABA_LIVE_LABELS)).toEqual({
      key: 'gmvFen',
      inline: null,
      hint: 'yuan',
    });
    expect(m('gmv', CHANNELS_LIVE_LABELS)?.key).toBe('gmvFen');
  });

  it('refuses other figures that merely contain an entry', () => {
    expect(m('待发货')).toBeNull();
    expect(m('成交金额占比', CHANNELS_LIVE_LABELS)).toBeNull();
    expect(m('平均在线人数', CHANNELS_LIVE_LABELS)).toBeNull();
    expect(m('近7天成交金额', CHANNELS_LIVE_LABELS)).toBeNull();
    expect(m('粉丝团')).toBeNull();
  });

  it('prefers the longest entry and splits an inline value off', () => {
    expect(matchLabel('近30天直播间买家数', ALIBABA_LABELS)?.score).toBe(21);
    expect(matchLabel('买家数', ALIBABA_LABELS)?.score).toBe(7);
    expect(m('交易勋章-3级')).toEqual({ key: 'medal', inline: '3级', hint: undefined });
    expect(m('成交金额(万元)：1.5', CHANNELS_LIVE_LABELS)).toEqual({
      key: 'gmvFen',
      inline: '1.5',
      hint: 'wanYuan',
    });
  });

  it('normalises colons, clauses, unit suffixes and case', () => {
    expect(normalizeLabel(' 成交金额（万元）： ')).toEqual({ text: '成交金额', hint: 'wanYuan' });
    expect(normalizeLabel('人，本场成交金额')).toEqual({ text: '本场成交金额' });
    expect(normalizeLabel('人 · 本场买家：')).toEqual({ text: '本场买家' });
    expect(normalizeLabel('场, 近30天直播间买家数')).toEqual({ text: '近30天直播间买家数' });
    expect(normalizeLabel('直播时长(min)')).toEqual({ text: '直播时长', hint: 'minutes' });
    expect(normalizeLabel('¥1，234')).toEqual({ text: '¥1，234' });
  });
});
