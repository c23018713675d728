import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Adapter, BackfillRow, Extracted } from '../../../src/capture/adapter';
import {
  channelsDashboard,
  channelsHistory,
  channelsLive,
  extractEcSummary,
  extractHistory,
  extractLiveInfo,
  extractLiveMsg,
  extractLiveStatus,
} from '../../../src/platforms/channels/adapters';
import { adaptersOf } from '../../../src/capture/adapters/index';
import {
  extractCps,
  extractRealtime,
  extractTable,
  jdBigScreen,
  jdList,
} from '../../../src/platforms/jd/adapters';

/**
 * The adapters' extractors on saved payloads shaped as CONSOLES.md describes them
 * (tests/fixtures/payloads). Every expected number is written here by hand from the JSON
 * file, never computed with the adapters' own helpers.
 */

const payload = (platform: 'jd' | 'channels', name: string): unknown =>
  JSON.parse(readFileSync(join('tests/fixtures/payloads', platform, `${name}.json`), 'utf8'));

/** What an adapter makes of a response at `url`: every network rule matching the URL, merged. */
function viaAdapter(adapter: Adapter, url: string, body: unknown): Extracted {
  const rules = adapter.network.filter((r) => r.pattern.test(url));
  expect(rules.length, `${adapter.id} has a rule for ${url}`).toBeGreaterThan(0);
  return rules
    .map((r) => r.extract(body, url))
    .reduce<Extracted>(
      (a, b) => ({
        ...a,
        ...b,
        metrics: { ...a.metrics, ...b.metrics },
        account: { ...a.account, ...b.account },
        session: { ...a.session, ...b.session },
      }),
      {},
    );
}

/** Nothing was read: no metric, no raw GMV, no backfill row (an error is never a zero). */
function expectNothingRead(ex: Extracted): void {
  expect(ex.metrics ?? {}).toEqual({});
  expect(ex.rawGmv).toBeUndefined();
  expect(ex.backfill?.rows ?? []).toEqual([]);
}

/** Live GMV in fen: converted by the adapter, or raw yuan with the unit still to confirm. */
function liveGmvFen(ex: Extracted): number | undefined {
  if (ex.metrics?.gmvFen !== undefined) return ex.metrics.gmvFen;
  return ex.rawGmv ? Math.round(ex.rawGmv.value * 100) : undefined;
}

/** The metrics other than GMV (whose unit the adapter may settle either way). */
function counts(ex: Extracted): Extracted['metrics'] {
  const { gmvFen: _gmv, ...rest } = ex.metrics ?? {};
  return rest;
}

/** A backfill row's GMV in fen: converted already, or raw yuan with the unit left open. */
function rowGmvFen(row: BackfillRow, unit: 'yuan' | 'fen' | null | undefined): number | undefined {
  if (row.metrics.gmvFen !== undefined) return row.metrics.gmvFen;
  if (row.rawGmv === undefined) return undefined;
  return unit === 'fen' ? row.rawGmv : Math.round(row.rawGmv * 100);
}

const JD_RT = 'https://drlives.jd.com/liveRealTimeGeneralData/generalData?liveId=38821907';
const JD_AUTHOR = 'https://drlives.jd.com/console/homePage/newGetAuthorInfo';
const JD_TABLE = 'https://drlives.jd.com/core/getBasicDataTableArea';
const JD_CPS = 'https://drlives.jd.com/LiveDataCpsOffline/generalData';
const CH = 'https://channels.weixin.qq.com/cgi-bin/mmfinderassistant-bin/';

describe('JD real-time generalData {success, code, errorMsg, data}', () => {
  it('reads the documented fields of a normal response', () => {
    const ex = extractRealtime(payload('jd', 'realtime-normal'));
    expect(counts(ex)).toEqual({ online: 1234, dau: 15230, orders: 95 });
    expect(liveGmvFen(ex)).toBe(1_234_567);
  });

  it('reads numeric strings as numbers', () => {
    const ex = extractRealtime(payload('jd', 'realtime-numeric-strings'));
    expect(counts(ex)).toEqual({ online: 2087, dau: 48900, orders: 214 });
    expect(liveGmvFen(ex)).toBe(9_867_419);
  });

  it('reads nothing from the error envelope {success:false, code:"-1"} or an empty data', () => {
    expectNothingRead(extractRealtime(payload('jd', 'realtime-error')));
    expectNothingRead(extractRealtime(payload('jd', 'realtime-empty-data')));
  });

  it('the bigScreen adapter routes generalData to the same reading', () => {
    const ex = viaAdapter(jdBigScreen, JD_RT, payload('jd', 'realtime-normal'));
    expect(counts(ex)).toEqual({ online: 1234, dau: 15230, orders: 95 });
    expect(liveGmvFen(ex)).toBe(1_234_567);
  });
});

