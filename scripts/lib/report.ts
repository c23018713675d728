import { parseHistory } from '../../src/history/import';
import type { History } from '../../src/history/model';
import type { AccountEvaluation, Evaluation } from '../../src/rules/result';
import { STATUS_LABEL, fmtInstant, fmtReward, fmtValue, fmtWhen, table } from './report-format';

/** Pure core of `npm run progress`: parse the export, format the evaluation. */
export type ParseResult = { ok: true; history: History } | { ok: false; error: string };

export function parseExport(text: string, file: string): ParseResult {
  // The importer's own parse: older versions come up through the export migrations.
  const r = parseHistory(text);
  return r.ok ? { ok: true, history: r.value } : { ok: false, error: `${file}: ${r.error}` };
}

const PLATFORM: Record<AccountEvaluation['platform'], string> = {
  jd: '京东直播 (JD live)',
  channels: '视频号 (WeChat Channels)',
  alibaba: '1688',
  douyin: '抖音 (Douyin)',
};
const LEVEL = {
  normal: '普通主播 (normal)',
  daren: '达人主播 (expert)',
  rongyao: '荣耀主播 (honour)',
  unknown: '未知 (unknown)',
};
const COLD = {
  cold_start: '冷启动期 (cold start)',
  not_cold_start: '非冷启动期 (not cold start)',
  unknown: '未知 (unknown)',
};

function accountBlock(a: AccountEvaluation): string {
  const out: string[] = [];
  out.push(
    `== ${PLATFORM[a.platform]} · ${a.displayName} [${a.accountId}]${a.live ? ' · 直播中 (live)' : ''} ==`,
  );
  if (a.cycle)
    out.push(
      `周期 (cycle) ${a.cycle.id}: ${a.cycle.from} … ${a.cycle.to}, 数据统计截止 (data cutoff) ${a.cycle.dataCutoff}, 报名截止 (enrol by) ${a.cycle.enrolBy}${a.cycle.enrolled ? '' : ' 未填写报名日期 (no enrolment date)'}, 激励最迟下发 (rewards by) ${a.cycle.rewardsBy}${a.cycle.projected ? ' 推算，尚未公布 (projected, not yet published)' : ''}`,
    );
  if (a.level) {
    const l = a.level;
    out.push(
      `等级 (level): ${LEVEL[l.current]}${l.next ? ` → ${LEVEL[l.next]}` : ''}${l.atRisk ? ' · 有降级风险 (at risk)' : ''}`,
    );
    out.push(
      `近30天 (30 days) ${l.windowStart} … ${l.windowEnd}: 场次 (sessions) ${l.sessions30}, 买家 (buyers) ${l.buyers30}`,
    );
    if (l.forecast.length > 0)
      out.push(
        `不开播时 (if idle): ${l.forecast.map((f) => `${f.day.slice(5)} ${f.sessions}/${f.buyers} ${LEVEL[f.levelIfIdle].split(' ')[0]}`).join(', ')}`,
      );
  }
  if (a.coldStart)
    out.push(
      `冷启动 (cold start): ${COLD[a.coldStart.status]} — ${a.coldStart.reason.zh} (${a.coldStart.reason.en})`,
    );
  const rows = [
    [
      '项目 (item)',
      '当前 (current)',
      '目标 (target)',
      '剩余 (remaining)',
      '状态 (status)',
      '预计/截止 (ETA/deadline)',
      '奖励 (reward)',
    ],
  ];
  const notes: string[] = [];
  for (const i of a.items) {
    rows.push([
      `${i.group.zh} · ${i.label.zh}`,
      fmtValue(i.unit, i.current),
      fmtValue(i.unit, i.threshold),
      fmtValue(i.unit, i.remaining) +
        (i.perDay !== undefined ? ` (${fmtValue(i.unit, i.perDay)}/天 day × ${i.daysLeft})` : ''),
      STATUS_LABEL[i.status],
      fmtWhen(i),
      fmtReward(i),
    ]);
    const why = [i.reason, ...i.warnings].filter((x) => x !== undefined);
    for (const w of why) notes.push(`  ${i.label.zh}: ${w.zh} (${w.en})`);
  }
  if (a.items.length > 0) out.push(table(rows));
  if (notes.length > 0) out.push('说明 (notes):', ...notes);
  if (a.assumptions.length > 0)
    out.push('假设 (assumptions):', ...a.assumptions.map((x) => `  ? ${x.text.zh} (${x.text.en})`));
  return out.join('\n');
}

export function formatReport(ev: Evaluation): string {
  const head = `LivePace 开播进度 · 时间 (at) ${fmtInstant(ev.now)} 北京时间 (Beijing) · 规则 (packs) ${Object.entries(
    ev.packVersions,
  )
    .map(([k, v]) => `${k}@${v}`)
    .join(', ')}`;
  if (ev.accounts.length === 0) return `${head}\n(无账号 no accounts)\n`;
  return `${[head, ...ev.accounts.map(accountBlock)].join('\n\n')}\n`;
}
