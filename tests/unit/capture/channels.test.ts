// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  channelsAccount,
  channelsHistory,
  channelsLive,
  extractEcSummary,
  extractHistory,
  extractLiveInfo,
  extractLiveStatus,
} from '../../../src/platforms/channels/adapters';
import { adapterFor } from '../../../src/capture/adapters';
import { readLabels } from '../../../src/capture/dom-reader';
import * as ch from '../../fixtures/channels/pages';
import { CHANNELS_DEFAULT, CHANNELS_HISTORY } from '../../fixtures/sim/values';
import { docOf, values } from './helpers';

afterEach(() => localStorage.clear());

describe('Channels adapter', () => {
  it('routes top frames and /micro/ iframes to the right adapter', () => {
    const id = (u: string) => adapterFor('channels', new URL(u))?.id;
    expect(id('https://channels.weixin.qq.com/platform/live/liveBuild')).toBe('channels.liveBuild');
    expect(id('https://channels.weixin.qq.com/micro/statistic/dashboardV4?objetctId=1')).toBe(
      'channels.dashboard',
    );
    expect(id('https://channels.weixin.qq.com/micro/statistic/live?mode=history')).toBe(
      'channels.history',
    );
    expect(
      id('https://channels.weixin.qq.com/platform/statistic/live?mode=detail&objetctId=1'),
    ).toBeUndefined();
  });

  it('reads live cards by label', () => {
    const doc = docOf(ch.liveBuildHtml(CHANNELS_DEFAULT));
    expect(values(readLabels(doc.body, channelsLive.labels))).toEqual({
      online: 356,
      dau: 4821,
      durationSec: 15120,
      gmvFen: 2345600,
      orders: 312,
      buyers: 280,
    });
  });

  it('extracts liveStats; payedGmv unit is left open, never guessed', () => {
    expect(extractLiveInfo(ch.liveInfoJson(CHANNELS_DEFAULT))).toEqual({
      metrics: { online: 356, dau: 4821, durationSec: 15150, orders: 312 },
      rawGmv: { value: 23456, assumed: null },
    });
    // status 1 = live (CONSOLES.md); the liveObjectId comes from check_live_status.
    expect(extractLiveStatus(ch.liveStatusJson(CHANNELS_DEFAULT))).toEqual({
      session: { id: '14187263746213345409', live: true },
    });
  });

  it('dashboard summary: totalGmv is fen', () => {
    expect(extractEcSummary(ch.ecSummaryJson(CHANNELS_DEFAULT)).metrics).toEqual({
      gmvFen: 2345600,
      buyers: 280,
      orders: 312,
      dau: 4821,
    });
  });

  it('history rows backfill with start, end and metrics; gmv waits for its unit', () => {
    const ex = extractHistory(ch.historyJson(CHANNELS_HISTORY, false));
    expect(ex.backfill?.gmvUnit).toBeNull();
    expect(ex.rawGmv).toEqual({ value: 18765, assumed: null });
    expect(ex.backfill?.rows[0]).toEqual({
      sessionId: '14187263746213300001',
      start: '2026-03-09T11:00:00.000Z',
      end: '2026-03-09T16:12:30.000Z',
      metrics: { durationSec: 18750, dau: 3902, buyers: 198, orders: 221 },
      rawGmv: 18765,
    });
    const doc = docOf(ch.historyInnerHtml(CHANNELS_HISTORY, false));
    expect(values(readLabels(doc.body, channelsHistory.labels))).toEqual({ gmvFen: 1876500 });
  });

  it('changed layout: renamed liveStats and labels read nothing', () => {
    const v = { ...CHANNELS_DEFAULT, variant: 'changed' as const };
    expect(extractLiveInfo(ch.liveInfoJson(v))).toEqual({});
    expect(values(readLabels(docOf(ch.liveBuildHtml(v)).body, channelsLive.labels))).toEqual({
      orders: 312,
      buyers: 280,
    });
  });

  it('identifies the account from localStorage, else .finder-uniq-id', () => {
    const doc = docOf(ch.liveBuildHtml(CHANNELS_DEFAULT));
    expect(channelsAccount(doc)).toEqual({
      accountId: CHANNELS_DEFAULT.finderUsername,
      accountName: '小鹿好物',
    });
    localStorage.setItem('finder_username', 'v2_other@finder');
    expect(channelsAccount(document).accountId).toBe('v2_other@finder');
  });
});
