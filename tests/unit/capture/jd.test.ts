// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  extractCps,
  extractRealtime,
  extractTable,
  jdBigScreen,
  jdShownStart,
} from '../../../src/platforms/jd/adapters';
import { BackfillRows } from '../../../src/capture/backfill';
import { readLabels } from '../../../src/capture/dom-reader';
import { jdBigScreenHtml, jdRealtimeJson, jdTableJson } from '../../fixtures/jd/pages';
import { JD_DEFAULT, JD_HISTORY } from '../../fixtures/sim/values';
import { docOf, values } from './helpers';

// The fixture live started 2026-03-10 20:00 Beijing; the page is rendered 2 h 30 m 15 s later.
const START_ISO = '2026-03-10T12:00:00.000Z';
const NOW = JD_DEFAULT.startedAt + (2 * 3600 + 30 * 60 + 15) * 1000;
const bigScreen = (v = JD_DEFAULT) => docOf(jdBigScreenHtml(v, 3000, NOW));

describe('JD adapter', () => {
  it('reads the bigScreen cards by label despite hashed classes and split units', () => {
    expect(values(readLabels(bigScreen().body, jdBigScreen.labels))).toEqual({
      online: 1234,
      dau: 15200, // shown as 1.52万
      buyers: 87,
      gmvFen: 1234567,
      orders: 95,
      durationSec: 9015, // header 已播 02:30:15
    });
  });

  it('identifies the account from the header, the live from ?id= and its start from 开播时间', () => {
    const doc = bigScreen();
    expect(doc.body.textContent).toContain('开播时间 2026-03-10 20:00:00');
    const id = jdBigScreen.identify(doc, new URL('https://jlive.jd.com/bigScreen?id=38821907'));
    expect(id).toEqual({
      accountId: 'jd_7f3a9c21',
      accountName: '京选好物旗舰店',
      sessionId: '38821907',
      sessionStart: START_ISO,
    });
  });

  it('reads 开播时间 as Beijing wall clock, with or without seconds or a colon', () => {
    const at = (html: string) => jdShownStart(docOf(`<body>${html}</body>`));
    expect(at('<span>开播时间：2026-11-23 14:00</span>')).toBe('2026-11-23T06:00:00.000Z');
    expect(at('<b>开播时间</b> <i>2026-01-01 00:30:05</i>')).toBe('2025-12-31T16:30:05.000Z');
    expect(at('<span>开始于 2026-11-23 14:00:00</span>')).toBeUndefined();
    expect(at('<span>开播时间 --</span>')).toBeUndefined();
  });

  it('extracts the drlives real-time payload; money is yuan (assumed, checked against DOM)', () => {
    expect(extractRealtime(jdRealtimeJson(JD_DEFAULT))).toEqual({
      metrics: { online: 1234, dau: 15230, orders: 95 },
      rawGmv: { value: 12345.67, assumed: 'yuan' },
      session: { id: '38821907', start: START_ISO },
    });
  });

  it('changed layout: renamed labels and fields yield nothing for them, never 0', () => {
    const v = { ...JD_DEFAULT, variant: 'changed' as const };
    const ex = extractRealtime(jdRealtimeJson(v));
    expect(ex.metrics).toEqual({});
    expect(ex.session).toEqual({ id: '38821907' });
    const doc = bigScreen(v);
    expect(values(readLabels(doc.body, jdBigScreen.labels))).toEqual({ orders: 95 });
    expect(jdShownStart(doc)).toBeUndefined();
  });

  it('backfills getBasicDataTableArea rows with Beijing start/end', () => {
    const ex = extractTable(jdTableJson(JD_HISTORY, false));
    expect(ex.backfill?.rows[0]).toEqual({
      sessionId: '38810001',
      start: '2026-03-08T12:00:00.000Z',
      end: '2026-03-08T15:30:00.000Z',
      metrics: { dau: 1320, pv: 2980, gmvFen: 1580000, buyers: 41, orders: 44, durationSec: 12600 },
    });
    expect(ex.backfill?.rows).toHaveLength(2);
    expect(extractTable(jdTableJson(JD_HISTORY, true))).toEqual({});
  });

  it('LiveDataCpsOffline (CPS-attributed orders only) never supplies GMV or orders', () => {
    const body = {
      soaResultMap: {
        data: {
          liveDetailList: [
            {
              liveId: 38810001,
              startTime: 1772971200000,
              totalOrderNumInRoom: 44,
              totalOrderPriceInRoom: 15800,
            },
            { liveId: 38810002, startTime: 'bad', totalOrderNumInRoom: 1 },
          ],
        },
      },
    };
    expect(extractCps(body).backfill?.rows).toEqual([
      {
        sessionId: '38810001',
        start: '2026-03-08T12:00:00.000Z',
        end: null,
        metrics: {},
      },
    ]);
    // Merged with the table row of the same live, the table's figures stand.
    const rows = new BackfillRows();
    rows.add(
      [
        {
          sessionId: '38810001',
          start: '2026-03-08T12:00:00.000Z',
          end: null,
          metrics: { gmvFen: 2_000_000, orders: 50 },
        },
      ],
      'fen',
    );
    rows.add(extractCps(body).backfill?.rows ?? [], 'fen');
    expect(rows.sessions(null)).toEqual([
      expect.objectContaining({
        sessionId: '38810001',
        metrics: { gmvFen: 2_000_000, orders: 50 },
      }),
    ]);
    // A CPS row alone says nothing about the room's figures: not sent.
    const alone = new BackfillRows();
    alone.add(extractCps(body).backfill?.rows ?? [], 'fen');
    expect(alone.sessions(null)).toEqual([]);
  });

  it('ignores junk payloads', () => {
    for (const junk of [
      null,
      'x',
      [],
      { data: 'x' },
      { data: { onlineCount: '--', orderAmount: -1 } },
    ]) {
      const ex = extractRealtime(junk);
      expect(ex.metrics ?? {}).toEqual({});
      expect(ex.rawGmv).toBeUndefined();
    }
  });
});