describe('JD newGetAuthorInfo {success, code, errorMsg, authorInfo{name, pic, pin}}', () => {
  it('gives the account pin and name over the network', () => {
    const ex = viaAdapter(jdBigScreen, JD_AUTHOR, payload('jd', 'author-info-normal'));
    expect(ex.account).toEqual({ id: 'jd_7f3a9c21', name: '京选好物旗舰店' });
  });

  it('gives no account from its error envelope', () => {
    const ex = viaAdapter(jdBigScreen, JD_AUTHOR, payload('jd', 'author-info-error'));
    expect(ex.account?.id).toBeUndefined();
    expect(ex.metrics ?? {}).toEqual({});
  });
});

describe('JD getBasicDataTableArea → data.pagination.total, data.list[]', () => {
  it('backfills every row with uv, pv, GMV, buyers, orders and Beijing times', () => {
    const ex = extractTable(payload('jd', 'table-normal'));
    const rows = ex.backfill?.rows ?? [];
    expect(rows.map((r) => r.sessionId)).toEqual(['38810001', '38810002']);
    const [a, b] = rows as [BackfillRow, BackfillRow];
    expect([a.start, a.end]).toEqual(['2026-03-08T12:00:00.000Z', '2026-03-08T15:30:00.000Z']);
    expect([b.start, b.end]).toEqual(['2026-03-09T11:30:00.000Z', '2026-03-09T14:00:00.000Z']);
    expect(a.metrics).toMatchObject({ dau: 1320, pv: 2980, buyers: 41, orders: 44 });
    // The second row arrives as numeric strings.
    expect(b.metrics).toMatchObject({ dau: 1105, pv: 2410, buyers: 33, orders: 35 });
    // 1-day 引导成交金额 (yuan in these payloads), never the 7/15-day variants.
    expect(rowGmvFen(a, ex.backfill?.gmvUnit)).toBe(1_580_000);
    expect(rowGmvFen(b, ex.backfill?.gmvUnit)).toBe(987_650);
    expect(a.metrics.durationSec).toBe(12_600);
    expect(b.metrics.durationSec).toBe(9_000);
  });

  it('backfills nothing from an empty list or an error envelope', () => {
    expectNothingRead(extractTable(payload('jd', 'table-empty')));
    expectNothingRead(extractTable(payload('jd', 'table-error')));
  });

  it('the list adapter handles /my/listNew?jlive=%2Fmy%2Flist and its table POST', () => {
    const page = new URL('https://jlive.jd.com/my/listNew?jlive=%2Fmy%2Flist');
    expect(
      adaptersOf('jd').find(
        (a) =>
          a.matches.host.test(page.hostname) && a.matches.path.test(page.pathname + page.search),
      )?.id,
    ).toBe('jd.list');
    const ex = viaAdapter(jdList, JD_TABLE, payload('jd', 'table-normal'));
    expect(ex.backfill?.rows.map((r) => r.sessionId)).toEqual(['38810001', '38810002']);
  });
});

describe('JD LiveDataCpsOffline: CPS-attributed orders only, never the room GMV', () => {
  const cps = payload('jd', 'cps-normal');

  it('extractCps yields no GMV for any live', () => {
    const ex = extractCps(cps);
    expect(ex.rawGmv).toBeUndefined();
    for (const row of ex.backfill?.rows ?? []) {
      expect(row.metrics.gmvFen, row.sessionId).toBeUndefined();
      expect(row.rawGmv, row.sessionId).toBeUndefined();
    }
  });

  it('the list adapter takes no GMV from it either', () => {
    const ex = viaAdapter(jdList, JD_CPS, cps);
    expect(ex.metrics?.gmvFen).toBeUndefined();
    expect(ex.rawGmv).toBeUndefined();
    for (const row of ex.backfill?.rows ?? []) {
      expect(row.metrics.gmvFen, row.sessionId).toBeUndefined();
      expect(row.rawGmv, row.sessionId).toBeUndefined();
    }
  });

  it('an empty CPS list backfills nothing', () => {
    expectNothingRead(extractCps(payload('jd', 'cps-empty')));
  });
});

