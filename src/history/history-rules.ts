import { SEP } from './ledger';
import { isDayKey, type History, type Metrics } from './model';

/**
 * Rules a history file must keep across fields and records, which the per-field zod schema
 * cannot see. Each problem names the path of the offending field, like zod's issues do.
 */

/** Metrics that count people or orders: a fraction of one is a forged or broken file. */
const COUNTS = ['dau', 'buyers', 'orders', 'online', 'pv', 'fans'] as const;

const fractional = (m: Metrics, path: () => string): string | null => {
  for (const k of COUNTS) {
    const v = m[k]?.value;
    if (v !== undefined && !Number.isInteger(v))
      return `${path()}.${k}.value: 应为整数 / expected a whole count`;
  }
  return null;
};

/** Ids are joined with SEP into store keys: an id containing it would forge another record. */
const sepIn = (ids: Array<[string, string]>): string | null => {
  for (const [path, id] of ids)
    if (id.includes(SEP)) return `${path}: 不允许的字符 / forbidden character (U+001F)`;
  return null;
};

const acc = (r: { platform: string; accountId: string }) => r.platform + SEP + r.accountId;

function checkAccounts(h: History): string | null {
  const seen = new Set<string>();
  for (const [i, a] of h.accounts.entries()) {
    const bad = sepIn([[`accounts.${i}.accountId`, a.accountId]]);
    if (bad) return bad;
    if (seen.has(acc(a))) return `accounts.${i}.accountId: 重复的账号 / duplicate account`;
    seen.add(acc(a));
  }
  return null;
}

// The two loops below run once per record of a file (~10⁴ at 6 accounts × 2 years): they build
// a path string only for the problem they report.
function checkSessions(h: History, accounts: Set<string>): string | null {
  const seen = new Set<string>();
  for (let i = 0; i < h.sessions.length; i++) {
    const s = h.sessions[i]!;
    const p = () => `sessions.${i}`;
    const bad =
      (s.sessionId.includes(SEP) ? sepIn([[`${p()}.sessionId`, s.sessionId]]) : null) ??
      fractional(s.metrics, () => `${p()}.metrics`);
    if (bad) return bad;
    if (!accounts.has(acc(s)))
      return `${p()}.accountId: 文件中没有这个账号 / account not in the file`;
    if (s.end !== null && s.end !== s.start && Date.parse(s.end) < Date.parse(s.start))
      return `${p()}.end: 结束早于开始 / ends before it starts`;
    if (s.live && s.end !== null)
      return `${p()}.end: 直播中的场次不能有结束时间 / a live session has no end`;
    const k = acc(s) + SEP + s.sessionId;
    if (seen.has(k)) return `${p()}.sessionId: 重复的场次 / duplicate session`;
    seen.add(k);
  }
  return null;
}

function checkDays(h: History, accounts: Set<string>): string | null {
  const seen = new Set<string>();
  for (let i = 0; i < h.days.length; i++) {
    const d = h.days[i]!;
    const bad = fractional(d.metrics, () => `days.${i}.metrics`);
    if (bad) return bad;
    if (!accounts.has(acc(d)))
      return `days.${i}.accountId: 文件中没有这个账号 / account not in the file`;
    const k = acc(d) + SEP + d.day;
    if (seen.has(k)) return `days.${i}.day: 重复的日期 / duplicate day`;
    seen.add(k);
  }
  return null;
}

function checkRefs(h: History, accounts: Set<string>): string | null {
  for (const k of Object.keys(h.settings)) {
    const [platform, ...rest] = k.split(':');
    if (!accounts.has(`${platform}${SEP}${rest.join(':')}`))
      return `settings.${k}: 文件中没有这个账号 / account not in the file`;
  }
  if (h.conflicts.length === 0) return null;
  const sessions = new Set(h.sessions.map((s) => acc(s) + SEP + s.sessionId));
  const days = new Set(h.days.map((d) => acc(d) + SEP + d.day));
  for (const [i, c] of h.conflicts.entries()) {
    const p = `conflicts.${i}`;
    const bad = sepIn([[`${p}.key`, c.key]]);
    if (bad) return bad;
    if (!accounts.has(acc(c)))
      return `${p}.accountId: 文件中没有这个账号 / account not in the file`;
    const target = acc(c) + SEP + c.key;
    const exists = c.kind === 'day' ? isDayKey(c.key) && days.has(target) : sessions.has(target);
    if (!exists) return `${p}.key: 冲突指向不存在的记录 / conflict points at no record`;
  }
  return null;
}

/** The first cross-field or cross-record problem of a schema-valid file, or null. */
export function checkHistory(h: History): string | null {
  const accounts = new Set(h.accounts.map(acc));
  return (
    checkAccounts(h) ??
    checkSessions(h, accounts) ??
    checkDays(h, accounts) ??
    checkRefs(h, accounts)
  );
}
