import { describe, expect, it } from 'vitest';
import type { Adapter, Extracted } from '../../../src/capture/adapter';
import {
  douyinControl,
  douyinHistory,
  douyinScreenBasic,
  douyinScreenPro,
} from '../../../src/platforms/douyin/adapters';
import {
  COMPASS_API,
  PATHS,
  basicBaseInfoJson,
  coreDataJson,
  historyLiveJson,
  liveBaseInfoJson,
  todayLiveRoomJson,
} from '../../fixtures/douyin/api';
import { DOUYIN_DEFAULT, DOUYIN_ERRORS, DOUYIN_HISTORY } from '../../fixtures/douyin/values';
import { DY_API, DY_TAP_PREFILTER } from '../../../src/platforms/douyin/api';

/**
 * Douyin extractors on payloads shaped as CONSOLES.md describes them (tests/fixtures/douyin/api.ts
 * writes them from the field names). Expected numbers are written out by hand.
 */
const START = 1773144000; // 2026-03-10 20:00:00 +08:00
const url = (path: string) =>
  `https://compass.jinritemai.com${COMPASS_API}${path}?live_room_id=7481234567890123456&msToken=x&a_bogus=y`;

/** Every network rule of the adapter matching the URL, merged as the runner merges them. */
function via(adapter: Adapter, path: string, body: unknown): Extracted {
  const u = url(path);
  const rules = adapter.network.filter((r) => r.pattern.test(u));
  expect(rules.length, `${adapter.id} reads ${path}`).toBe(1);
  return rules[0]!.extract(body, u);
}

describe('罗盘 专业版: live_base_info', () => {
  it('live: duration = server now − start, session start and live, account nickname', () => {
    const ex = via(douyinScreenPro, PATHS.baseInfo, liveBaseInfoJson(DOUYIN_DEFAULT, START + 4865));
    expect(ex).toEqual({
      metrics: { durationSec: 4865 },
      session: { start: '2026-03-10T12:00:00.000Z', live: true },
      account: { name: '小象好物' },
    });
  });
  it('ended: duration = end − start, whatever the server clock says', () => {
    const v = { ...DOUYIN_DEFAULT, status: 4 as const, endTs: START + 7200 };
    const ex = via(douyinScreenPro, PATHS.baseInfo, liveBaseInfoJson(v, START + 99_999));
    expect(ex.metrics).toEqual({ durationSec: 7200 });
    expect(ex.session).toEqual({ start: '2026-03-10T12:00:00.000Z', live: false });
  });
  it('ended without an end time: no duration (never one that keeps growing)', () => {
    const v = { ...DOUYIN_DEFAULT, status: 4 as const, endTs: 0 };
    expect(via(douyinScreenPro, PATHS.baseInfo, liveBaseInfoJson(v, START + 500)).metrics).toEqual(
      {},
    );
  });
});

describe('罗盘 专业版: core_data', () => {
  it('GMV in fen from pay_amt {price}, viewers from watch_ucnt, both clubs apart, new followers', () => {
    const ex = via(douyinScreenPro, PATHS.coreData, coreDataJson(DOUYIN_DEFAULT));
    expect(ex.metrics).toEqual({
      gmvFen: 4567890,
      dau: 12345,
      buyers: 321,
      clubLive: 56,
      clubShop: 23,
      newFans: 410,
    });
    expect(ex.rawGmv).toBeUndefined();
  });
  it('online_user_cnt (an average) is never read, as online or as viewers', () => {
    const body = coreDataJson({ ...DOUYIN_DEFAULT, avgOnline: 777 });
    const ex = via(douyinScreenPro, PATHS.coreData, body);
    expect(Object.values(ex.metrics ?? {})).not.toContain(777);
    expect(ex.metrics?.online).toBeUndefined();
  });
  it('a pay_amt without `price` is not guessed: raw GMV left to the screen', () => {
    const body = { st: 0, msg: '', data: { pay_amt: { value: '4567890' }, core_data: [] } };
    const ex = via(douyinScreenPro, PATHS.coreData, body);
    expect(ex.metrics?.gmvFen).toBeUndefined();
    expect(ex.rawGmv).toEqual({ value: 4567890, assumed: null });
  });
  it('numeric strings are read; a price given for a count is not a count', () => {
    const body = {
      st: 0,
      msg: '',
      data: {
        pay_amt: { unit: 'price', value: '100' },
        core_data: [
          { index_name: 'watch_ucnt', value: { unit: 'number', value: '42' } },
          { index_name: 'pay_ucnt', value: { unit: 'price', value: 9 } },
        ],
      },
    };
    expect(via(douyinScreenPro, PATHS.coreData, body).metrics).toEqual({ gmvFen: 100, dau: 42 });
  });
});

