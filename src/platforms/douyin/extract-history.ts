/**
 * 直播列表 / 直播详情 history (`content_live/author/live_detail/history_live`, on the buyin
 * and 罗盘 origins): `data.data_result[]` rows of display strings → past sessions. The strings
 * carry their unit ("¥45,678.90"), so GMV is fen here and the backfill needs no screen check.
 */
import type { BackfillRow, Extracted } from '../../capture/adapter';
import { arr, at, defined, str } from '../../capture/json';
import { plusSeconds } from '../../time/console';
import { dyDisplay, dyError, dyTime } from './values';

function historyRow(r: unknown): BackfillRow | null {
  const id = str(at(r, 'operation', 'live_id'));
  const start = dyTime(at(r, 'start_time', 'start_time'));
  if (!id || !start) return null;
  const durationSec = dyDisplay(at(r, 'start_time', 'live_duration'), 'duration');
  return {
    sessionId: id,
    start,
    end: durationSec !== undefined ? plusSeconds(start, durationSec) : null,
    metrics: defined({
      durationSec,
      dau: dyDisplay(at(r, 'watch_ucnt'), 'count'),
      gmvFen: dyDisplay(at(r, 'pay_gmv'), 'money'),
      buyers: dyDisplay(at(r, 'pay_ucnt'), 'count'),
      clubLive: dyDisplay(at(r, 'fans_club_ucnt'), 'count'),
      clubShop: dyDisplay(at(r, 'ecom_live_ecf_joinclub_ucnt_td'), 'count'),
    }),
  };
}

export function extractHistory(body: unknown): Extracted {
  const error = dyError(body);
  if (error) return { error };
  const rows = arr(at(body, 'data', 'data_result'))
    .map(historyRow)
    .filter((r): r is BackfillRow => !!r);
  return rows.length ? { backfill: { rows, gmvUnit: 'fen' } } : {};
}
