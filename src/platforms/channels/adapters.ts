/**
 * WeChat Channels 视频号助手 (channels.weixin.qq.com). The console is a micro-frontend:
 * data pages live in same-origin iframes, so each frame runs its own reader and the account
 * is looked up in the frame, then in the shell. `payedGmv` has no stated unit: it is only
 * used once the DOM confirms whether it is yuan or fen; `totalGmv` is documented as fen.
 */
import { CH_API as API } from './api';
import { defineAdapter, type BackfillRow, type Extracted } from '../../capture/adapter';
import { parentDoc, stored, textOf } from '../../capture/identify';
import { arr, at, defined, isObj, num, str } from '../../capture/json';
import { plusSeconds, toIso } from '../../time/console';
import { CHANNELS_GMV_LABEL, CHANNELS_LIVE_LABELS } from './labels';

const HOST = /^channels\.weixin\.qq\.com$/;

// The label dictionary is data beside this file.
export { CHANNELS_GMV_LABEL, CHANNELS_LIVE_LABELS };
const GMV = CHANNELS_GMV_LABEL;

export function extractLiveInfo(body: unknown): Extracted {
  const error = errEnvelope(body);
  if (error) return { error };
  const s = at(body, 'data', 'liveStats');
  if (!isObj(s)) return {};
  const gmv = num(s.payedGmv);
  return {
    metrics: defined({
      online: num(s.currentOnlineCount),
      dau: num(s.totalAudienceCount),
      durationSec: num(s.liveDurationInSeconds),
      orders: num(s.payedNum),
    }),
    ...(gmv !== undefined ? { rawGmv: { value: gmv, assumed: null } } : {}),
  };
}

/** `{errCode, errMsg, data}`: a non-zero errCode is an error for health, never zeros. */
export function errEnvelope(body: unknown): string | undefined {
  const code = at(body, 'errCode');
  if (code === undefined || code === null || String(code) === '0') return undefined;
  return `${str(code) ?? 'error'} ${str(at(body, 'errMsg')) ?? ''}`.trim();
}

/** `check_live_status` is where the liveObjectId comes from; status 1 = live. */
export function extractLiveStatus(body: unknown): Extracted {
  const error = errEnvelope(body);
  if (error) return { error };
  const id = str(at(body, 'data', 'liveObjectId'));
  // Only "1 = live" is known; other codes are not read as an end.
  const live = num(at(body, 'data', 'status')) === 1;
  return id ? { session: { id, ...(live ? { live } : {}) } } : {};
}

/** `auth/auth_data` → the signed-in 视频号: finderUsername (the stable id) and nickname. */
export function extractAuth(body: unknown): Extracted {
  const u = at(body, 'data', 'finderUser');
  const id = str(at(u, 'finderUsername'));
  const name = str(at(u, 'nickname'));
  return id || name ? { account: { ...(id ? { id } : {}), ...(name ? { name } : {}) } } : {};
}

export function extractLiveMsg(body: unknown): Extracted {
  const info = at(body, 'data', 'liveInfo');
  const start = toIso(at(info, 'startTime'));
  return {
    metrics: defined({ online: num(at(info, 'onlineCnt')) }),
    ...(start ? { session: { start } } : {}),
  };
}

export function extractEcSummary(body: unknown): Extracted {
  const error = errEnvelope(body);
  if (error) return { error };
  const d = at(body, 'data');
  if (!isObj(d)) return {};
  return {
    metrics: defined({
      gmvFen: num(d.totalGmv),
      buyers: num(d.totalPayUv),
      orders: num(d.totalPayPv),
      dau: num(d.cumulativeAudienceCount),
    }),
  };
}

export function extractConversion(body: unknown): Extracted {
  const o = at(body, 'data', 'overview');
  return {
    metrics: defined({ dau: num(at(o, 'cumulativeWatchUv')), online: num(at(o, 'onlineWatchUv')) }),
  };
}

