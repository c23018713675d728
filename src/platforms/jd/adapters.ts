/**
 * JD live 京东直播 (jlive.jd.com). bigScreen (数据大屏) is read live from the drlives
 * real-time JSON and the labelled cards; /my/list and data pages backfill past sessions.
 * The real-time field names are reported, not confirmed (CONSOLES.md), so every network
 * value is also checked against the card the seller sees.
 */
import { JD_API as API } from './api';
import { defineAdapter, type BackfillRow, type Extracted } from '../../capture/adapter';
import { cookie, textOf } from '../../capture/identify';
import { arr, at, defined, isObj, num, str } from '../../capture/json';
import { toIso } from '../../time/console';
import { JD_BIGSCREEN_LABELS } from './labels';

const HOST = /^jlive\.jd\.com$/;

// The label dictionary is data beside this file.
export { JD_BIGSCREEN_LABELS };

const payload = (body: unknown): unknown => at(body, 'data') ?? at(body, 'result') ?? body;

/**
 * drlives answers `{success, code, errorMsg, data}`; a failed envelope (success false, or a
 * non-zero code) says nothing about the figures: an error for health, never zeros.
 */
export function envelopeError(body: unknown): string | undefined {
  const success = at(body, 'success');
  const code = at(body, 'code');
  const badCode = code !== undefined && code !== null && !['0', '200'].includes(String(code));
  const failed = success === false || (success !== true && badCode);
  if (!failed) return undefined;
  return `${str(code) ?? 'error'} ${str(at(body, 'errorMsg')) ?? ''}`.trim();
}

export function extractRealtime(body: unknown): Extracted {
  const error = envelopeError(body);
  if (error) return { error };
  const d = payload(body);
  if (!isObj(d)) return {};
  const amount = num(d.orderAmount);
  // liveStartTime (epoch ms) is NOT a confirmed drlives field; read only if present.
  const start = toIso(d.liveStartTime ?? d.startTime);
  const id = str(d.liveId);
  return {
    metrics: defined({
      online: num(d.onlineCount),
      dau: num(d.totalWatchCount),
      orders: num(d.orderCount),
      buyers: num(d.orderUserCount),
    }),
    ...(amount !== undefined ? { rawGmv: { value: amount, assumed: 'yuan' as const } } : {}),
    ...(id || start ? { session: { ...(id ? { id } : {}), ...(start ? { start } : {}) } } : {}),
  };
}

const yuanToFen = (x: number | undefined): number | undefined =>
  x === undefined ? undefined : Math.round(x * 100);

function tableRow(r: unknown): BackfillRow | null {
  const id = str(at(r, 'contentId'));
  const start = toIso(at(r, 'liveStartTm'));
  if (!id || !start) return null;
  const end = toIso(at(r, 'liveEndTm')) ?? null;
  const durationSec = end ? Math.max(0, (Date.parse(end) - Date.parse(start)) / 1000) : undefined;
  return {
    sessionId: id,
    start,
    end,
    metrics: defined({
      dau: num(at(r, 'uv')),
      pv: num(at(r, 'pv')),
      gmvFen: yuanToFen(num(at(r, 'content1DayCwOrdAmount'))),
      buyers: num(at(r, 'content1DayCwOrdUsers')),
      orders: num(at(r, 'content1DayCwOrdNum')),
      durationSec,
    }),
  };
}

export function extractTable(body: unknown): Extracted {
  const rows = arr(at(body, 'data', 'list'))
    .map(tableRow)
    .filter((r): r is BackfillRow => !!r);
  return rows.length ? { backfill: { rows, gmvUnit: 'fen' } } : {};
}

/**
 * LiveDataCpsOffline lists lives with CPS-attributed (有效引入) orders only: its order figures
 * are never the room's GMV or orders. Its rows carry only what they say for sure, the live id
 * and start, which complete a table row of the same live; rows without figures are not sent.
 */
export function extractCps(body: unknown): Extracted {
  const list = arr(at(body, 'soaResultMap', 'data', 'liveDetailList'));
  const rows = list.flatMap((r): BackfillRow[] => {
    const id = str(at(r, 'liveId'));
    const start = toIso(at(r, 'startTime'));
    return id && start ? [{ sessionId: id, start, end: null, metrics: {} }] : [];
  });
  return rows.length ? { backfill: { rows, gmvUnit: 'fen' } } : {};
}

/** `newGetAuthorInfo` → the signed-in account's pin and name, over the network. */
export function extractAuthor(body: unknown): Extracted {
  if (envelopeError(body)) return {};
  const info = at(body, 'authorInfo') ?? at(body, 'data', 'authorInfo');
  const id = str(at(info, 'pin'));
  const name = str(at(info, 'name'));
  return id || name ? { account: { ...(id ? { id } : {}), ...(name ? { name } : {}) } } : {};
}

/**
 * Account: JD's `pin` cookie, else a pin block in the header (hashed class, matched by
 * substring); `newGetAuthorInfo` supplies it over the network when the page shows none.
 * The name is what the header shows; without any id the runner keys a provisional account by it.
 */
function account(doc: Document): { accountId?: string; accountName?: string } {
  const id = cookie(doc, 'pin') ?? textOf(doc, ['[class*="header-user-index-pin"]', '[data-pin]']);
  const name = textOf(doc, [
    '[class*="header-index-currentUserName"]',
    '[class*="header-user-index-name"]',
    '[class*="shop-name"]',
  ]);
  return { accountId: id, accountName: name };
}

/**
 * "开播时间 2026-11-23 14:00:00" in the bigScreen header (Beijing wall clock). Assumed to
 * look like this on the real page (unverified); the JSON liveStartTime wins when present.
 */
const START_TEXT = /开播时间[:：]?\s*(\d{4}-\d{2}-\d{2})\s+(\d{2}:\d{2}(?::\d{2})?)/;
export function jdShownStart(doc: Document): string | undefined {
  const m = START_TEXT.exec(doc.body?.textContent ?? '');
  return m ? toIso(`${m[1]} ${m[2]}`) : undefined;
}

export const jdBigScreen = defineAdapter({
  id: 'jd.bigScreen',
  platform: 'jd',
  matches: { host: HOST, path: /^\/bigScreen\b/ },
  scope: 'session',
  network: [
    { pattern: API.jdRealtime, extract: extractRealtime },
    { pattern: API.jdAuthor, extract: extractAuthor },
  ],
  labels: JD_BIGSCREEN_LABELS,
  expected: ['online', 'dau', 'buyers', 'gmvFen'],
  identify: (doc, url) => {
    const live = url.searchParams.get('id') ?? url.searchParams.get('liveId');
    return { ...account(doc), sessionId: live ?? undefined, sessionStart: jdShownStart(doc) };
  },
});

export const jdList = defineAdapter({
  id: 'jd.list',
  platform: 'jd',
  // The list now lands on /my/listNew?jlive=%2Fmy%2Flist.
  matches: { host: HOST, path: /^\/(my\/list(New)?|data|index)\b/ },
  scope: null,
  network: [
    { pattern: API.jdTable, extract: extractTable },
    { pattern: API.jdCps, extract: extractCps },
    { pattern: API.jdAuthor, extract: extractAuthor },
  ],
  labels: [],
  expected: ['dau', 'gmvFen', 'buyers'],
  identify: (doc) => account(doc),
});

/** This platform's pages, in match order: the content script and the registry use this list. */
export const JD_ADAPTERS = [jdBigScreen, jdList] as const;
