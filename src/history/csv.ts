import type { Account, Day, Value } from './model';
import { accountKey } from './model';

/** Columns: Chinese first for the seller, English after for everyone else. */
const HEADERS = [
  '日期 Date',
  '平台 Platform',
  '账号ID Account ID',
  '账号名称 Account name',
  '场次 Sessions',
  '直播时长(分钟) Duration (min)',
  '日活DAU DAU',
  'DAU为估算 DAU estimated',
  '成交金额(元) GMV (CNY)',
  '成交人数 Buyers',
  '成交单量 Orders',
  '观看人次 Views',
  '最高在线 Peak online',
  '粉丝数 Followers',
  '来源 Sources',
];

/** Quotes a cell and defuses spreadsheet formulas (a name like "=HYPERLINK(…)"). */
export function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const num = (v: Value | undefined, scale = 1, digits = 0): string =>
  v === undefined ? '' : (v.value / scale).toFixed(digits);

/** One row per account-day, UTF-8 with BOM and CRLF so Excel opens Chinese text correctly. */
export function daysToCsv(days: Day[], accounts: Account[]): string {
  const names = new Map(accounts.map((a) => [accountKey(a), a.displayName]));
  const rows = days.map((d) => {
    const m = d.metrics;
    const sources = [...new Set(Object.values(m).map((v) => v?.source))].filter(Boolean).sort();
    return [
      d.day,
      d.platform,
      d.accountId,
      names.get(accountKey(d)) ?? '',
      d.sessions ?? '',
      num(m.durationSec, 60, 1),
      num(m.dau),
      m.dau ? (m.dau.estimated ? 'yes' : 'no') : '',
      num(m.gmvFen, 100, 2),
      num(m.buyers),
      num(m.orders),
      num(m.pv),
      num(m.online),
      num(m.fans),
      sources.join('/'),
    ]
      .map(csvCell)
      .join(',');
  });
  return '\uFEFF' + [HEADERS.map(csvCell).join(','), ...rows].join('\r\n') + '\r\n';
}
