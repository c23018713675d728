/**
 * Douyin pages: 罗盘 直播大屏 专业版 and 基础版 (compass.jinritemai.com), the live list on
 * buyin and 罗盘 (history backfill), and 百应 直播中控台 (buyin, or 抖店 fxg/ffa/buyin), read
 * by label. Responses first; the labelled screen second; the account is the 抖音号 the page
 * shows, else the nickname (`live_base_info`, header), which makes it provisional until
 * the seller confirms it, as on every console.
 */
import { defineAdapter as define } from '../../capture/adapter';
import { textOf } from '../../capture/identify';
import { toIso } from '../../time/console';
import { DY_API as API } from './api';
import { extractHistory } from './extract-history';
import {
  extractBaseInfo,
  extractBasicInfo,
  extractCoreData,
  extractTodayRoom,
} from './extract-screen';
import { DOUYIN_GMV_LABEL, DOUYIN_LABELS } from './labels';

const COMPASS = /^compass\.jinritemai\.com$/;
const BUYIN = /^(buyin|fxg)\.jinritemai\.com$/;
const ANY_HOST = /^(compass|buyin|fxg)\.jinritemai\.com$/;

const NAME_SELECTORS = [
  '[class*="nickname"]',
  '[class*="nickName"]',
  '[class^="userName"]',
  '[class*="author-name"]',
  '[class*="authorName"]',
];
const DOUYIN_ID = /抖音号\s*[:：]\s*([A-Za-z0-9._-]{2,60})/;

/** The 抖音号 where the page prints one (header, account card), and the shown nickname. */
export function douyinAccount(doc: Document): { accountId?: string; accountName?: string } {
  const id = DOUYIN_ID.exec(doc.body?.textContent ?? '')?.[1];
  const name = textOf(doc, NAME_SELECTORS)?.replace(/^抖音号.*$/, '') || undefined;
  return { ...(id ? { accountId: id } : {}), ...(name ? { accountName: name } : {}) };
}

/** "开播时间 2026/03/10 20:00(:00)" (Beijing wall clock) as the control page prints it. */
const START_TEXT = /开播时间\s*[:：]?\s*(\d{4})[-/](\d{2})[-/](\d{2})\s+(\d{2}:\d{2}(?::\d{2})?)/;
export function douyinShownStart(doc: Document): string | undefined {
  const m = START_TEXT.exec(doc.body?.textContent ?? '');
  return m ? toIso(`${m[1]}-${m[2]}-${m[3]} ${m[4]}`) : undefined;
}

/** `live_room_id` is the live's id (the list's `operation.live_id` names the same live). */
const roomOf = (url: URL): string | undefined => url.searchParams.get('live_room_id') ?? undefined;

export const douyinScreenPro = define({
  id: 'douyin.screenPro',
  platform: 'douyin',
  matches: { host: COMPASS, path: /^\/screen\/(live|anchor)\/talent\b/ },
  scope: 'session',
  network: [
    { pattern: API.dyBaseInfo, extract: extractBaseInfo },
    { pattern: API.dyCoreData, extract: extractCoreData },
  ],
  labels: DOUYIN_LABELS,
  expected: ['durationSec', 'dau', 'gmvFen', 'buyers', 'clubLive', 'clubShop', 'newFans'],
  identify: (doc, url) => ({ ...douyinAccount(doc), sessionId: roomOf(url) }),
});

export const douyinScreenBasic = define({
  id: 'douyin.screenBasic',
  platform: 'douyin',
  matches: { host: COMPASS, path: /^\/screen\/talent\/main\b/ },
  scope: 'session',
  network: [{ pattern: API.dyBasicInfo, extract: extractBasicInfo }],
  labels: DOUYIN_LABELS,
  expected: ['durationSec', 'dau', 'gmvFen', 'buyers', 'clubLive'],
  identify: (doc, url) => ({ ...douyinAccount(doc), sessionId: roomOf(url) }),
});

export const douyinHistory = define({
  id: 'douyin.history',
  platform: 'douyin',
  matches: {
    host: ANY_HOST,
    path: /^\/((ffa\/buyin\/)?dashboard\/compass-home\/live-list|talent\/live-detail)\b/,
  },
  scope: null,
  network: [{ pattern: API.dyHistory, extract: extractHistory }],
  // The rows state their unit (¥…); the label is read only for health on the list.
  labels: [DOUYIN_GMV_LABEL],
  expected: ['dau', 'gmvFen', 'buyers'],
  identify: (doc) => douyinAccount(doc),
});

export const douyinControl = define({
  id: 'douyin.control',
  platform: 'douyin',
  matches: { host: BUYIN, path: /^\/(ffa\/buyin\/)?dashboard\/live\/control\b/ },
  scope: 'session',
  // No public code reads a metrics API here (CONSOLES.md): the live room id, when the page
  // asks 罗盘 for today's room, names the session; the figures come from the labels.
  network: [{ pattern: API.dyTodayRoom, extract: extractTodayRoom }],
  labels: DOUYIN_LABELS,
  expected: ['dau', 'gmvFen', 'buyers'],
  identify: (doc) => ({ ...douyinAccount(doc), sessionStart: douyinShownStart(doc) }),
});

export const DOUYIN_ADAPTERS = [
  douyinScreenPro,
  douyinScreenBasic,
  douyinHistory,
  douyinControl,
] as const;