describe('罗盘 基础版 base_info', () => {
  it('gmv bare integer fen, online_user_ucnt viewers, live_duration string, fans club', () => {
    const ex = via(
      douyinScreenBasic,
      PATHS.basicInfo,
      basicBaseInfoJson(DOUYIN_DEFAULT, '1小时21分5秒'),
    );
    expect(ex.metrics).toEqual({
      gmvFen: 4567890,
      dau: 12345,
      buyers: 321,
      clubLive: 56,
      newFans: 410,
      durationSec: 4865,
    });
    expect(ex.session).toEqual({ start: '2026-03-10T12:00:00.000Z', live: true });
  });
});

describe('history_live on buyin and 罗盘', () => {
  it('display strings → backfill rows with start, end and exact figures; "--" stays absent', () => {
    const ex = via(douyinHistory, PATHS.history, historyLiveJson(DOUYIN_HISTORY));
    expect(ex.backfill?.gmvUnit).toBe('fen');
    expect(ex.backfill?.rows).toEqual([
      {
        sessionId: '7480000000000000001',
        start: '2026-03-09T11:30:00.000Z',
        end: '2026-03-09T12:51:05.000Z',
        metrics: {
          durationSec: 4865,
          dau: 12345,
          gmvFen: 4567890,
          buyers: 1024,
          clubLive: 88,
          clubShop: 31,
        },
      },
      {
        sessionId: '7480000000000000002',
        start: '2026-03-08T12:00:00.000Z',
        end: '2026-03-08T14:00:00.000Z',
        metrics: { durationSec: 7200, dau: 8002, gmvFen: 987600, buyers: 210, clubShop: 12 },
      },
    ]);
  });
  it('the buyin origin path is read too', () => {
    const u = `https://buyin.jinritemai.com/api/compass/${PATHS.history}?page_no=1`;
    expect(douyinHistory.network.some((r) => r.pattern.test(u))).toBe(true);
  });
});

describe('today_live_room', () => {
  it('the live card (status 2) names the session', () => {
    expect(via(douyinControl, PATHS.todayRoom, todayLiveRoomJson(DOUYIN_DEFAULT))).toEqual({
      session: { id: '7481234567890123456', live: true },
    });
  });
});

describe('error envelopes are health states, never zeros', () => {
  const cases: [Adapter, string, (v: typeof DOUYIN_DEFAULT) => unknown][] = [
    [douyinScreenPro, PATHS.baseInfo, (v) => liveBaseInfoJson(v, START + 60)],
    [douyinScreenPro, PATHS.coreData, coreDataJson],
    [douyinScreenBasic, PATHS.basicInfo, (v) => basicBaseInfoJson(v, '1小时')],
    [douyinHistory, PATHS.history, (v) => historyLiveJson(DOUYIN_HISTORY, v.error)],
    [douyinControl, PATHS.todayRoom, todayLiveRoomJson],
  ];
  for (const e of Object.values(DOUYIN_ERRORS)) {
    for (const [adapter, path, body] of cases) {
      it(`${e.st} on ${path}`, () => {
        const ex = via(adapter, path, body({ ...DOUYIN_DEFAULT, error: e }));
        expect(ex).toEqual({ error: `${e.st} ${e.msg}` });
      });
    }
  }
});

describe('tap patterns', () => {
  it('the pre-filter lets every Douyin API through and nothing else of the page', () => {
    for (const p of Object.values(PATHS)) expect(DY_TAP_PREFILTER.test(url(p)), p).toBe(true);
    for (const re of Object.values(DY_API))
      expect(Object.values(PATHS).some((p) => re.test(url(p)))).toBe(true);
    expect(DY_TAP_PREFILTER.test(url('author/live/live_screen/five_min_data'))).toBe(false);
  });
});