function historyRow(r: unknown): BackfillRow | null {
  const id = str(at(r, 'liveObjectId'));
  const start = toIso(at(r, 'createTime'));
  if (!id || !start) return null;
  const dur = num(at(r, 'liveStats', 'liveDurationInSeconds'));
  const gmv = num(at(r, 'payedGmv'));
  return {
    sessionId: id,
    start,
    end: dur !== undefined ? plusSeconds(start, dur) : null,
    metrics: defined({
      durationSec: dur,
      dau: num(at(r, 'liveStats', 'totalAudienceCount')),
      buyers: num(at(r, 'payedUserUv')),
      orders: num(at(r, 'payedNum')),
    }),
    ...(gmv !== undefined ? { rawGmv: gmv } : {}),
  };
}

export function extractHistory(body: unknown): Extracted {
  const rows = arr(at(body, 'data', 'liveObjectList'))
    .map(historyRow)
    .filter((r): r is BackfillRow => !!r);
  if (!rows.length) return {};
  // The newest row's payedGmv is checked against the first 成交金额 on screen to learn the unit.
  const first = rows[0]?.rawGmv;
  return {
    backfill: { rows, gmvUnit: null },
    ...(first !== undefined ? { rawGmv: { value: first, assumed: null } } : {}),
  };
}

/** 视频号ID: localStorage `finder_username`, else `.finder-uniq-id` in the frame or the shell. */
export function channelsAccount(doc: Document): { accountId?: string; accountName?: string } {
  const docs = [doc, parentDoc(doc)].filter((d): d is Document => !!d);
  const id =
    stored(doc, 'finder_username') ??
    docs.map((d) => textOf(d, ['.finder-uniq-id', '[class*="finder-uniq-id"]'])).find(Boolean);
  const name = docs
    .map((d) => textOf(d, ['.finder-nickname', '[class*="finder-nickname"]']))
    .find(Boolean);
  return {
    accountId: id?.replace(/^视频号ID[:：]\s*/, ''),
    accountName: name,
  };
}

const objectIdOf = (url: URL): string | undefined =>
  url.searchParams.get('objetctId') ?? url.searchParams.get('objectId') ?? undefined;

export const channelsLive = defineAdapter({
  id: 'channels.liveBuild',
  platform: 'channels',
  matches: { host: HOST, path: /^\/(platform|micro)\/(.+\/)?live\/liveBuild\b/ },
  scope: 'session',
  network: [
    { pattern: API.chLiveInfo, extract: extractLiveInfo },
    { pattern: API.chLiveStatus, extract: extractLiveStatus },
    { pattern: API.chLiveMsg, extract: extractLiveMsg },
    { pattern: API.chAuth, extract: extractAuth },
  ],
  labels: CHANNELS_LIVE_LABELS,
  expected: ['online', 'dau', 'durationSec', 'gmvFen'],
  identify: (doc) => channelsAccount(doc),
});

export const channelsDashboard = defineAdapter({
  id: 'channels.dashboard',
  platform: 'channels',
  matches: { host: HOST, path: /^\/(platform|micro)\/statistic\/dashboardV4\b/ },
  scope: 'session',
  network: [
    { pattern: API.chEcSummary, extract: extractEcSummary },
    { pattern: API.chConversion, extract: extractConversion },
    { pattern: API.chLiveInfo, extract: extractLiveInfo },
    { pattern: API.chAuth, extract: extractAuth },
  ],
  labels: CHANNELS_LIVE_LABELS,
  expected: ['gmvFen', 'buyers', 'dau'],
  identify: (doc, url) => {
    const id = objectIdOf(url);
    return { ...channelsAccount(doc), sessionId: id };
  },
});

export const channelsHistory = defineAdapter({
  id: 'channels.history',
  platform: 'channels',
  matches: { host: HOST, path: /^\/(platform|micro)\/statistic\/live\?(.*&)?mode=history\b/ },
  scope: null,
  network: [
    { pattern: API.chHistory, extract: extractHistory },
    { pattern: API.chAuth, extract: extractAuth },
  ],
  // The first row's 成交金额 settles whether payedGmv is yuan or fen.
  labels: [GMV],
  expected: ['dau', 'durationSec', 'gmvFen'],
  identify: (doc) => channelsAccount(doc),
});

/** This platform's pages, in match order: the content script and the registry use this list. */
export const CHANNELS_ADAPTERS = [channelsLive, channelsDashboard, channelsHistory] as const;
