/**
 * 罗盘 直播大屏 extractors (CONSOLES.md, high confidence). 专业版: `live_base_info` (who,
 * when, live or ended) and `core_data` (成交金额 `pay_amt` and the `core_data[]` indices);
 * 基础版: `basic_live_screen/base_info`. `online_user_cnt` is the AVERAGE online count: it is
 * never read, as current or as cumulative viewers (`watch_ucnt` / `online_user_ucnt` are).
 */
import type { Extracted } from '../../capture/adapter';
import { arr, at, defined, isObj, num, str } from '../../capture/json';
import type { MetricKey } from '../../metric-keys';
import { dyCount, dyDisplay, dyError, dyFen, dyTime, dyValue } from './values';

/** `core_data[].index_name` → metric (CONSOLES.md's names; pay_combo_cnt is items, not orders). */
const CORE_INDEX: Readonly<Record<string, MetricKey>> = {
  watch_ucnt: 'dau',
  pay_ucnt: 'buyers',
  fans_club_join_ucnt: 'clubLive',
  incr_ecf_club_ucnt: 'clubShop',
  follow_anchor_ucnt: 'newFans',
};

const LIVE = 2;
const ENDED = 4;

/**
 * Duration from the timestamps (epoch seconds): ended → end − start; live → the server's
 * now − start. Undefined when a timestamp is missing or the order is impossible.
 */
export function durationFromTs(
  start: number | undefined,
  end: number | undefined,
  serverNow: number | undefined,
): number | undefined {
  if (!start) return undefined;
  const until = end && end > 0 ? end : serverNow;
  return until !== undefined && until >= start ? Math.round(until - start) : undefined;
}

/** `live_base_info` → session start, live/ended, duration and the account's nickname. */
export function extractBaseInfo(body: unknown): Extracted {
  const error = dyError(body);
  if (error) return { error };
  const d = at(body, 'data');
  if (!isObj(d)) return {};
  const status = num(d.live_status);
  const live = status === LIVE ? true : status === ENDED ? false : undefined;
  const startTs = num(d.live_start_ts);
  const endTs = num(d.live_end_ts);
  // While live the end is 0: only the server's clock says how long it has run. An ended
  // live without its end has no duration (the server's now would keep it growing).
  const serverNow = live === false ? undefined : num(d.server_cur_ts);
  const durationSec = durationFromTs(startTs, live ? 0 : endTs, serverNow);
  const start = dyTime(startTs);
  const name = str(d.nickname);
  return {
    metrics: defined({ durationSec }),
    ...(start || live !== undefined
      ? { session: { ...(start ? { start } : {}), ...(live !== undefined ? { live } : {}) } }
      : {}),
    ...(name ? { account: { name } } : {}),
  };
}

/** `core_data` → GMV (fen from `pay_amt{unit:'price'}`) and the indexed counts. */
export function extractCoreData(body: unknown): Extracted {
  const error = dyError(body);
  if (error) return { error };
  const d = at(body, 'data');
  if (!isObj(d)) return {};
  const metrics: Partial<Record<MetricKey, number>> = {};
  let pay: unknown = d.pay_amt;
  for (const row of arr(d.core_data)) {
    const name = str(at(row, 'index_name'));
    if (name === 'pay_amt') pay ??= at(row, 'value');
    const key = name ? CORE_INDEX[name] : undefined;
    const v = key ? dyCount(at(row, 'value')) : undefined;
    if (key && v !== undefined) metrics[key] = v;
  }
  const gmvFen = dyFen(pay);
  if (gmvFen !== undefined) metrics.gmvFen = gmvFen;
  // A pay_amt without `price` has no stated unit: the screen's 成交金额 decides, never a guess.
  const bare = gmvFen === undefined ? dyValue(pay) : undefined;
  return {
    metrics,
    ...(bare && bare.unit === undefined ? { rawGmv: { value: bare.value, assumed: null } } : {}),
  };
}

/** 基础版 `base_info`: gmv is documented as integer fen, bare or as a `price` value. */
export function extractBasicInfo(body: unknown): Extracted {
  const error = dyError(body);
  if (error) return { error };
  const d = at(body, 'data');
  if (!isObj(d)) return {};
  const gmv = dyFen(d.gmv) ?? (typeof d.gmv === 'number' ? dyCount(d.gmv) : undefined);
  const status = num(d.live_status);
  const live = status === LIVE ? true : status === ENDED ? false : undefined;
  const start = dyTime(d.start_time);
  return {
    metrics: defined({
      gmvFen: gmv,
      dau: dyCount(d.online_user_ucnt),
      buyers: dyCount(d.pay_ucnt),
      clubLive: dyCount(d.fans_club_ucnt),
      newFans: dyCount(d.incr_fans_cnt),
      durationSec: dyDisplay(d.live_duration, 'duration'),
    }),
    ...(start || live !== undefined
      ? { session: { ...(start ? { start } : {}), ...(live !== undefined ? { live } : {}) } }
      : {}),
  };
}

/** `today_live_room` → the room that is live now (status 2), as the session id. */
export function extractTodayRoom(body: unknown): Extracted {
  const error = dyError(body);
  if (error) return { error };
  const live = arr(at(body, 'data', 'card_list')).find((c) => num(at(c, 'live_status')) === LIVE);
  const id = str(at(live, 'live_id'));
  return id ? { session: { id, live: true } } : {};
}
