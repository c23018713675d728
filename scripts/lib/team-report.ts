/**
 * Pure parts of `npm run progress`: its arguments, and the team report (`--couch`): a table of
 * the team's shops (who streamed each last, from which machine, when) above the same per-account
 * report the export mode prints (report.ts formatReport), or the team view as JSON.
 */
import type { TeamShop, TeamView } from '../../src/sync/types';
import { isoBeijing } from '../../src/time/beijing';
import { formatReport } from './report';
import { fmtInstant, table } from './report-format';

export const USAGE =
  'usage: npm run progress -- <export.json> [--at <ISO instant>] [--json]\n' +
  '       npm run progress -- --couch <url>/<db> [--at <ISO instant>] [--json]  (COUCH_USER / COUCH_PASSWORD, or user:password@ in the URL)';

export type ProgressArgs =
  | { ok: true; source: { file: string } | { couch: string }; at?: string; json: boolean }
  | { ok: false; error: string };

/** argv after the script name. Exactly one source: an export file or `--couch <url>/<db>`. */
export function parseProgressArgs(argv: readonly string[]): ProgressArgs {
  let at: string | undefined;
  let couch: string | undefined;
  let json = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--at' || a === '--couch') {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) return { ok: false, error: `${a} needs a value` };
      if (a === '--at') at = v;
      else couch = v;
      i += 1;
    } else if (a.startsWith('--')) return { ok: false, error: `unknown argument ${a}\n${USAGE}` };
    else files.push(a);
  }
  if (at !== undefined && Number.isNaN(Date.parse(at)))
    return { ok: false, error: `--at: not an ISO instant: ${at}` };
  if (files.length + (couch ? 1 : 0) !== 1) return { ok: false, error: USAGE };
  const source = couch ? { couch } : { file: files[0]! };
  return at === undefined ? { ok: true, source, json } : { ok: true, source, at, json };
}

const PLATFORM: Record<TeamShop['platform'], string> = {
  jd: '京东直播',
  channels: '视频号',
  alibaba: '1688',
  douyin: '抖音',
};
const STATUS: Record<TeamShop['status'], string> = {
  behind: '落后 (behind)',
  on_track: '正常 (on track)',
  done: '已达成 (done)',
  none: '—',
};

/** "YYYY-MM-DD HH:mm" Beijing wall time of any ISO instant. */
const beijing = (iso: string): string => fmtInstant(isoBeijing(Date.parse(iso)));

/** The header table: one row per shop of the team. */
export function formatShopTable(shops: readonly TeamShop[]): string {
  const rows = [
    [
      '平台 (platform)',
      '店铺 (shop)',
      '最近直播 (last streamed by)',
      '时间 (when, Beijing)',
      '状态 (status)',
      '冲突 (conflicts)',
      '更新 (updated)',
    ],
  ];
  for (const s of shops)
    rows.push([
      PLATFORM[s.platform],
      `${s.displayName || s.accountId} [${s.accountId}]${s.live ? ' · 直播中 (live)' : ''}`,
      s.lastLive ? s.lastLive.machine.name : '—',
      s.lastLive ? beijing(s.lastLive.at) : '—',
      STATUS[s.status],
      String(s.conflicts),
      s.updatedAt ? beijing(s.updatedAt) : '—',
    ]);
  return table(rows);
}

export interface TeamSource {
  /** Server URL without credentials. */
  server: string;
  db: string;
  docs: number;
  invalid: string[];
}

/** Shops, then every account's items (the export mode's printer), then refused documents. */
export function formatTeamReport(view: TeamView, src: TeamSource): string {
  const head = `团队 (team) ${src.server}/${src.db} · ${src.docs} 个文档 (docs) · ${view.shops.length} 个店铺 (shops)`;
  const parts = [head, view.shops.length ? formatShopTable(view.shops) : '(无店铺 no shops)'];
  if (view.conflicts.length > 0)
    parts.push(
      `无法自动决定的冲突 (undecided conflicts): ${view.conflicts.length}\n${view.conflicts
        .map(
          (c) =>
            `  ${c.platform} ${c.accountId} ${c.kind} ${c.key} ${c.metric}: 手动 (manual) ${c.manual.value} / 页面 (scraped) ${c.scraped.value}`,
        )
        .join('\n')}`,
    );
  if (src.invalid.length > 0)
    parts.push(
      `未采用的文档 (documents refused): ${src.invalid.length}\n${src.invalid.map((e) => `  ${e}`).join('\n')}`,
    );
  return `${parts.join('\n\n')}\n\n${formatReport(view.evaluation)}`;
}

/** `--json`: the team view without this machine's sync status, plus where it was read. */
export function teamJson(view: TeamView, src: TeamSource): unknown {
  const { sync: _sync, ...rest } = view;
  return { source: src, ...rest };
}