describe('Channels live/get_live_info → data.liveStats', () => {
  it('reads the stats; payedNum is a string; payedGmv keeps its unit open', () => {
    const ex = extractLiveInfo(payload('channels', 'live-info-normal'));
    expect(ex.metrics).toEqual({ online: 356, dau: 4821, durationSec: 15150, orders: 312 });
    expect(ex.rawGmv).toEqual({ value: 23456, assumed: null });
  });

  it('reads numeric strings everywhere', () => {
    const ex = extractLiveInfo(payload('channels', 'live-info-numeric-strings'));
    expect(ex.metrics).toEqual({ online: 418, dau: 5032, durationSec: 15780, orders: 327 });
    expect(ex.rawGmv).toEqual({ value: 24018.5, assumed: null });
  });

  it('reads nothing from an error envelope', () => {
    expectNothingRead(extractLiveInfo(payload('channels', 'live-info-error')));
  });
});

describe('Channels live/check_live_status → data.liveObjectId', () => {
  it('is the source of the live object id', () => {
    const ex = extractLiveStatus(payload('channels', 'check-live-status-live'));
    expect(ex.session?.id).toBe('14187263746213345409');
    expect(ex.metrics ?? {}).toEqual({});
  });

  it('gives no session from an error', () => {
    expect(extractLiveStatus(payload('channels', 'check-live-status-error')).session?.id).toBe(
      undefined,
    );
  });

  it('liveBuild routes it to the session id', () => {
    const ex = viaAdapter(
      channelsLive,
      `${CH}live/check_live_status`,
      payload('channels', 'check-live-status-live'),
    );
    expect(ex.session?.id).toBe('14187263746213345409');
  });
});

describe('Channels auth/auth_data → data.finderUser', () => {
  for (const adapter of [channelsLive, channelsDashboard, channelsHistory]) {
    it(`${adapter.id} takes the account from it`, () => {
      const ex = viaAdapter(
        adapter,
        `${CH}auth/auth_data`,
        payload('channels', 'auth-data-normal'),
      );
      expect(ex.account).toEqual({
        id: 'v2_060000231003b20faec8c7e08d1fc5d4cd03ea35b077@finder',
        name: '小鹿好物',
      });
    });
  }

  it('an expired login gives no account', () => {
    const ex = viaAdapter(
      channelsLive,
      `${CH}auth/auth_data`,
      payload('channels', 'auth-data-error'),
    );
    expect(ex.account?.id).toBeUndefined();
  });
});

describe('Channels statistic/get_live_ec_data_summary (fen)', () => {
  it('reads numbers', () => {
    expect(extractEcSummary(payload('channels', 'ec-summary-normal')).metrics).toEqual({
      gmvFen: 2_401_850,
      buyers: 291,
      orders: 327,
      dau: 5032,
    });
  });

  it('reads numeric strings', () => {
    expect(extractEcSummary(payload('channels', 'ec-summary-numeric-strings')).metrics).toEqual({
      gmvFen: 2_345_600,
      buyers: 280,
      orders: 312,
      dau: 4821,
    });
  });
});

describe('Channels live/get_live_history', () => {
  it('backfills both lives; payedGmv stays raw until the screen settles its unit', () => {
    const ex = extractHistory(payload('channels', 'history-normal'));
    expect(ex.backfill?.gmvUnit).toBeNull();
    const rows = ex.backfill?.rows ?? [];
    expect(rows.map((r) => [r.sessionId, r.start, r.end, r.rawGmv])).toEqual([
      ['14187263746213300001', '2026-03-09T11:00:00.000Z', '2026-03-09T16:12:30.000Z', 18765],
      ['14187263746213300002', '2026-03-08T12:00:00.000Z', '2026-03-08T14:00:00.000Z', 6500],
    ]);
    expect(rows[0]!.metrics).toEqual({ durationSec: 18750, dau: 3902, buyers: 198, orders: 221 });
    expect(rows[1]!.metrics).toEqual({ durationSec: 7200, dau: 2210, buyers: 77, orders: 80 });
  });

  it('an empty history backfills nothing', () => {
    expectNothingRead(extractHistory(payload('channels', 'history-empty')));
  });
});

describe('Channels live/msg', () => {
  it('an empty poll (no liveInfo) is not an online count of 0', () => {
    expectNothingRead(extractLiveMsg(payload('channels', 'live-msg-empty')));
  });

  it('liveInfo gives the online count and the start', () => {
    const ex = extractLiveMsg(payload('channels', 'live-msg-live'));
    expect(ex.metrics).toEqual({ online: 361 });
    expect(ex.session?.start).toBe('2026-03-10T11:00:00.000Z');
  });
});
